// Expected output derived from the Go 1.22 spec (per-iteration loop variables): each
// iteration of a three-clause loop has a fresh copy of the variable, initialised from
// the previous iteration's value before the post statement runs; Go 1.19 shares one.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Changing the variable inside the body carries into the next iteration's copy,
	// but closures keep the value their own iteration ended with.
	var gs []func() int
	for i := 0; i < 10; i++ {
		gs = append(gs, func() int { return i })
		i += 2
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// A closure incrementing its iteration's variable does not affect the loop.
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())

	// Pointers to range variables differ per iteration.
	var ptrs []*string
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()

	// Goroutines started in a loop see their own iteration's value.
	results := make([]int, 5)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			results[i] = i * i
			done <- true
		}()
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println(results)

	// Closures over variables declared in the body are always fresh.
	var hs []func() string
	for _, w := range []string{"x", "y"} {
		msg := "msg-" + w
		hs = append(hs, func() string { return msg })
	}
	fmt.Println(hs[0](), hs[1]())

	// A closure shared by the loop condition and the body sees the current iteration.
	n := 0
	for i := 0; func() bool { n++; return i < 3 }(); i++ {
	}
	fmt.Println("condition ran", n)

	// Deferred closures in a loop.
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()
}

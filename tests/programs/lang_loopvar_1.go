// Expected output derived from the Go 1.22 spec: each iteration of a for loop has its own
// loop variable, so closures and pointers taken in different iterations see different
// variables (Go 1.19 shares one variable and cannot produce this output).
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

	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// The copy happens at the end of each iteration, before the post statement:
	// a change made in the body carries over to the next iteration.
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { done <- i * 10 }()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}

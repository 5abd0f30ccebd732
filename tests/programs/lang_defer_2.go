// defer with recover: recover only in the deferred function itself; defers in loops;
// deferred calls run when a panic unwinds several frames.
package main

import "fmt"

func helperRecover() interface{} { return recover() }

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("direct recover got ", r)
		}
	}()
	defer func() {
		res = fmt.Sprint("helper got ", helperRecover()) // not called directly by defer: nil
	}()
	panic("boom")
}

func deep(n int) {
	defer fmt.Println("unwinding", n)
	if n == 0 {
		panic("bottom")
	}
	deep(n - 1)
}

func catcher() {
	defer func() { fmt.Println("caught:", recover()) }()
	deep(3)
}

func loopDefer() (out []int) {
	for i := 0; i < 3; i++ {
		defer func(v int) { out = append(out, v) }(i)
	}
	return nil
}

func main() {
	fmt.Println(indirect())
	catcher()
	fmt.Println(loopDefer())
	x := 10
	defer func(v int) { fmt.Println("deferred value", v, "current", x) }(x)
	x = 20
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		var arr []int
		_ = arr[x]
	}()
	fmt.Println("main ends")
}

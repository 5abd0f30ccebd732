// `defer recover()` recovers for the function whose return runs it, but not when a panic's
// unwinding runs it; recover in a function called by a deferred function recovers nothing.
package main

import "fmt"

func mustNotRecover(where string) {
	if v := recover(); v != nil {
		fmt.Println(where, "recovered", v, "(should not)")
	}
}

func mustRecover(want interface{}) {
	mustNotRecover("callee")
	fmt.Println("recovered", recover(), "want", want)
}

func viaReturn() {
	defer mustNotRecover("after")
	defer func() {
		defer recover()
	}()
	panic(5)
}

func afterInnerRecover() {
	defer mustNotRecover("after")
	defer func() {
		defer recover()
		defer mustRecover(3)
		panic(3)
	}()
	panic(2)
}

func unwoundByPanic() {
	defer mustRecover(2)
	defer func() {
		defer mustRecover(3)
		defer recover()
		panic(3)
	}()
	panic(2)
}

func main() {
	viaReturn()
	afterInnerRecover()
	unwoundByPanic()
	fmt.Println("done")
}

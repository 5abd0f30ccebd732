// A deferred call run by a return shows its function at the return's line, one run at
// the end of the function at the closing brace. The panic in f's deferred call runs
// main's deferred g, which panics in turn: the trace shows g's frames above f's.
package main

import "fmt"

func f(x int) int {
	defer func() {
		if x > 0 {
			panic(fmt.Sprint("deferred ", x))
		}
	}()
	if x > 1 {
		return x
	}
	fmt.Println("end")
	return 0
}

func g() {
	defer func() {
		panic("g")
	}()
	fmt.Println("g body")
}

func main() {
	defer g()
	f(0)
	f(2)
}

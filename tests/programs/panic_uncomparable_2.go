// Comparing interfaces whose dynamic type is a struct with a slice field panics, naming
// the struct type; a recovered comparison panic is a runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

type Holder struct {
	Name  string
	Items []int
}

func compare(a, b interface{}) (eq bool) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			fmt.Println("recovered:", r, isRuntime)
		}
	}()
	return a == b
}

func main() {
	fmt.Println(compare(1, 1), compare(1, "1"))
	// Different dynamic types compare unequal without looking at the values.
	fmt.Println(compare([]int{1}, "x"))
	fmt.Println(compare(map[int]int{}, map[int]int{}))
	fmt.Println(compare(func() {}, func() {}))
	fmt.Println(compare([1][]int{}, [1][]int{}))
	var a, b interface{} = Holder{"a", nil}, Holder{"a", nil}
	fmt.Println(a == b)
}

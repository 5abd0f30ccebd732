// Index out of range on a slice: Go's message, exit status 2, deferred calls still run.
package main

import "fmt"

func at(s []int, i int) int { return s[i] }

func main() {
	defer fmt.Println("deferred call runs while panicking")
	s := []int{1, 2, 3}
	fmt.Println(at(s, 2))
	fmt.Println(at(s, 5))
	fmt.Println("unreachable")
}

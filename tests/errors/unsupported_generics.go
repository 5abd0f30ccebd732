// goro's own message: generic functions are outside goro's subset (gc has no such error).
package main

import "fmt"

func Map[T any](xs []T, f func(T) T) []T {
	return xs
}

func main() {
	fmt.Println(Map([]int{1}, func(x int) int { return x }))
}

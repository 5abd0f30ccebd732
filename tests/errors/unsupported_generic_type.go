// goro's own message: generic types are outside goro's subset (gc has no such error).
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func main() {
	fmt.Println(Stack[int]{})
}

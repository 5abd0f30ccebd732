// Unbounded recursion exhausts the goroutine stack: a fatal error, not a recoverable panic.
package main

import "fmt"

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	defer func() {
		fmt.Println("recover cannot catch this:", recover())
	}()
	fmt.Println("recursing")
	fmt.Println(down(0))
}

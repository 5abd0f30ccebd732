// Integer division by zero is a run-time panic (floating-point division is not).
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	z := 0.0
	fmt.Println(1/z, div(7, 2))
	fmt.Println(div(1, 0))
}

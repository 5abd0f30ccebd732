// Division of the minimum value by -1 wraps without panicking; division by zero of a
// narrow integer type panics.
package main

import "fmt"

func div(a, b int8) int8 { return a / b }

func main() {
	fmt.Println(div(-128, -1), div(7, 2))
	var u uint16 = 5
	var z uint16
	defer fmt.Println("deferred runs first")
	fmt.Println(u % z)
}

// Integer remainder by zero panics just like division.
package main

import "fmt"

func main() {
	var d uint8
	x := uint8(10)
	fmt.Println(x % 3)
	fmt.Println(x % d)
}

// goro's own message: complex numbers are outside goro's subset (gc has no such error).
package main

import "fmt"

func main() {
	c := 1 + 2i
	fmt.Println(c)
}

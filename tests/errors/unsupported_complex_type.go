// goro's own message: complex numbers are outside goro's subset (gc has no such error).
package main

import "fmt"

func main() {
	var c complex128
	fmt.Println(real(c))
}

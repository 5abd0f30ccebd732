// goro follows current gc's wording "as T value in" (Go 1.19 prints "as type T in");
// the .err file is edited accordingly.
package main

import "fmt"

func main() {
	var n int
	var s string
	n = "hello"
	s = 42
	var p *int
	p = n
	var f float64 = n
	fmt.Println(n, s, p, f)
}

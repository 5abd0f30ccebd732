// goro follows current gc's wording "declared and not used: x" (Go 1.19 prints
// "x declared but not used");
// the .err file is edited accordingly.
package main

import "fmt"

func main() {
	a, b := 1, 2
	fmt.Println(a)
	if c := 3; true {
	}
	for i := 0; i < 3; i++ {
		x := i
	}
	f := func() {
		inner := 1
	}
	f()
	var d int
	d = 4
}

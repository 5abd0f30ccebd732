// goro follows current gc's wording "as T value in" (Go 1.19 prints "as type T in");
// the .err file is edited accordingly.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func main() {
	var sh Shape = Square{2}
	fmt.Println(sh.Area())
}

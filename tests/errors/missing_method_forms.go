// goro follows current gc's wording "as T value in" (Go 1.19 prints "as type T in");
// the .err file is edited accordingly.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ r float64 }

func (c Circle) Area() int       { return 0 }
func (c Circle) Name() string    { return "circle" }

type Square struct{}

func (s *Square) Area() float64 { return 1 }
func (s *Square) Name() string  { return "sq" }

type Empty struct{}

func describe(s Shape) string { return s.Name() }

func make() Shape {
	return Empty{}
}

func main() {
	var s Shape = Circle{1}
	fmt.Println(describe(Square{}))
	shapes := []Shape{Empty{}}
	var e error = Empty{}
	fmt.Println(s, shapes, e, make())
}

// Type switches: multiple types per case, nil case, the switch variable's type per case,
// named and pointer types, and interfaces as cases.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func classify(vals ...interface{}) {
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			fmt.Println("nil")
		case int, int64:
			fmt.Printf("integer %v (%T)\n", x, x)
		case float64:
			fmt.Println("float64 doubled", x*2)
		case Celsius:
			fmt.Println("celsius", float64(x)+273.15)
		case string:
			fmt.Println("string of length", len(x))
		case []int:
			fmt.Println("slice with sum", sum(x))
		case *Square:
			fmt.Println("pointer to square, side", x.S)
		case Shape:
			fmt.Println("shape with area", x.Area())
		case error:
			fmt.Println("error:", x)
		case func() string:
			fmt.Println("func returning", x())
		default:
			fmt.Printf("unknown %T\n", x)
		}
	}
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	classify(nil, 1, int64(2), 2.5, Celsius(-273.15), "héllo", []int{1, 2, 3},
		&Square{3}, Square{2}, errors.New("bad"), func() string { return "hi" }, 'x', map[int]int{})
	var s Shape = Square{1}
	switch s.(type) {
	case Square:
		fmt.Println("concrete Square in Shape")
	}
	switch t := s.(type) {
	default:
		fmt.Printf("default binds %T\n", t)
	}
}

// Interfaces: implicit satisfaction, dynamic dispatch, type assertions, type switches.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v)
	case string, []byte:
		return fmt.Sprintf("text %v", v)
	case Shape:
		return fmt.Sprintf("shape with area %.2f", v.Area())
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("%.4f\n", total)

	var s Shape = Rect{2, 5}
	r, ok := s.(Rect)
	fmt.Println(r, ok)
	c, ok := s.(*Circle)
	fmt.Println(c, ok)
	fmt.Println(describe(nil), "|", describe(42), "|", describe("hi"), "|", describe([]byte("b")))
	fmt.Println(describe(s), "|", describe(3.5), "|", describe(fmt.Errorf("bad %d", 1)))

	var any interface{} = 7
	if n, ok := any.(int); ok {
		fmt.Println("int", n+1)
	}
	_, isStr := any.(string)
	fmt.Println(isStr)
}

// Polymorphism with interfaces and sort.Interface: shapes sorted by area, with Stringers.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) String() string   { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (t Triangle) String() string { return fmt.Sprintf("Triangle(%g,%g,%g)", t.A, t.B, t.C) }
func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, Triangle{3, 4, 5}, Circle{0.5}, Rect{1, 10}}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-22v %8.3f\n", s, s.Area())
	}
	fmt.Println(shapes)
	largest := shapes[len(shapes)-1]
	if r, ok := largest.(Rect); ok {
		fmt.Println("largest is a rect of width", r.W)
	}
}

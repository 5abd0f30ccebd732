// Method values (bound receivers) and method expressions (receiver as first argument).
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{1, 2}
	add := p.Add // receiver copied now
	p.X = 100
	fmt.Println(add(Point{10, 10}))

	scale := p.Scale // bound to &p
	scale(2)
	fmt.Println(p)

	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	q := Point{3, 4}
	scaleExpr(&q, 3)
	fmt.Println(q)
	str := Point.String
	fmt.Println(str(q))
	fmt.Printf("%T\n", addExpr)

	fns := []func(){}
	for i := 0; i < 3; i++ {
		pt := &Point{i, i}
		fns = append(fns, func() { pt.Scale(10) })
		fns = append(fns, func() { fmt.Println(pt) })
	}
	for _, f := range fns {
		f()
	}
	var s fmt.Stringer = q
	f := s.String
	q.X = 0
	fmt.Println(f())
}

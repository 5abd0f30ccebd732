// Structs: literals, field access, copies are values, pointers to structs, comparison.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func moveBy(p *Point, dx, dy int) {
	p.X += dx
	p.Y += dy
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	moveBy(&p, 5, 5)
	fmt.Println(p)
	pp := &p
	pp.Y = 0
	fmt.Println(p, *pp)
	fmt.Printf("%v %+v\n", pp, pp)

	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "box"}
	fmt.Println(r, r.Area())
	fmt.Printf("%+v\n", r)

	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} == Point{2, 1})
	var zero Rect
	fmt.Printf("%+v %q\n", zero, zero.Name)

	pts := []Point{{1, 1}, {2, 2}, {3, 3}}
	for _, pt := range pts {
		pt.X = 99
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 99
	}
	fmt.Println(pts)

	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Println(anon, anon.A, anon.B)
	fmt.Printf("%T\n", anon)
	fmt.Printf("%T %T\n", p, &r)
}

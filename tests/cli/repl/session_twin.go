// What session.in shows, computed by Go itself: each REPL value line is printed here as
// fmt.Printf("%v\t// %T\n", value, value) (%q for strings), and the statements run in
// the same order, so `go run session_twin.go` prints session.out exactly.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func square(n int) int { return n * n }

func show(v any) {
	if s, ok := v.(string); ok {
		fmt.Printf("%q\t// %T\n", s, v)
		return
	}
	fmt.Printf("%v\t// %T\n", v, v)
}

func main() {
	show(1 + 2)
	x := 10
	show(x * 2)
	show(strings.Repeat("ab", 3))
	show(square(x))
	p := Point{1, 2}
	show(p.Sum())
	show(p)
	show(&p)
	fmt.Println("println shows no results", x)
	m := map[string]int{"one": 1}
	show(m["one"])
	_, ok := m["two"]
	show(ok)
	var total int
	for i := 0; i < 5; i++ {
		total += i
	}
	show(total)
	x2 := "x is a string now"
	show(x2)
	show(square(3))
	ch := make(chan int)
	go func() { ch <- square(7) }()
	show(<-ch)
	show([]string{"a", "b"})
	show(3.5 / 2)
	show('a')
	show(float32(0.1))
	show(int8(-5))
	var e error
	fmt.Printf("%v\t// %s\n", e, "error")
	show(errors.New("oops"))
	show([2]bool{true})
	show(struct {
		A int
		B string
	}{1, "b"})
	var a any = Point{3, 4}
	show(a)
}

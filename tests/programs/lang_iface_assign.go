// Assigning received and ranged values to existing variables of interface type converts
// them as ordinary assignment does: `x = <-ch`, `case x = <-ch:`, `for k, v = range ...`.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	var x interface{}
	x = <-ch
	fmt.Printf("%T %v\n", x, x)
	select {
	case x = <-ch:
		fmt.Printf("select %T %v\n", x, x)
	}
	var ok bool
	select {
	case x, ok = <-ch:
		fmt.Printf("select %T %v %v\n", x, x, ok)
	}
	select {
	case x, ok = <-ch:
		fmt.Printf("closed %T %v %v\n", x, x, ok)
	}

	rects := make(chan Rect, 2)
	rects <- Rect{2, 3}
	rects <- Rect{4, 5}
	close(rects)
	var s Shape
	for s = range rects {
		fmt.Printf("%T %v\n", s, s.Area())
	}
	fmt.Println(s.Area())

	var k, v interface{}
	for k, v = range []string{"a", "b"} {
		fmt.Printf("%T:%v %T:%v\n", k, k, v, v)
	}
	for k, v = range map[string]float64{"pi": 3.14} {
		fmt.Printf("%T:%v %T:%v\n", k, k, v, v)
	}
	for k, v = range "é!" {
		fmt.Printf("%T:%v %T:%v\n", k, k, v, v)
	}
	for k = range [2]bool{} {
		fmt.Printf("%T:%v\n", k, k)
	}
	var e error
	errs := make(chan *myErr, 1)
	errs <- &myErr{"boom"}
	close(errs)
	for e = range errs {
		fmt.Println(e.Error())
	}
	fmt.Println(e != nil)

	// Multi-value assignment from a map lookup and a type assertion into interfaces.
	var got interface{}
	var present interface{}
	m := map[string]int{"one": 1}
	got, present = m["one"]
	fmt.Printf("%T %v %T %v\n", got, got, present, present)
	var sh interface{} = &Circle{1}
	s, ok = sh.(Shape)
	fmt.Println(s.Area(), ok)
	shapes := make(chan *Circle, 1)
	shapes <- &Circle{2}
	select {
	case s = <-shapes:
		fmt.Printf("%T %v\n", s, s.Area())
	}
}

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

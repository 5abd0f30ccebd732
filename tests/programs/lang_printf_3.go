// %#v Go-syntax output and %T type names for composite and named types.
package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Named string
type Wrapper struct {
	P    *Point
	Tags []string
	M    map[string]int
	N    Named
	Any  interface{}
}

func main() {
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", []string{"a"})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", 3.0, Named("n"))
	fmt.Printf("%#v\n", Wrapper{Tags: []string{"t"}, N: "x", Any: 5})
	var nilSlice []int
	fmt.Printf("%#v %#v\n", nilSlice, map[int]bool(nil))
	fmt.Printf("%#v\n", struct {
		A int
		b string
	}{1, "x"})
	fmt.Printf("%#v %#v\n", uint8(7), int64(-3))
	fmt.Printf("%T %T %T %T\n", Point{}, &Point{}, []*Point{}, map[Named][]int{})
	fmt.Printf("%T %T %T %T\n", func(int) string { return "" }, make(chan int), make(<-chan bool), struct{ A int }{})
	fmt.Printf("%T %T %T\n", nil, error(nil), errors.New("x"))
	fmt.Printf("%T %T %T %T\n", 'a', byte(1), uintptr(0), [3][2]float32{})
	var i interface{} = Point{}
	fmt.Printf("%T %v\n", i, i)
}

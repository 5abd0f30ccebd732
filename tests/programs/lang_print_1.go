// How Println and %v print nil values, pointers inside containers, bytes and runes.
package main

import "fmt"

type Inner struct{ N int }
type Outer struct {
	P   *Inner
	S   []int
	M   map[string]int
	I   interface{}
	F   func()
	E   error
	Arr [2]bool
}

func main() {
	var s []int
	var m map[string]bool
	var p *int
	var i interface{}
	var e error
	var f func()
	var ch chan int
	fmt.Println(s, m, p, i, e, f == nil, ch)
	fmt.Printf("%v %v %v %v %v\n", s, m, p, i, e)
	fmt.Printf("%+v\n", Outer{})
	o := Outer{P: &Inner{1}, S: []int{}, M: map[string]int{}, I: 3}
	fmt.Printf("%v %+v\n", o.P, *o.P)
	fmt.Println(o.S, o.M, o.I, o.Arr)
	fmt.Println([]byte("AB"), []rune("AB"), byte('A'), 'A')
	fmt.Println([]interface{}{1, "a", nil, 2.5, true})
	fmt.Println([][]string{{"a"}, {}, nil})
	fmt.Println(map[string][]int{"x": {1}, "y": nil})
	fmt.Println(struct{}{}, [0]int{}, []struct{}{{}, {}})
	fmt.Println(&[]int{1}, &map[string]int{"a": 1}, &[2]string{"x", "y"})
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(int8(-5), uint16(7), float32(0.5), uintptr(9))
}

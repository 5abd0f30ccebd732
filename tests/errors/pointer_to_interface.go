package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	p := &s
	fmt.Println(p.Area())
	var e error
	fmt.Println(e.Message)
}

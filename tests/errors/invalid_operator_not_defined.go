package main

import "fmt"

type Point struct{ X int }

func main() {
	s := "abc"
	n := 3
	b := true
	p := Point{}
	fmt.Println(-s)
	fmt.Println(!n)
	fmt.Println(-b)
	fmt.Println(^1.5)
	fmt.Println(s * 2)
	fmt.Println(b + b)
	fmt.Println(p + p)
	fmt.Println(s - s)
	fmt.Println(1.5 % 2.0)
	fmt.Println(n && n)
}

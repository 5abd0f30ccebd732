package main

import "fmt"

type Point struct{ X int }

func main() {
	var p Point
	p.X := 1
	fmt.Println(p)
}

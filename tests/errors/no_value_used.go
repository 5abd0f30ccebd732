package main

import "fmt"

func nothing() {}

func main() {
	x := nothing()
	var y int = nothing()
	fmt.Println(nothing())
	fmt.Println(x, y)
}

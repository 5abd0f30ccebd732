package main

import "fmt"

type Point struct{ X int }

func main() {
	p := Point{}
	fmt.Println(p.X())
	s := "abc"
	s()
	"lit"()
	var arr [3]int
	arr(1)
	fmt.Println(p())
}

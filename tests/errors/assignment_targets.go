package main

import "fmt"

type Point struct{ X int }

func get() Point { return Point{} }

func main() {
	m := map[string]Point{}
	m["a"].X = 1
	s := "hello"
	s[0] = 'H'
	get().X = 2
	len(s) = 3
	fmt.Println(m, s)
	const k = 1
	k++
	nil = 3
}

package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	nums := []int{1, "two", 3}
	arr := [2]string{"a", 2}
	p := Point{X: "1", Y: 2}
	q := Point{1.5, 2}
	m := map[string]int{"a": "b", 1: 2}
	fmt.Println(nums, arr, p, q, m)
}

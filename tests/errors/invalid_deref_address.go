package main

import "fmt"

func value() int { return 1 }

func main() {
	n := 3
	fmt.Println(*n)
	p := &value()
	q := &4
	m := map[string]int{"a": 1}
	r := &m["a"]
	fmt.Println(p, q, r)
	m["a"]++
	const c = 2
	c = 3
	"x" = "y"
}

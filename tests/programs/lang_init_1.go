// Package initialisation: variables in dependency order, then init functions in order.
package main

import "fmt"

var (
	a = b + 1
	b = f("b", 10)
	c = f("c", a*2)
)

var total int

func f(name string, v int) int {
	fmt.Println("init var", name, "=", v)
	return v
}

func init() {
	fmt.Println("first init: a b c =", a, b, c)
	total = a + b + c
}

func init() {
	fmt.Println("second init: total =", total)
	total *= 2
}

var table = buildTable()

func buildTable() map[string]int {
	fmt.Println("building table")
	return map[string]int{"one": 1}
}

func main() {
	fmt.Println("main: total =", total, "table =", table)
}

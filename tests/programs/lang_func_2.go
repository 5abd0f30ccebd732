// Higher-order functions: map, filter, reduce, composition, function types with methods.
package main

import (
	"fmt"
	"strings"
)

type IntFn func(int) int

func (f IntFn) Then(g IntFn) IntFn { return func(x int) int { return g(f(x)) } }

func mapInts(s []int, f func(int) int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func filter(s []string, keep func(string) bool) []string {
	var out []string
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func reduce(s []int, init int, f func(acc, v int) int) int {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

type Op func(a, b int) int

func main() {
	nums := []int{1, 2, 3, 4, 5}
	fmt.Println(mapInts(nums, func(x int) int { return x * x }))
	fmt.Println(filter([]string{"go", "rust", "c", "zig"}, func(s string) bool { return len(s) <= 2 }))
	fmt.Println(reduce(nums, 0, func(a, v int) int { return a + v }), reduce(nums, 1, func(a, v int) int { return a * v }))
	inc := IntFn(func(x int) int { return x + 1 })
	dbl := IntFn(func(x int) int { return x * 2 })
	fmt.Println(inc.Then(dbl)(5), dbl.Then(inc)(5), inc.Then(inc).Then(dbl)(0))
	ops := []struct {
		name string
		fn   Op
	}{
		{"+", func(a, b int) int { return a + b }},
		{"-", func(a, b int) int { return a - b }},
		{"max", func(a, b int) int {
			if a > b {
				return a
			}
			return b
		}},
	}
	for _, op := range ops {
		fmt.Println(op.name, op.fn(7, 3))
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Printf("%T %T\n", inc, reduce)
}

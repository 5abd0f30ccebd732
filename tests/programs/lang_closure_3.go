// Closures capturing loop-invariant state, struct fields, and parameters; middleware chains.
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func logging(prefix string, next Handler) Handler {
	return func(s string) string {
		return prefix + "(" + next(s) + ")"
	}
}

type Stack struct{ items []int }

func (s *Stack) Pusher() func(int) { return func(v int) { s.items = append(s.items, v) } }

func main() {
	var h Handler = strings.ToUpper
	h = logging("a", h)
	h = logging("b", h)
	fmt.Println(h("go"))

	st := &Stack{}
	push := st.Pusher()
	push(1)
	push(2)
	fmt.Println(st.items)

	counters := map[string]func() int{}
	for _, name := range []string{"x", "y"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["x"]()
	counters["x"]()
	fmt.Println(counters["x"](), counters["y"]())

	adders := make([]func(int) int, 3)
	for i := range adders {
		k := i * 10
		adders[i] = func(v int) int { return v + k }
	}
	fmt.Println(adders[0](1), adders[1](1), adders[2](1))

	acc := 0
	each := func(xs []int, f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	each([]int{1, 2, 3, 4}, func(x int) { acc += x * x })
	fmt.Println(acc)

	p := struct{ count int }{}
	bump := func() { p.count++ }
	bump()
	bump()
	fmt.Println(p.count)
	curry := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a*100 + b*10 + c }
		}
	}
	fmt.Println(curry(1)(2)(3))
}

// Recursion: mutual recursion across functions declared in any order, recursive function
// literals through a variable, recursion over structures, deep but bounded recursion.
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return 1 + l
	}
	return 1 + r
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

// Parsing by mutual recursion: expr -> term (+ term)*, term -> factor (* factor)*.
type parser struct {
	s   string
	pos int
}

func (p *parser) expr() int {
	v := p.term()
	for p.pos < len(p.s) && p.s[p.pos] == '+' {
		p.pos++
		v += p.term()
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.pos < len(p.s) && p.s[p.pos] == '*' {
		p.pos++
		v *= p.factor()
	}
	return v
}

func (p *parser) factor() int {
	if p.s[p.pos] == '(' {
		p.pos++
		v := p.expr()
		p.pos++
		return v
	}
	v := int(p.s[p.pos] - '0')
	p.pos++
	return v
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = 1
	return depth(n-1) + pad[n%8]
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		root = root.Insert(v)
	}
	var vals []int
	root.Walk(func(v int) { vals = append(vals, v) })
	fmt.Println(vals, root.Height())
	moves := 0
	hanoi(10, "a", "c", "b", &moves)
	fmt.Println("hanoi", moves)
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(90))
	p := &parser{s: "2*(3+4)+5*(1+1*2)"}
	fmt.Println(p.expr())
	fmt.Println(depth(100000))
}

// Pointers: address-of, dereference, new, pointers to locals outliving their frame.
package main

import "fmt"

func newCounter() *int {
	c := 0
	return &c
}

func incr(p *int) { *p++ }

type Node struct {
	Val  int
	Next *Node
}

func main() {
	x := 1
	p := &x
	*p = 42
	fmt.Println(x, *p, p == &x)

	c := newCounter()
	incr(c)
	incr(c)
	fmt.Println(*c)

	q := new(int)
	fmt.Println(*q)
	*q = 7
	r := q
	*r += 1
	fmt.Println(*q)

	var np *int
	fmt.Println(np == nil, np)

	var head *Node
	for i := 5; i >= 1; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	pp := &p
	**pp = 100
	fmt.Println(x)

	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
	for i, v := range ap {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	s := new(struct{ A, B int })
	s.A = 3
	fmt.Println(*s)
}

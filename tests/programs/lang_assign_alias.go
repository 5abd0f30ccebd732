// Assignments whose right-hand side reads the variable being assigned, and tuple
// assignments whose left-hand operands must be evaluated before any store.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	b, c := false, true
	b = c && b
	fmt.Println(b)
	b = false
	b = b || !b
	fmt.Println(b)

	m := map[string]int{"x": 1}
	m = map[string]int{"n": len(m)}
	fmt.Println(m)

	s := []int{5}
	s = []int{3: len(s)}
	fmt.Println(s)

	var head *Node
	for i := 3; i >= 1; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	for n := prev; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	type pair struct{ a, b int }
	p := pair{1, 2}
	p, p.a = pair{10, 20}, 7
	fmt.Println(p)
	pp := &pair{1, 2}
	old := pp
	pp, pp.b = &pair{3, 4}, 9
	fmt.Println(*pp, *old)
}

// A singly linked list with pointer manipulation: push, reverse, remove, merge sorted lists.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func fromSlice(vals []int) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{vals[i], head}
	}
	return head
}

func (n *Node) String() string {
	var parts []string
	for ; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func remove(head *Node, v int) *Node {
	pp := &head
	for *pp != nil {
		if (*pp).Val == v {
			*pp = (*pp).Next
		} else {
			pp = &(*pp).Next
		}
	}
	return head
}

func merge(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func main() {
	l := fromSlice([]int{1, 2, 3, 4, 5})
	fmt.Println(l)
	l = reverse(l)
	fmt.Println(l)
	l = remove(l, 3)
	l = remove(l, 5)
	fmt.Println(l)
	fmt.Println(remove(fromSlice([]int{7, 7, 7}), 7))
	fmt.Println(merge(fromSlice([]int{1, 4, 9}), fromSlice([]int{2, 3, 10, 11})))
	var empty *Node
	fmt.Println(empty, reverse(empty))
}

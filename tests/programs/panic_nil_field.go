// Reading a field through a nil struct pointer: Go's nil pointer dereference message
// with the SIGSEGV line.
package main

import "fmt"

type Node struct {
	Pad  [4]int
	Next *Node
	Val  int
}

func main() {
	n := &Node{Val: 1}
	fmt.Println(n.Val)
	fmt.Println(n.Next.Val)
}

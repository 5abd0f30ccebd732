package main

import "fmt"

type Node struct {
	value int
	next  Node
}

func main() {
	fmt.Println(Node{})
}

package main

import "fmt"

type A [2]A

type B struct {
	c C
}

type C struct {
	b [3]B
}

type D = []D

type E interface {
	E
}

type OK struct {
	next *OK
	kids []OK
}

func main() {
	fmt.Println(A{}, B{}, OK{})
}

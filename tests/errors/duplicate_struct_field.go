package main

import "fmt"

type T struct {
	a int
	a string
}

type I interface {
	M()
	M()
}

func main() {
	fmt.Println(T{})
}

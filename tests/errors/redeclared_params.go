package main

import "fmt"

func f(a int, a string) {}

func g(x int) {
	var x int
	fmt.Println(x)
}

func main() {
	f(1, "")
	g(1)
}

package main

import "fmt"

func add(a, b int) int { return a + b }

func greet(name string) {}

func none() {}

func main() {
	fmt.Println(add(1, 2, 3))
	greet("a", "b")
	none(1)
	fmt.Println(add(1, "x", 3))
}

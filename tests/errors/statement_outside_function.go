package main

import "fmt"

var n int

n = 3

func main() {
	fmt.Println(n)
}

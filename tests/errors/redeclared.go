package main

import "fmt"

func main() {
	x := 1
	var x = 2
	fmt.Println(x)
}

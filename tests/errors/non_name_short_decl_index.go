package main

import "fmt"

func main() {
	s := []int{1}
	s[0], y := 2, 3
	fmt.Println(s, y)
}

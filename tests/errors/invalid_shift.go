package main

import "fmt"

func main() {
	f := 1.5
	n := 2
	fmt.Println(f << 2)
	fmt.Println(n << -1)
	fmt.Println(n << f)
	fmt.Println(1 << 1.5)
	s := "a"
	fmt.Println(s >> 1)
}

package main

import "fmt"

func main() {
	n := 3
	fmt.Println(len(n))
	fmt.Println(cap(map[int]int{}))
	var m map[string]int
	delete(m)
	delete(m, 1)
	s := make([]int)
	t := make(int, 3)
	u := new(3)
	close(n)
	copy(s, "x")
	x := append(n, 1)
	fmt.Println(s, t, u, x)
	fmt.Println(len)
	var ch <-chan int
	close(ch)
}

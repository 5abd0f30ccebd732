package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	n := map[int]bool{1: true, 1: false}
	arr := [3]int{0: 1, 0: 2}
	sl := []int{5: 1, 5: 2}
	fmt.Println(m, n, arr, sl)
}

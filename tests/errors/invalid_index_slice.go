package main

import "fmt"

func main() {
	n := 5
	fmt.Println(n[0])
	fmt.Println(n[1:2])
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[5])
	fmt.Println(arr[-1])
	s := []int{1}
	fmt.Println(s["a"])
	fmt.Println(s[1.5])
	fmt.Println("abc"[10])
	m := map[string]int{}
	fmt.Println(m[1])
	fmt.Println(arr[2:1])
}

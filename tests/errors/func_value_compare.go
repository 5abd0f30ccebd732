package main

import "fmt"

func f() {}

func main() {
	fmt.Println(f == nil)
	fmt.Println(f == f)
	var m map[string]int
	fmt.Println(m == nil, nil == nil)
	var i interface{} = 1
	var s []int
	fmt.Println(i == s)
}

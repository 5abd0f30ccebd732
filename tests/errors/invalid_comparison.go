package main

import "fmt"

type Pair struct {
	names []string
}

func main() {
	m1 := map[string]int{}
	m2 := map[string]int{}
	fmt.Println(m1 == m2)
	f := func() {}
	fmt.Println(f == f)
	a, b := Pair{}, Pair{}
	fmt.Println(a == b)
	var arr1, arr2 [2][]int
	fmt.Println(arr1 == arr2)
	fmt.Println(m1 < m2)
	var p, q *int
	fmt.Println(p < q)
	x, y := true, false
	fmt.Println(x > y)
}

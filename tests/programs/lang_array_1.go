// Arrays: value semantics on assignment and calls, comparison, len, iteration, nesting.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doubleInPlace(&a)
	fmt.Println(a)
	fmt.Println(a == [4]int{2, 4, 6, 8}, a != c)

	d := [...]string{"x", "y", "z"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)

	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*3 + j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)

	s := a[1:3]
	s[0] = 0
	fmt.Println(a, s, cap(s))

	type pair struct{ k, v int }
	ps := [2]pair{{1, 2}, {3, 4}}
	qs := ps
	qs[1].v = 99
	fmt.Println(ps, qs, ps == qs)
	var zero [3]bool
	fmt.Println(zero, len(zero))
	fmt.Printf("%v %T\n", [2][2]int{{1, 2}, {3, 4}}, [2]float64{})
}

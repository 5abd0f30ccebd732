// Slices: make, append growth as Go reports cap(), aliasing, copy, nil vs empty.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t[0] = 100
	fmt.Println(s)
	t = append(t, 200)
	fmt.Println(s)

	m := make([]string, 3, 5)
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))

	e := []int{}
	fmt.Println(e == nil, len(e), e)

	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)

	u := src[1:3:4]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 9)
	fmt.Println(src)
	u = append(u, 10)
	u[0] = -1
	fmt.Println(src, u)

	b := make([]byte, 0)
	b = append(b, "hello"...)
	fmt.Println(b, string(b))

	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
}

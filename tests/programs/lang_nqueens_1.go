// N-queens by backtracking: counts solutions and prints the first board for n=6.
package main

import (
	"fmt"
	"strings"
)

func solve(n, row int, cols, d1, d2 []bool, pos []int, found *[][]int) {
	if row == n {
		*found = append(*found, append([]int(nil), pos...))
		return
	}
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		pos[row] = c
		solve(n, row+1, cols, d1, d2, pos, found)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
}

func queens(n int) [][]int {
	var found [][]int
	solve(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n), make([]int, n), &found)
	return found
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Printf("n=%d: %d solutions\n", n, len(queens(n)))
	}
	first := queens(6)[0]
	for _, c := range first {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 6-c-1))
	}
}

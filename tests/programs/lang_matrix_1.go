// Matrix arithmetic with 2-D slices and arrays: multiply, transpose, determinant.
package main

import "fmt"

type Matrix [][]float64

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := make(Matrix, len(a[0]))
	for j := range out {
		out[j] = make([]float64, len(a))
		for i := range a {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func det(m Matrix) float64 {
	if len(m) == 1 {
		return m[0][0]
	}
	sum := 0.0
	sign := 1.0
	for c := range m[0] {
		var minor Matrix
		for r := 1; r < len(m); r++ {
			row := append([]float64{}, m[r][:c]...)
			row = append(row, m[r][c+1:]...)
			minor = append(minor, row)
		}
		sum += sign * m[0][c] * det(minor)
		sign = -sign
	}
	return sum
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.T())
	fmt.Println(identity(3).Mul(Matrix{{1}, {2}, {3}}))
	fmt.Println(det(Matrix{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}))
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = (i + 1) * (j + 1)
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
}

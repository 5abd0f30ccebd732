// Package-level data and constants used by the other files.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

var table = []int{3, 1, 4, 1, 5}

var greeting = fmt.Sprintf("%d colors", Blue+1)

func sumTable() int {
	n := 0
	for _, v := range table {
		n += v
	}
	return n
}

func describe(c Color) string {
	return [...]string{"red", "green", "blue"}[c]
}

type Shape interface{ Area() int }

type Square struct{ Side int }

func (s Square) Area() int { return s.Side * s.Side }

func init() {
	fmt.Println("init tables.go, table =", table)
}

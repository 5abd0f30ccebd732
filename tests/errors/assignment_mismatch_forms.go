package main

import (
	"fmt"
	"strconv"
)

func one() int { return 1 }

func three() (int, int, int) { return 1, 2, 3 }

func main() {
	a, b := 1
	c, d := one()
	var e, f = three()
	var g, h int = 1, 2, 3
	var x, y int
	x, y = 1, 2, 3
	x, y = one()
	i, j, k := strconv.Atoi("x")
	fmt.Println(a, b, c, d, e, f, g, h, x, y, i, j, k)
}

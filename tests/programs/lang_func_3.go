// Named results, bare returns, blank parameters, results used directly as arguments.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func minMax(xs ...int) (lo, hi int, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, v := range xs[1:] {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	return lo, hi, true
}

func ignore(_ int, s string, _ bool) string { return s }

func pair() (int, int) { return 3, 4 }

func add(a, b int) int { return a + b }

func shadowedResult() (n int) {
	n = 1
	{
		n := 2
		_ = n
	}
	return
}

func earlyReturn(s []int) (idx int) {
	idx = -1
	for i, v := range s {
		if v < 0 {
			return i
		}
	}
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(minMax(5, -2, 9, 0))
	fmt.Println(minMax())
	fmt.Println(ignore(1, "kept", false))
	fmt.Println(add(pair()))
	fmt.Println(shadowedResult())
	fmt.Println(earlyReturn([]int{3, 1, -4, 1}), earlyReturn([]int{1}))
	a, b := split(100)
	fmt.Println(a+b, a, b)
}

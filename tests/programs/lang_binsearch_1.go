// Binary search variants and bisection on a monotonic float function.
package main

import "fmt"

func search(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func lowerBound(xs []int, target int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func sqrt(x float64) float64 {
	lo, hi := 0.0, x
	if x < 1 {
		hi = 1
	}
	for i := 0; i < 100; i++ {
		mid := (lo + hi) / 2
		if mid*mid < x {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	xs := []int{1, 3, 3, 3, 7, 9, 11, 15}
	for _, t := range []int{1, 3, 8, 15, 16, 0} {
		fmt.Println(t, search(xs, t), lowerBound(xs, t))
	}
	fmt.Printf("%.10f %.10f %.10f\n", sqrt(2), sqrt(0.25), sqrt(1e6))
}

// Division and remainder by constants (compiled to multiplications by a reciprocal,
// vm/divide.h) against Go's truncated division, for every signed width, negative and
// power-of-two divisors, 1 and -1, and the extreme dividends; then division by
// variables, whose power-of-two and 32-bit fast paths must agree with it too.
package main

import (
	"fmt"
	"math"
)

var dividends = []int64{0, 1, -1, 2, -2, 3, 6, -6, 7, -7, 99, -99, 1000002, 1000003, -1000004,
	1 << 31, -(1 << 31), 1<<62 + 12345, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, math.MaxInt64 - 1}

func int64s() {
	for _, n := range dividends {
		fmt.Println(n, n/1, n%1, n/-1, n%-1, n/2, n%2, n/-2, n%-2, n/7, n%7, n/-7, n%-7, n/10, n%10)
		fmt.Println(n, n/1000003, n%1000003, n/-1000003, n%-1000003, n/(1<<40), n%(1<<40),
			n/math.MaxInt64, n%math.MaxInt64, n/math.MinInt64, n%math.MinInt64, n/6700417, n%641)
	}
}

func narrow() {
	for _, n := range []int8{math.MinInt8, -100, -7, -1, 0, 1, 7, 100, math.MaxInt8} {
		fmt.Println(n, n/-1, n%-1, n/3, n%3, n/-128, n%-128, n/64, n%-64)
	}
	for _, n := range []int16{math.MinInt16, -1000, -7, 0, 7, 1000, math.MaxInt16} {
		fmt.Println(n, n/-1, n/3, n%3, n/-300, n%-300)
	}
	for _, n := range []int32{math.MinInt32, -100000, -7, 0, 7, 100000, math.MaxInt32} {
		fmt.Println(n, n/-1, n%-1, n/3, n%3, n/-65537, n%65537)
	}
}

func sweep() {
	// A checksum over many dividends and divisors, against division by a variable.
	mismatches := 0
	for i := int64(-100000); i <= 100000; i += 7 {
		for _, n := range []int64{i, i * 1000003, i << 40} {
			d := int64(9)
			if n/9 != n/d || n%9 != n%d {
				mismatches++
			}
			d = -12
			if n/-12 != n/d || n%-12 != n%d {
				mismatches++
			}
			d = 1000000007
			if n/1000000007 != n/d || n%1000000007 != n%d {
				mismatches++
			}
		}
	}
	fmt.Println("mismatches", mismatches)
}

func variables() {
	divisors := []int64{1, 2, 4, 16, 1 << 32, 1 << 40, 3, 7, 1000003, 1 << 33 + 1, -1, -4, -7, math.MaxInt64, math.MinInt64}
	var sum, usum uint64
	for _, d := range divisors {
		for _, n := range dividends {
			q, r := n/d, n%d
			sum = sum*31 + uint64(q)
			sum = sum*31 + uint64(r)
			un, ud := uint64(n), uint64(d)
			usum = usum*31 + un/ud
			usum = usum*31 + un%ud
		}
		fmt.Println(d, sum, usum)
	}
	for _, n := range []int32{math.MinInt32, -5, 5, math.MaxInt32} {
		for _, d := range []int32{-1, 2, 3, -2} {
			fmt.Print(n/d, " ", n%d, " ")
		}
	}
	fmt.Println()
}

func main() {
	int64s()
	variables()
	narrow()
	sweep()
}

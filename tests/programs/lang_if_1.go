// if/else chains, if with an init statement, scoping of init variables.
package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error", err)
	}
	if v, err := strconv.Atoi("x"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error", err, v)
	}
	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if y := x * 2; y > 100 {
		fmt.Println("big")
	} else if z := y + 1; z > 20 {
		fmt.Println("z", z, y)
	} else {
		fmt.Println("small", y, z)
	}
	a, b := true, false
	if a && !b || b {
		fmt.Println("logic ok")
	}
	calls := 0
	check := func(v bool) bool { calls++; return v }
	if check(false) && check(true) {
		fmt.Println("unreachable")
	}
	if check(true) || check(true) {
		fmt.Println("short circuit, calls =", calls)
	}
}

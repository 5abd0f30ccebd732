// Closures: shared captured state between several closures, memoisation, generators.
package main

import "fmt"

func makeAccount(balance int) (deposit func(int), withdraw func(int) bool, get func() int) {
	deposit = func(n int) { balance += n }
	withdraw = func(n int) bool {
		if n > balance {
			return false
		}
		balance -= n
		return true
	}
	get = func() int { return balance }
	return
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	dep, wd, get := makeAccount(100)
	dep(50)
	fmt.Println(wd(120), wd(100), get())

	calls := 0
	slowSquare := func(n int) int { calls++; return n * n }
	fast := memo(slowSquare)
	fmt.Println(fast(4), fast(4), fast(5), calls)

	var fib func(int) int
	fib = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(90))

	gen := func(start, step int) func() int {
		cur := start - step
		return func() int { cur += step; return cur }
	}
	evens := gen(0, 2)
	fmt.Println(evens(), evens(), evens())

	x := 1
	f := func() func() int {
		return func() int { x *= 3; return x }
	}
	g := f()
	g()
	g()
	fmt.Println(x)

	funcs := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
	}
	fmt.Println(funcs["add"](1.5, 2), funcs["mul"](1.5, 2), funcs["sub"] == nil)
}

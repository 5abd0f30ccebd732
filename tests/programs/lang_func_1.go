// Functions: multiple results, named results, recursion, function values.
package main

import "fmt"

func add(a, b int) int { return a + b }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func apply(f func(int, int) int, x, y int) int { return f(x, y) }

func swap(a, b string) (string, string) { return b, a }

func main() {
	fmt.Println(add(2, 3))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	for i := 0; i <= 10; i++ {
		fmt.Print(fact(i), " ")
	}
	fmt.Println()
	fmt.Println(fib(20))
	fmt.Println(apply(add, 40, 2))
	fmt.Println(apply(func(a, b int) int { return a * b }, 6, 7))
	x, y := swap("hello", "world")
	fmt.Println(x, y)
	var f func(int, int) int
	fmt.Println(f == nil)
	f = add
	fmt.Println(f != nil, f(1, 1))
}

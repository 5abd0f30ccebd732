// A three-stage pipeline of goroutines connected by channels, closed from the front.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func mapStage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- f(n)
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	sq := mapStage(gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), func(n int) int { return n * n })
	odd := filter(sq, func(n int) bool { return n%2 == 1 })
	for v := range odd {
		fmt.Println(v)
	}
	total := 0
	for v := range mapStage(mapStage(gen(1, 2, 3), func(n int) int { return n + 1 }), func(n int) int { return n * 10 }) {
		total += v
	}
	fmt.Println("total", total)
}

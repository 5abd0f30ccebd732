// Generators as goroutines: an infinite Fibonacci source, take-n, and zip of two streams.
package main

import "fmt"

func fib(quit <-chan bool) <-chan int {
	c := make(chan int)
	go func() {
		a, b := 0, 1
		for {
			select {
			case c <- a:
				a, b = b, a+b
			case <-quit:
				close(c)
				return
			}
		}
	}()
	return c
}

func take(n int, in <-chan int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, <-in)
	}
	return out
}

func counter(from, step int) <-chan int {
	c := make(chan int)
	go func() {
		for i := from; ; i += step {
			c <- i
		}
	}()
	return c
}

func main() {
	quit := make(chan bool)
	f := fib(quit)
	fmt.Println(take(15, f))
	quit <- true
	_, ok := <-f
	fmt.Println("closed:", !ok)
	evens, odds := counter(0, 2), counter(1, 2)
	for i := 0; i < 4; i++ {
		fmt.Print(<-evens, "+", <-odds, " ")
	}
	fmt.Println()
}

package main

import "fmt"

func a(n int) int {
	for n > 0 {
		return n
	}
}

func b(n int) int {
	switch n {
	case 1:
		return 1
	}
}

func c(n int) int {
	if n > 0 {
		return 1
	}
	fmt.Println("no")
}

func d(n int) (r int) {
	for {
		if n > 0 {
			break
		}
		return
	}
}

func e(ch chan int) int {
	select {
	case v := <-ch:
		return v
	default:
	}
}

func main() {
	fmt.Println(a(1), b(1), c(1), d(1), e(nil))
	_ = func() int {
		fmt.Println()
	}
}

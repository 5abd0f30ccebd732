// A deadlock with several goroutines blocked in different ways: Go dumps goroutine 1
// first, then the others in creation order, each with its wait reason, its frames and
// the "created by" line naming the go statement.
package main

import (
	"fmt"
	"sync"
)

func sender(c chan int) {
	c <- 1
}

func selecter(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func main() {
	var mu sync.Mutex
	c := make(chan int)
	go sender(c)
	go selecter(make(chan int), make(chan int))
	mu.Lock()
	go func() {
		mu.Lock()
	}()
	var nothing chan int
	go func() {
		<-nothing
	}()
	fmt.Println("blocking")
	<-make(chan int)
}

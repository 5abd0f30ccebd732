// A panic in a goroutine other than main crashes the whole program.
package main

import (
	"fmt"
	"time"
)

func worker(done chan bool) {
	var m map[int]int
	m[1] = 2
	done <- true
}

func main() {
	fmt.Println("starting worker")
	done := make(chan bool)
	go worker(done)
	select {
	case <-done:
		fmt.Println("unreachable")
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
}

// time.NewTicker delivers ticks until stopped; time.AfterFunc runs a function later.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(30 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		fmt.Println("tick", n)
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { done <- "after func ran" })
	fmt.Println(<-done)
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 50*time.Millisecond, el < 5*time.Second)
}

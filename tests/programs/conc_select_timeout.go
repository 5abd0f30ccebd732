// select with time.After: the answer that comes first wins; durations far apart.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case v := <-slow(10*time.Millisecond, "quick answer"):
		fmt.Println(v)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout")
	}
	select {
	case v := <-slow(400*time.Millisecond, "late answer"):
		fmt.Println(v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	timer := time.NewTimer(50 * time.Millisecond)
	start := time.Now()
	<-timer.C
	elapsed := time.Since(start)
	fmt.Println("timer fired", elapsed >= 50*time.Millisecond)
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t2.Stop())
}

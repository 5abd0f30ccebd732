// time: channel timers, tickers, After and AfterFunc, with Stop and Reset.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	<-time.After(20 * time.Millisecond)
	fmt.Println("after:", time.Since(start) >= 20*time.Millisecond)

	timer := time.NewTimer(time.Hour)
	fmt.Println("stop active:", timer.Stop(), "stop again:", timer.Stop())
	timer.Reset(10 * time.Millisecond)
	tick := <-timer.C
	fmt.Println("timer fired:", !tick.Before(start))

	ticker := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	ticker.Stop()

	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(5*time.Millisecond, func() {
		fmt.Println("AfterFunc ran")
		wg.Done()
	})
	wg.Wait()
	cancelled := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("cancelled:", cancelled.Stop())

	timeout := time.After(30 * time.Millisecond)
	results := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		results <- 42
	}()
	for done := false; !done; {
		select {
		case r := <-results:
			fmt.Println("result", r)
		case <-timeout:
			fmt.Println("timeout")
			done = true
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}

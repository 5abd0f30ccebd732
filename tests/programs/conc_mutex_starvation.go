// A goroutine that holds a sync.Mutex nearly all the time, re-locking it right after each
// Unlock, cannot starve the goroutines waiting for it: a waiter that has waited over 1 ms
// switches the mutex to starvation mode, where Unlock hands the lock to the longest waiter
// instead of letting the running goroutine barge in again. Without that mode the woken
// waiters almost never find the lock free, and the deadline below passes.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const (
	waiters      = 4
	acquisitions = 20
	deadline     = 20 * time.Second
)

// hold keeps the caller busy for a while, so the hammer holds the lock most of the time.
func hold(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (s >> 3)
	}
	return s
}

func main() {
	var mu sync.Mutex
	var stop atomic.Bool
	var sink atomic.Int64
	hammerStarted := make(chan struct{})
	go func() {
		mu.Lock()
		close(hammerStarted)
		for !stop.Load() {
			sink.Add(int64(hold(2000)))
			mu.Unlock()
			mu.Lock()
		}
		mu.Unlock()
	}()
	<-hammerStarted

	var counts [waiters]atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < waiters; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < acquisitions; i++ {
				mu.Lock()
				counts[w].Add(1)
				mu.Unlock()
			}
		}(w)
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		fmt.Printf("each of %d waiters got the lock %d times while the hammer held it\n", waiters, acquisitions)
	case <-time.After(deadline):
		fmt.Print("waiters starved; acquisitions:")
		for w := range counts {
			fmt.Print(" ", counts[w].Load())
		}
		fmt.Println()
	}
	stop.Store(true)
}

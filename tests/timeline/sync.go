// Timeline test: goroutines queue on a sync.Mutex and main waits on a sync.WaitGroup.
// No Go counterpart; sync.timeline was checked by hand against the semantics, run with
// GOMAXPROCS=1 --faketime --seed 1:
//  - G1 holds mu, creates G5 and G6 and sleeps 1ms. The seeded scheduler runs G6 first;
//    each finds mu locked and blocks in sync.Mutex.Lock, G6 ahead of G5 in its queue.
//  - Nothing can run until the sleep's timer: virtual time jumps to 1ms and the timer
//    readies G1. Its Unlock wakes the first waiter, G6; then G1 blocks in Wait.
//  - G6 gets mu and unlocks it, readying G5, and exits (Done: count 1). G5 gets mu,
//    unlocks, and its Done brings the count to 0, readying G1. G1 prints and exits.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			mu.Unlock()
		}()
	}
	time.Sleep(time.Millisecond)
	mu.Unlock()
	wg.Wait()
	fmt.Println("done")
}

// Timeline test: a deadlock still writes the whole timeline, and the program exits with
// Go's report and status 2. No Go counterpart for the timeline; deadlock.timeline was
// checked by hand, run with GOMAXPROCS=1 --faketime --seed 1: G1 holds mu, starts G5
// and blocks receiving; G5 blocks in sync.Mutex.Lock. Nothing is runnable and no timer is
// pending, so the runtime reports the deadlock and exits with status 2.
package main

import "sync"

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	mu.Lock()
	go func() {
		mu.Lock()
		ch <- 1
	}()
	<-ch
}

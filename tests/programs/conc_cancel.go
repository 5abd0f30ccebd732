// Cancellation with a done channel: workers stop when it closes; main waits for them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, done <-chan struct{}, ticks chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-done:
			return
		case ticks <- id:
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	done := make(chan struct{})
	ticks := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, done, ticks, &wg)
	}
	seen := map[int]bool{}
	for len(seen) < 3 {
		seen[<-ticks] = true
	}
	close(done)
	// drain ticks so no worker stays blocked on a send
	go func() {
		for range ticks {
		}
	}()
	wg.Wait()
	fmt.Println("all workers stopped; saw", len(seen), "distinct workers")
}

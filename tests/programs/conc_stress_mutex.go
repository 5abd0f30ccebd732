// Stress (runs with GOMAXPROCS=2, see the .env file): lock contention. Eight goroutines
// add 100,000 times each to a Mutex-guarded counter, then to an RWMutex-guarded one while
// four readers check under RLock that the counter only grows; WaitGroup joins them all.
package main

import (
	"fmt"
	"sync"
)

const (
	writers   = 8
	perWriter = 100000
	readers   = 4
)

func mutexCounter() int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perWriter; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return counter
}

func rwMutexCounter() (int, int) {
	var mu sync.RWMutex
	var writing, reading sync.WaitGroup
	counter := 0
	stop := make(chan struct{})
	wentBackwards := 0
	var backwardsMu sync.Mutex
	for r := 0; r < readers; r++ {
		reading.Add(1)
		go func() {
			defer reading.Done()
			seen := 0
			for {
				select {
				case <-stop:
					return
				default:
				}
				mu.RLock()
				now := counter
				mu.RUnlock()
				if now < seen {
					backwardsMu.Lock()
					wentBackwards++
					backwardsMu.Unlock()
				}
				seen = now
			}
		}()
	}
	for w := 0; w < writers; w++ {
		writing.Add(1)
		go func() {
			defer writing.Done()
			for i := 0; i < perWriter; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	writing.Wait()
	close(stop)
	reading.Wait()
	return counter, wentBackwards
}

func main() {
	fmt.Println("Mutex counter:", mutexCounter(), "want", writers*perWriter)
	counter, backwards := rwMutexCounter()
	fmt.Println("RWMutex counter:", counter, "want", writers*perWriter)
	fmt.Println("RWMutex readers saw the counter go backwards:", backwards, "times")
}

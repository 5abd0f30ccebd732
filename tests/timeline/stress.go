// Timeline stress test (run by tests/cli/timeline.sh with 2 workers): many goroutines
// that hand values over channels, contend for a mutex, sleep, and spin long enough to be
// preempted, so that every kind of event is recorded from both workers at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

const workers = 400

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	results := make(chan int)
	total := 0
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%50 == 0 {
				time.Sleep(time.Millisecond)
			}
			s := spin(2000 + i%3*20000)
			mu.Lock()
			total += s % 3
			mu.Unlock()
			results <- i
		}(i)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for i := range results {
		sum += i
	}
	fmt.Println(sum, total > 0)
}

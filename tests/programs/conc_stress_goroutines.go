// Stress (runs with GOMAXPROCS=2, see the .env file): 100,000 goroutines that each
// increment an atomic counter and a mutex-guarded one all run to completion.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var mu sync.Mutex
	var atomicCount int64
	guarded := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&atomicCount, 1)
			mu.Lock()
			guarded++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("goroutines finished:", atomic.LoadInt64(&atomicCount), guarded)
}

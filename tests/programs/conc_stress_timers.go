// Stress (runs with GOMAXPROCS=2, see the .env file): timers by the thousand. 10,000
// AfterFunc timers and 2,000 NewTimer timers with random durations up to 20ms, half of
// them stopped: every timer either fires or is stopped, never both, never neither.
// 1,000 goroutines sleep random durations and never wake early, and one goroutine's
// chain of 100 sleeps sees the clock advance by at least each sleep.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"sync/atomic"
	"time"
)

func randomDuration(r *rand.Rand) time.Duration {
	return time.Duration(r.Intn(20000)) * time.Microsecond
}

func afterFuncs(r *rand.Rand) {
	const n = 10000
	var fired, stopped int64
	var wg sync.WaitGroup
	wg.Add(n)
	timers := make([]*time.Timer, n)
	for i := range timers {
		timers[i] = time.AfterFunc(randomDuration(r), func() {
			atomic.AddInt64(&fired, 1)
			wg.Done()
		})
	}
	for i := 0; i < n; i += 2 {
		if timers[i].Stop() {
			stopped++
			wg.Done()
		}
	}
	wg.Wait()
	fmt.Println("AfterFunc: fired + stopped =", atomic.LoadInt64(&fired)+stopped, "of", n)
}

func newTimers(r *rand.Rand) {
	const n = 2000
	timers := make([]*time.Timer, n)
	for i := range timers {
		timers[i] = time.NewTimer(randomDuration(r))
	}
	fired, stopped := 0, 0
	for i, t := range timers {
		if i%2 == 0 && t.Stop() {
			stopped++
			continue
		}
		<-t.C
		fired++
	}
	fmt.Println("NewTimer: fired + stopped =", fired+stopped, "of", n)
}

func sleepers(r *rand.Rand) {
	const n = 1000
	var early int64
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(d time.Duration) {
			defer wg.Done()
			start := time.Now()
			time.Sleep(d)
			if time.Since(start) < d {
				atomic.AddInt64(&early, 1)
			}
		}(randomDuration(r))
	}
	wg.Wait()
	fmt.Println("Sleep: goroutines woken early:", early, "of", n)
}

func sleepChain(r *rand.Rand) {
	const n = 100
	nonMonotone := 0
	last := time.Now()
	for i := 0; i < n; i++ {
		d := time.Duration(r.Intn(500)) * time.Microsecond
		time.Sleep(d)
		now := time.Now()
		if now.Sub(last) < d {
			nonMonotone++
		}
		last = now
	}
	fmt.Println("Sleep chain: steps shorter than their sleep:", nonMonotone, "of", n)
}

func main() {
	r := rand.New(rand.NewSource(4))
	afterFuncs(r)
	newTimers(r)
	sleepers(r)
	sleepChain(r)
}

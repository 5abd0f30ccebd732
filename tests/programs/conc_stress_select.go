// Stress (runs with GOMAXPROCS=2, see the .env file): a select storm. Sixteen goroutines
// trade 80,000 distinct values over two shared channels, each select mixing a send, two
// receives and a close-notification case; half of the goroutines also poll with default.
// Every value must be delivered exactly once.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

const (
	traders   = 16
	perTrader = 5000
	total     = traders * perTrader
)

func main() {
	rendezvous := make(chan int)
	queue := make(chan int, 8)
	done := make(chan struct{})
	deliveries := make([]int32, total)
	var received int64
	var polls int64
	var wg sync.WaitGroup
	deliver := func(v int) {
		atomic.AddInt32(&deliveries[v], 1)
		if atomic.AddInt64(&received, 1) == total {
			close(done)
		}
	}
	for t := 0; t < traders; t++ {
		wg.Add(1)
		go func(t int) {
			defer wg.Done()
			next, end := t*perTrader, (t+1)*perTrader
			polling := t%2 == 1
			for {
				var out chan int // nil once everything is sent: that case is never chosen
				if next < end {
					out = queue
					if next%3 == 0 {
						out = rendezvous
					}
				}
				if polling {
					select {
					case out <- next:
						next++
					case v := <-rendezvous:
						deliver(v)
					case v := <-queue:
						deliver(v)
					case <-done:
						return
					default:
						atomic.AddInt64(&polls, 1)
						runtime.Gosched()
					}
				} else {
					select {
					case out <- next:
						next++
					case v := <-rendezvous:
						deliver(v)
					case v := <-queue:
						deliver(v)
					case <-done:
						return
					}
				}
			}
		}(t)
	}
	wg.Wait()
	once, other := 0, 0
	for _, n := range deliveries {
		if n == 1 {
			once++
		} else {
			other++
		}
	}
	fmt.Println("delivered exactly once:", once, "of", total)
	fmt.Println("lost or duplicated:", other)
}

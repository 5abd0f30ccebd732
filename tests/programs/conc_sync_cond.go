// sync.Cond: Signal wakes one waiter, Broadcast wakes them all; waiters re-check their
// condition in a loop under the lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	var wg sync.WaitGroup
	taken := make([]int, 3)
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			taken[c] = queue[0]
			queue = queue[1:]
			mu.Unlock()
		}(c)
	}
	for i := 1; i <= 3; i++ {
		mu.Lock()
		queue = append(queue, i*10)
		mu.Unlock()
		cond.Signal()
	}
	wg.Wait()
	sum := 0
	for _, v := range taken {
		sum += v
	}
	fmt.Println("signalled consumers took:", sum, "left:", len(queue))

	ready := false
	woken := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("broadcast woke:", woken)
	cond.Signal() // nobody waits: no effect
	cond.Broadcast()
	fmt.Println("done")
}

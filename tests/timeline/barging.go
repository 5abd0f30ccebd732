// Timeline test: a woken sync.Mutex waiter loses the lock to a running goroutine, as Go's
// mutex allows outside starvation mode. No Go counterpart; barging.timeline was checked
// by hand against the semantics, run with GOMAXPROCS=1 --faketime --seed 1:
//  - G1 holds mu, creates G5 and sleeps; G5 blocks in sync.Mutex.Lock.
//  - At 1ms the timer readies G1, whose Unlock readies G5; but G1 runs on and locks mu
//    again before G5 runs, then sleeps. When G5 is picked it must win mu first: it loses
//    ("blocks again") without running any code, and stays queued.
//  - At 2ms G1 wakes, prints, and unlocks, readying G5 again; G1 blocks on <-done. G5
//    now gets mu, prints, and its send readies G1, then exits. G1 returns from main.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("worker has the lock")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(time.Millisecond)
	mu.Unlock()
	mu.Lock()
	time.Sleep(time.Millisecond)
	fmt.Println("main has the lock")
	mu.Unlock()
	<-done
}

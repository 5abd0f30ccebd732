// sync.RWMutex's protocol step by step: a writer waits for the readers that hold the lock;
// once it waits, new readers are turned away (TryRLock fails) and queue behind it; they
// see what the writer wrote; TryLock and TryRLock answer for each state of the lock.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	value := 0

	rw.RLock()
	rw.RLock()
	fmt.Println("two readers in; TryLock:", rw.TryLock())

	writerIn := make(chan string)
	release := make(chan bool)
	go func() {
		rw.Lock()
		writerIn <- "writer in"
		<-release
		value = 42
		rw.Unlock()
	}()
	// The writer announces itself before it waits: from then on readers are turned away.
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	fmt.Println("writer waiting; TryRLock:", false, "TryLock:", rw.TryLock())

	readerSaw := make(chan int)
	go func() {
		rw.RLock()
		saw := value
		rw.RUnlock() // before the send: once main has the value, no reader holds the lock
		readerSaw <- saw
	}()

	rw.RUnlock()
	time.Sleep(10 * time.Millisecond)
	select {
	case s := <-writerIn:
		fmt.Println("too early:", s)
	default:
		fmt.Println("one reader left: the writer still waits")
	}
	rw.RUnlock()
	fmt.Println(<-writerIn)
	release <- true
	fmt.Println("the reader queued behind the writer saw", <-readerSaw)

	fmt.Println("unlocked; TryRLock:", rw.TryRLock(), "TryLock:", rw.TryLock())
	rw.RUnlock()
	fmt.Println("TryLock:", rw.TryLock(), "TryRLock:", rw.TryRLock())
	rw.Unlock()

	// Many readers and writers: every writer's update is seen whole by readers.
	var wg sync.WaitGroup
	pair := [2]int{}
	torn := 0
	var tornMu sync.Mutex
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				if g%4 == 0 {
					rw.Lock()
					pair[0]++
					runtime.Gosched()
					pair[1]++
					rw.Unlock()
				} else {
					rw.RLock()
					if pair[0] != pair[1] {
						tornMu.Lock()
						torn++
						tornMu.Unlock()
					}
					rw.RUnlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("writes:", pair[0], pair[1], "torn reads:", torn)
}

// Package runtime: GOMAXPROCS queries and sets the number of workers, NumCPU is positive,
// NumGoroutine counts live goroutines, Gosched lets others run.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0)
	initial := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS at least 1:", initial >= 1)
	fmt.Println("previous:", runtime.GOMAXPROCS(1) == initial, "now:", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(2)
	fmt.Println("now:", runtime.GOMAXPROCS(-1))

	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("goroutines while 10 wait:", runtime.NumGoroutine())
	close(release)
	finished.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines after they return:", runtime.NumGoroutine())
	runtime.GOMAXPROCS(initial)
}

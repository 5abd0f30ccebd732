// runtime.Gosched and NumGoroutine; a goroutine spinning does not starve main.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	var stop int32
	started := make(chan bool)
	go func() {
		started <- true
		for atomic.LoadInt32(&stop) == 0 {
		}
	}()
	<-started
	fmt.Println(runtime.NumGoroutine())
	time.Sleep(20 * time.Millisecond)
	runtime.Gosched()
	fmt.Println("main still runs")
	atomic.StoreInt32(&stop, 1)
	done := make(chan bool)
	go func() {
		runtime.Gosched()
		done <- true
	}()
	<-done
	fmt.Println("done")
}

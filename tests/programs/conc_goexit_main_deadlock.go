// runtime.Goexit in the main goroutine while another goroutine then blocks forever: the
// usual deadlock report, which lists the blocked goroutine and not main.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	start := make(chan bool)
	never := make(chan int)
	go func() {
		<-start
		fmt.Println("other goroutine blocks")
		<-never
	}()
	defer func() {
		fmt.Println("main's deferred call")
		close(start)
	}()
	runtime.Goexit()
}

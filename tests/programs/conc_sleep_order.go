// Goroutines sleeping different, well separated durations report in duration order.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 5)
	delays := []int{4, 1, 3, 0, 2}
	for _, d := range delays {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * 50 * time.Millisecond)
			out <- fmt.Sprint("slept ", d*50, "ms")
		}(d)
	}
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second, 2*time.Minute+3*time.Second)
}

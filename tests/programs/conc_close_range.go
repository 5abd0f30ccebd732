// Closing a channel ends range loops and makes receives return the zero value at once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	counts := make([]int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				counts[id] += j
			}
		}(w)
	}
	for i := 1; i <= 100; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Println("sum", counts[0]+counts[1]+counts[2])

	done := make(chan struct{})
	var ready sync.WaitGroup
	for i := 0; i < 5; i++ {
		ready.Add(1)
		go func() {
			defer ready.Done()
			<-done // all five wake when done is closed
		}()
	}
	close(done)
	ready.Wait()
	fmt.Println("all released")

	c := make(chan int, 2)
	c <- 7
	close(c)
	for i := 0; i < 3; i++ {
		v, ok := <-c
		fmt.Println(v, ok)
	}
}

// Goroutines printing as they finish: the order varies, so the test compares sorted lines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fmt.Printf("worker %d computed %d\n", n, n*n*n)
		}(i)
	}
	wg.Wait()
}

// Five goroutines print their loop variable: which runs first is a scheduling choice.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); fmt.Println(i) }(i)
	}
	wg.Wait()
}

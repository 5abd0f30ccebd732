// Three goroutines each print five lines with no blocking in between: where their output
// interleaves depends only on where the scheduler preempts them.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			for step := 0; step < 5; step++ {
				fmt.Println(name, step)
			}
		}(name)
	}
	wg.Wait()
}

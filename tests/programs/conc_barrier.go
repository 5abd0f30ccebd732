// Phases separated by WaitGroup barriers: every worker finishes phase 1 before phase 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers = 4
	data := make([]int, workers)
	var phase1, phase2 sync.WaitGroup
	phase1.Add(workers)
	phase2.Add(workers)
	partial := make([]int, workers)
	for w := 0; w < workers; w++ {
		go func(id int) {
			data[id] = (id + 1) * 10
			phase1.Done()
			phase1.Wait() // barrier: all data written
			sum := 0
			for _, v := range data {
				sum += v
			}
			partial[id] = sum + id
			phase2.Done()
		}(w)
	}
	phase2.Wait()
	fmt.Println(data, partial)
}

// WaitGroups reused across rounds and nested (a goroutine waiting on its own children).
package main

import (
	"fmt"
	"sync"
)

func tree(depth int, count *int64, mu *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	*count++
	mu.Unlock()
	if depth == 0 {
		return
	}
	var children sync.WaitGroup
	for i := 0; i < 2; i++ {
		children.Add(1)
		go tree(depth-1, count, mu, &children)
	}
	children.Wait()
}

func main() {
	var wg sync.WaitGroup
	for round := 1; round <= 3; round++ {
		results := make([]int, round*2)
		for i := range results {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				results[i] = i * round
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, results)
	}
	var count int64
	var mu sync.Mutex
	var root sync.WaitGroup
	root.Add(1)
	go tree(6, &count, &mu, &root)
	root.Wait()
	fmt.Println("nodes:", count)
}

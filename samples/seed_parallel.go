package main

import (
	"fmt"
	"runtime"
	"sync"
)

func process(data int, wg *sync.WaitGroup) {
	defer wg.Done()

	// Perform some computationally intensive task
	result := data * 2

	fmt.Println("Processed:", result)
}

func main() {
	// Set the maximum number of CPU cores to utilize
	runtime.GOMAXPROCS(runtime.NumCPU())

	var wg sync.WaitGroup

	data := []int{1, 2, 3, 4, 5}

	// Launch goroutines to process data in parallel
	for _, item := range data {
		wg.Add(1)
		go process(item, &wg)
	}

	// Wait for all goroutines to finish
	wg.Wait()
}

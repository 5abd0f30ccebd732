// sync.Once runs its function exactly once, even when called from many goroutines.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]int
	inits  int
)

func loadConfig() {
	inits++
	config = map[string]int{"workers": 4}
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(loadConfig)
			results[i] = config["workers"]
		}(i)
	}
	wg.Wait()
	fmt.Println(inits, results)
	once.Do(func() { fmt.Println("never runs") })
	fmt.Println("inits still", inits)
}

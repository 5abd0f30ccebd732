// Fan-in: several producers write to one channel; results are sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		out <- fmt.Sprintf("p%d-item%d", id, i)
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go producer(id, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var items []string
	for s := range out {
		items = append(items, s)
	}
	sort.Strings(items)
	for _, s := range items {
		fmt.Println(s)
	}
	fmt.Println(len(items), "items")
}

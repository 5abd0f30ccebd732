// Map-reduce word count: one goroutine per document, results merged under a mutex.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	docs := []string{
		"the quick brown fox",
		"the lazy dog",
		"quick quick fox",
		"a dog and a fox",
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := map[string]int{}
	for _, d := range docs {
		wg.Add(1)
		go func(doc string) {
			defer wg.Done()
			local := map[string]int{}
			for _, w := range strings.Fields(doc) {
				local[w]++
			}
			mu.Lock()
			for w, c := range local {
				total[w] += c
			}
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range total {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	for _, e := range list {
		fmt.Printf("%-6s %d\n", e.w, e.c)
	}
}

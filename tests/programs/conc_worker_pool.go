// A worker pool with job and result channels; results collected by job index.
package main

import (
	"fmt"
	"sync"
)

type job struct{ id, n int }
type result struct{ id, primes int }

func countPrimes(n int) int {
	count := 0
	for i := 2; i <= n; i++ {
		prime := true
		for d := 2; d*d <= i; d++ {
			if i%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}

func main() {
	jobs := make(chan job, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, countPrimes(j.n)}
			}
		}()
	}
	for i := 0; i < 10; i++ {
		jobs <- job{i, (i + 1) * 1000}
	}
	close(jobs)
	wg.Wait()
	close(results)
	out := make([]int, 10)
	for r := range results {
		out[r.id] = r.primes
	}
	for i, c := range out {
		fmt.Printf("primes <= %5d: %d\n", (i+1)*1000, c)
	}
}

// A worker pool: a fixed number of goroutines share one channel of jobs and send their
// answers on a channel of results.
//
// Several workers receive from the same `jobs` channel; each job goes to exactly one of
// them, whichever is free. Which worker handles which job, and the order in which results
// arrive, varies from run to run, so the program stores each result at its job's index
// and prints them in job order at the end: the output is the same every time.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	index int
	n     int
}

type result struct {
	index  int
	digits int // the number of decimal digits of n!
}

// factorialDigits counts the decimal digits of n! by multiplying a little-endian digit slice.
func factorialDigits(n int) int {
	digits := []int{1}
	for f := 2; f <= n; f++ {
		carry := 0
		for i := range digits {
			v := digits[i]*f + carry
			digits[i] = v % 10
			carry = v / 10
		}
		for carry > 0 {
			digits = append(digits, carry%10)
			carry /= 10
		}
	}
	return len(digits)
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs { // ends when main closes jobs
		results <- result{j.index, factorialDigits(j.n)}
	}
}

func main() {
	inputs := []int{10, 50, 100, 200, 300, 400, 500, 1000}
	jobs := make(chan job)
	results := make(chan result, len(inputs))

	var wg sync.WaitGroup
	const workers = 3
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}

	for i, n := range inputs {
		jobs <- job{i, n}
	}
	close(jobs) // no more jobs: the workers' range loops end
	wg.Wait()   // every worker has returned, so every result has been sent
	close(results)

	digits := make([]int, len(inputs))
	for r := range results {
		digits[r.index] = r.digits
	}
	for i, n := range inputs {
		fmt.Printf("%4d! has %4d digits\n", n, digits[i])
	}
}

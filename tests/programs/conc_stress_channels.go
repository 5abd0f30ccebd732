// Stress (runs with GOMAXPROCS=2, see the .env file): a million channel operations.
// Four producers send 250,000 distinct values each through an unbuffered and a buffered
// channel to four consumers; the sums and counts received match what was sent.
package main

import (
	"fmt"
	"sync"
)

const (
	producers   = 4
	consumers   = 4
	perProducer = 125000 // on each of the two channels
)

func main() {
	unbuffered := make(chan int)
	buffered := make(chan int, 64)
	var producing, consuming sync.WaitGroup
	for p := 0; p < producers; p++ {
		producing.Add(1)
		go func(p int) {
			defer producing.Done()
			for i := 0; i < perProducer; i++ {
				v := p*perProducer + i
				unbuffered <- v
				buffered <- v
			}
		}(p)
	}
	sums := make([]int, consumers)
	counts := make([]int, consumers)
	for c := 0; c < consumers; c++ {
		consuming.Add(1)
		go func(c int) {
			defer consuming.Done()
			from := unbuffered
			if c%2 == 1 {
				from = buffered
			}
			for v := range from {
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	producing.Wait()
	close(unbuffered)
	close(buffered)
	consuming.Wait()
	total, received := 0, 0
	for c := range sums {
		total += sums[c]
		received += counts[c]
	}
	n := producers * perProducer
	fmt.Println("values received:", received, "want", 2*n)
	fmt.Println("sum received:", total, "want", n*(n-1))
}

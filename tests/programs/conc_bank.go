// Concurrent bank transfers guarded by one mutex: the total never changes.
package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts []int
}

func (b *Bank) Transfer(from, to, amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amount {
		return false
	}
	b.accounts[from] -= amount
	b.accounts[to] += amount
	return true
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, a := range b.accounts {
		t += a
	}
	return t
}

func main() {
	b := &Bank{accounts: []int{1000, 1000, 1000, 1000}}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				from := (g + i) % 4
				to := (g + 2*i + 1) % 4
				if from != to {
					b.Transfer(from, to, (i%7)+1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total", b.Total())
	fmt.Println("failed overdraft:", b.Transfer(0, 1, 1000000))
}

// Mutex-protected counter incremented by many goroutines; RWMutex readers and writers.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

type Config struct {
	mu   sync.RWMutex
	vals map[string]string
}

func (c *Config) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.vals[k]
}

func (c *Config) Set(k, v string) {
	c.mu.Lock()
	c.vals[k] = v
	c.mu.Unlock()
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("key")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("key"))

	cfg := &Config{vals: map[string]string{}}
	cfg.Set("mode", "fast")
	var rw sync.WaitGroup
	reads := make([]string, 8)
	for i := range reads {
		rw.Add(1)
		go func(i int) {
			defer rw.Done()
			reads[i] = cfg.Get("mode")
		}(i)
	}
	rw.Wait()
	fmt.Println(reads)
}

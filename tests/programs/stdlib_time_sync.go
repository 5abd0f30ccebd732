package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1500, time.Millisecond * 500, 1500 * time.Millisecond,
		2 * time.Minute, time.Hour + 30*time.Second, -90 * time.Second, 1<<63 - 1} {
		fmt.Println(d, d.Seconds(), d.Milliseconds(), d.Round(time.Second), d.Truncate(time.Minute))
	}
	fmt.Printf("%v %s %d %T\n", 3*time.Second, time.Duration(42), time.Second, time.Second)

	var wg sync.WaitGroup
	c := counter{n: map[string]int{}}
	var total atomic.Int64
	var hits int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.inc([]string{"a", "b"}[i%2])
			total.Add(int64(i))
			atomic.AddInt32(&hits, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n, total.Load(), atomic.LoadInt32(&hits))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(time.Since(start) >= 20*time.Millisecond)

	defer func() {
		fmt.Println("recovered:", recover())
		var mu sync.Mutex
		mu.Unlock()
	}()
	wg.Done()
}

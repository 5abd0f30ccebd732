// runtime.Goexit in goroutines: every deferred call runs, last deferred first, with the
// arguments evaluated when it was deferred; WaitGroup.Done in a defer still counts; the
// code after Goexit never runs and the goroutines are gone afterwards.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, log *[]string, wg *sync.WaitGroup) {
	defer wg.Done()
	add := func(s ...any) { *log = append(*log, fmt.Sprint(s...)) }
	step := 0
	defer add("worker ", id, " first deferred call")
	defer func() { add("worker ", id, " deferred closure sees step ", step) }()
	defer func(at int) { add("worker ", id, " deferred with argument ", at) }(step)
	for i := 0; i < 3; i++ {
		step++
		if step == id {
			add("worker ", id, " exits at step ", step)
			runtime.Goexit()
		}
	}
	add("worker ", id, " finished its loop (unreachable for id 1..3)")
}

func main() {
	const n = 3
	logs := make([][]string, n+1)
	var wg sync.WaitGroup
	for id := 1; id <= n; id++ {
		logs[id] = []string{fmt.Sprint("worker ", id, " started")}
		wg.Add(1)
		go worker(id, &logs[id], &wg)
	}
	wg.Wait()
	for id := 1; id <= n; id++ {
		for _, line := range logs[id] {
			fmt.Println(line)
		}
	}

	// Deferred calls run last-in first-out, also when they are many.
	order := make(chan int, 10)
	go func() {
		defer close(order)
		for i := 0; i < 10; i++ {
			defer func(i int) { order <- i }(i)
		}
		runtime.Goexit()
	}()
	for i := range order {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Goexit ends only its own goroutine.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}

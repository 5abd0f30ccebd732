// Waiting on a sync.Cond nobody signals: the deadlock dump names sync.Cond.Wait.
package main

import "sync"

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	mu.Lock()
	cond.Wait()
}

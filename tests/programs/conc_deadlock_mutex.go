// Locking a mutex twice in the same goroutine deadlocks.
// Expected stderr derived from Go 1.20+, whose wait reason here is "sync.Mutex.Lock" (Go 1.19
// prints "semacquire"): after tests/regen-golden.sh, put that reason back into the .err file.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}

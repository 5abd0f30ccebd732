// Waiting on a WaitGroup that never reaches zero.
// Expected stderr derived from Go 1.20+, whose wait reason here is "sync.WaitGroup.Wait" (Go
// 1.19 prints "semacquire"): after tests/regen-golden.sh, put that reason back into the .err file.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker done")
	}()
	wg.Wait()
}

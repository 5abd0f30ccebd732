// Releasing a read lock nobody holds is a fatal error, even while a writer holds the lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("write-locked")
	rw.RUnlock()
}

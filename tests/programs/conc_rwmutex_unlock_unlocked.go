// Unlocking an RWMutex that no writer holds is a fatal error, which recover cannot stop.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("read lock released")
	rw.Unlock()
}

// A deferred call that panics while runtime.Goexit unwinds, and nothing recovers: the
// program dies of that panic (the Goexit shows in no "panic:" line).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		defer fmt.Println("earlier deferred call still runs")
		defer func() { panic("panic in a deferred call") }()
		runtime.Goexit()
	}()
	select {}
}

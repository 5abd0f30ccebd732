// Timeline test: a goroutine's panic still writes the whole timeline, and the program
// exits with Go's panic report and status 2. No Go counterpart for the timeline;
// panic.timeline was checked by hand, run with GOMAXPROCS=1 --faketime --seed 1: G1
// starts G5 and sleeps; G5 runs, panics, and its panic ends the program, as in Go.
package main

import "time"

func main() {
	go func() {
		panic("boom")
	}()
	time.Sleep(time.Second)
}

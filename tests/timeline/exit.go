// Timeline test: runtime.Gosched shows as a yield, and os.Exit ends the timeline with its
// status. No Go counterpart for the timeline; exit.timeline was checked by hand, run
// with GOMAXPROCS=1 --faketime --seed 1: G1 starts G5 and yields, staying runnable
// (dots in the chart) while G5 runs and exits; G1 resumes and calls os.Exit(3).
package main

import (
	"os"
	"runtime"
)

func main() {
	done := false
	go func() { done = true }()
	runtime.Gosched()
	if done {
		os.Exit(3)
	}
}

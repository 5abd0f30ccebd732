// A panic while running deferred calls of an earlier panic: Go prints both, the first
// not marked recovered, then the new one indented.
package main

import "fmt"

type code int

func cleanup() {
	panic(code(42))
}

func work() {
	defer cleanup()
	defer fmt.Println("deferred print runs")
	var m map[string]int
	m["x"] = 1
}

func main() {
	defer fmt.Println("main defer runs")
	work()
}

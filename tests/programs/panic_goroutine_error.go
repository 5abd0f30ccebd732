// A goroutine panics with a custom error value; main is blocked and the program dies
// with the goroutine's panic, its Error() text and exit status 2.
package main

import (
	"fmt"
	"time"
)

type failure struct {
	op   string
	code int
}

func (f *failure) Error() string { return fmt.Sprintf("%s failed with %d", f.op, f.code) }

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer")
		panic(&failure{"fetch", 7})
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
}

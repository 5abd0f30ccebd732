// Printing an unrecovered panic calls the value's Error method; when that method calls
// runtime.Goexit (which the runtime's recover() around it cannot stop) the goroutine
// ends without printing anything, and here the program then deadlocks.
package main

import (
	"fmt"
	"runtime"
)

type exitingError struct{}

func (exitingError) Error() string {
	defer fmt.Println("Error: deferred call")
	runtime.Goexit()
	return "exitingError"
}

func main() {
	go func() {
		panic(exitingError{})
	}()
	select {}
}

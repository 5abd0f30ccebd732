// After main's runtime.Goexit, os.Exit in another goroutine ends the program with its
// status, and without any fatal error.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other goroutine exits with status 3")
		os.Exit(3)
	}()
	runtime.Goexit()
}

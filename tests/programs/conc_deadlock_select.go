// An empty select blocks forever; with no other goroutines that is a deadlock.
package main

import "fmt"

func main() {
	fmt.Println("selecting nothing")
	select {}
}

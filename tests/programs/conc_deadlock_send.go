// Sending on an unbuffered channel with no receiver deadlocks.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("buffered send ok")
	ch <- 2
}

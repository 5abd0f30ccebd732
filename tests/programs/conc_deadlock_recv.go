// Receiving from a channel nobody sends on: Go detects the deadlock.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting forever")
	<-ch
}

// Producer and consumer decoupled by a buffered channel.
//
// A buffered channel of capacity 3 holds up to three items: the producer can run ahead
// of the consumer by that much before a send blocks. The consumer is deliberately slow,
// so the producer fills the buffer and then has to wait for space. Items come out in
// the order they went in (a channel is a FIFO queue). Only the consumer prints, so the
// output is deterministic.
package main

import (
	"fmt"
	"time"
)

func producer(items chan<- string, done chan<- int) {
	sent := 0
	for _, fruit := range []string{"apple", "banana", "cherry", "date", "elderberry", "fig"} {
		items <- fruit // blocks while the buffer is full
		sent++
	}
	close(items) // tells the consumer nothing more is coming
	done <- sent
}

func main() {
	items := make(chan string, 3)
	done := make(chan int)
	go producer(items, done)

	consumed := 0
	for item := range items {
		time.Sleep(20 * time.Millisecond) // a slow consumer
		consumed++
		fmt.Printf("consumed %d: %s (%d still buffered)\n", consumed, item, len(items))
	}
	fmt.Println("producer sent", <-done, "items; buffer capacity was", cap(items))
}

// select with a timeout: wait for whichever happens first, an answer or time.After.
//
// `select` blocks until one of its cases can proceed. time.After(d) returns a channel
// that receives a value once d has passed, so a case on it is a timeout. Here a slow
// and a fast "server" answer after different delays; with a 100ms limit the fast one
// makes it and the slow one times out. The delays are far apart, so the output is
// always the same.
package main

import (
	"fmt"
	"time"
)

// ask starts a request that answers after delay, and returns the channel of the answer.
func ask(name string, delay time.Duration) <-chan string {
	answer := make(chan string, 1) // buffered: the sender never blocks, even if nobody waits
	go func() {
		time.Sleep(delay)
		answer <- name + " answered after " + delay.String()
	}()
	return answer
}

func query(name string, delay, limit time.Duration) {
	select {
	case msg := <-ask(name, delay):
		fmt.Println(msg)
	case <-time.After(limit):
		fmt.Println(name, "timed out after", limit)
	}
}

func main() {
	query("fast server", 10*time.Millisecond, 100*time.Millisecond)
	query("slow server", 500*time.Millisecond, 100*time.Millisecond)

	// A select with a default case never blocks: it polls.
	ready := make(chan int)
	select {
	case v := <-ready:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready yet")
	}
}

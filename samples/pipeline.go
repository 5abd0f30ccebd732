// A pipeline: three stages connected by channels, each stage its own goroutine.
//
//	generate -> square -> sum
//
// Each stage reads from the channel before it and writes to the one after it. When a
// stage has no more values it closes its output channel, which ends the `range` loop of
// the next stage: closing is how "no more data" travels down the pipeline.
// The output is deterministic: an unbuffered channel delivers values in the order sent.
package main

import "fmt"

// generate sends the numbers 1..n, then closes its channel.
func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

// square receives numbers and sends their squares.
func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	// The main goroutine is the last stage: it drains the pipeline.
	for sq := range square(generate(10)) {
		fmt.Println("received", sq)
		total += sq
	}
	fmt.Println("sum of squares 1..10 =", total)
}

// Timeline test: an unbuffered channel hands values from a producer to main. There is no
// Go counterpart (Go has no such output); the expected timeline, handoff.timeline, was
// checked by hand against the program's semantics, run as tests/cli/timeline.sh runs it
// (GOMAXPROCS=1 --faketime --seed 1, so one worker and a reproducible order):
//  - G1 starts, creates G5 at the go statement, and blocks receiving: nobody sent yet.
//  - G5 sends 1: G1 waits as a receiver, so the value is handed over and G1 readied;
//    sending 2 finds no receiver (G1 has not run yet), so G5 blocks in chan send.
//  - G1 resumes with 1, prints it, and receives again: G5 waits as a sender, so G1 takes
//    2 and readies G5; printing 2 and receiving once more, G1 blocks.
//  - G5 resumes past its send, closes ch (readying G1, whose receive sees the close)
//    and exits; G1 resumes, its range loop ends, main returns and the program exits.
// Virtual time never moves: nothing sleeps, so every event is at 0.000ms.
package main

import "fmt"

func producer(ch chan<- int) {
	for i := 1; i <= 2; i++ {
		ch <- i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go producer(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
}

// Unbuffered ping-pong between two goroutines: strictly alternating output.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, table chan *ball, done chan bool, max int) {
	for {
		b := <-table
		if b.hits >= max {
			done <- true
			return
		}
		b.hits++
		fmt.Println(name, b.hits)
		table <- b
	}
}

func main() {
	table := make(chan *ball)
	done := make(chan bool)
	go player("ping", table, done, 8)
	go player("pong", table, done, 8)
	table <- &ball{}
	<-done
	fmt.Println("game over")
}

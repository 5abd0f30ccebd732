// An unbuffered channel synchronises: the sender waits for the receiver, so writes made
// before a send are visible after the matching receive.
package main

import "fmt"

func main() {
	msg := ""
	ch := make(chan struct{})
	go func() {
		msg = "written before the send"
		ch <- struct{}{}
	}()
	<-ch
	fmt.Println(msg)

	steps := make(chan string)
	ack := make(chan bool)
	go func() {
		for s := range steps {
			fmt.Println("worker got:", s)
			ack <- true
		}
		fmt.Println("worker: channel closed")
		ack <- true
	}()
	for _, s := range []string{"one", "two", "three"} {
		steps <- s
		<-ack
		fmt.Println("main: acknowledged", s)
	}
	close(steps)
	<-ack
}

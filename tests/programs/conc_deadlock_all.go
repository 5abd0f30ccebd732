// Every goroutine blocked, main in a range over a channel that is never closed.
package main

import "fmt"

func produce(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int)
	go produce(ch, 3)
	for v := range ch {
		fmt.Println("got", v)
	}
}

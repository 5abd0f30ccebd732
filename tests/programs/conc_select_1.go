// select: default when nothing is ready, receiving from whichever channel is ready,
// nil channels disable cases.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty, default taken")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("not reached")
	}
	select {
	case ch <- 6:
		fmt.Println("sent 6")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 7:
		fmt.Println("sent 7")
	default:
		fmt.Println("full, default taken")
	}

	a, b := make(chan string), make(chan string)
	go func() { a <- "from a" }()
	go func() { b <- "from b" }()
	var got []string
	for len(got) < 2 {
		select {
		case s := <-a:
			got = append(got, s)
			a = nil
		case s := <-b:
			got = append(got, s)
			b = nil
		}
	}
	if got[0] > got[1] {
		got[0], got[1] = got[1], got[0]
	}
	fmt.Println(got)

	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("never")
	default:
		fmt.Println("nil channel never ready")
	}
	quit := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		quit <- true
	}()
	for {
		select {
		case v := <-data:
			fmt.Println("data", v)
			continue
		case <-quit:
			fmt.Println("quit")
		}
		break
	}
}

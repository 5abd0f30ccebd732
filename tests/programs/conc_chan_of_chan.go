// Request/response over a channel of channels: each request carries its reply channel.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		reply := make(chan int)
		reqs <- request{i, reply}
		fmt.Println(i, "->", <-reply)
	}
	close(reqs)

	// A future: start work now, collect the result later.
	future := func(f func() string) <-chan string {
		c := make(chan string, 1)
		go func() { c <- f() }()
		return c
	}
	a := future(func() string { return "alpha" })
	b := future(func() string { return "beta" })
	fmt.Println(<-b, <-a)
}

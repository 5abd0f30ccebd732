// runtime.Goexit in the main goroutine: main's deferred calls run, main.main does not
// return, and the program goes on with the other goroutines (here a relay through three
// of them, on two workers). When the last one is gone Go dies with
// "fatal error: no goroutines (main called runtime.Goexit) - deadlock!", status 2.
package main

import (
	"fmt"
	"runtime"
)

func relay(id int, in <-chan string, out chan<- string) {
	msg := <-in
	fmt.Println("relay", id, "got:", msg)
	if out != nil {
		out <- msg + fmt.Sprint(" ", id)
	}
}

func main() {
	first := make(chan string)
	in := first
	for id := 1; id <= 3; id++ {
		var out chan string
		if id < 3 {
			out = make(chan string)
		}
		go relay(id, in, out)
		in = out
	}
	defer func() {
		fmt.Println("main's deferred call, recover():", recover())
		first <- "token"
	}()
	runtime.Goexit()
	fmt.Println("main resumed (unexpected)")
}

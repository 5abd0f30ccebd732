// Every select form: receives into map entries, fields and existing variables, sends, default, break and labelled loops, per-case scopes.
package main

import "fmt"

type rec struct {
	v  int
	ok bool
}

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	m := map[string]int{}
	var r rec
	var arr [2]int
	a <- 1
	select {
	case m["x"] = <-a:
		fmt.Println("map", m)
	}
	b <- "hi"
	select {
	case m["x"] = <-a:
		fmt.Println("map", m["x"])
	case s := <-b:
		fmt.Println("got", s)
	}
	a <- 7
	select {
	case r.v, r.ok = <-a:
	}
	fmt.Println(r)
	close(a)
	select {
	case arr[1], r.ok = <-a:
	}
	fmt.Println(arr, r)
	// default
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	case nilc <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("default")
	}
	// break inside select, labelled break/continue
	count := 0
outer:
	for i := 0; i < 10; i++ {
		c := make(chan int, 1)
		c <- i
		select {
		case v := <-c:
			if v == 2 {
				continue outer
			}
			if v == 5 {
				break outer
			}
			if v%2 == 1 {
				break
			}
			count += 10
		}
		count++
	}
	fmt.Println("count", count)
	// scopes per case
	x := 1
	c1 := make(chan int, 1)
	c1 <- 5
	select {
	case x := <-c1:
		x++
		fmt.Println("inner x", x)
	default:
	}
	fmt.Println("outer x", x)
	// assign to existing variable
	var y int
	var ok bool
	c1 <- 9
	select {
	case y, ok = <-c1:
	}
	fmt.Println(y, ok)
	// receive with no assignment
	c1 <- 3
	select {
	case <-c1:
		fmt.Println("discarded")
	}
	// send aggregates in select, then mutate
	cs := make(chan [2]int, 1)
	val := [2]int{1, 2}
	select {
	case cs <- val:
	}
	val[0] = 50
	fmt.Println(<-cs, val)
	// fair choice between two ready channels
	p, q := make(chan int, 1000), make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		p <- i
		q <- i
	}
	np, nq := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-p:
			np++
		case <-q:
			nq++
		}
	}
	fmt.Println(np > 300, nq > 300, np+nq)
	// select in goroutines: ping pong with quit
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Println(<-data)
		}
		quit <- true
	}()
	fib(data, quit)
	// select loop with returns
	fmt.Println(sel(make(chan int)))
	// defer inside a select case
	func() {
		c := make(chan int, 1)
		c <- 1
		select {
		case v := <-c:
			defer fmt.Println("deferred", v)
		}
		fmt.Println("body end")
	}()
	// closure capturing case var
	fs := []func(){}
	cz := make(chan int, 3)
	cz <- 1
	cz <- 2
	cz <- 3
	for i := 0; i < 3; i++ {
		select {
		case v := <-cz:
			fs = append(fs, func() { fmt.Print(v, " ") })
		}
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	// sends to a map-indexed channel and struct field
	chans := map[string]chan int{"a": make(chan int, 1)}
	select {
	case chans["a"] <- 4:
	}
	fmt.Println(<-chans["a"])
	var ii interface{}
	ci := make(chan interface{}, 1)
	ci <- "str"
	select {
	case ii = <-ci:
	}
	fmt.Println(ii)
}

func fib(c chan int, quit chan bool) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func sel(c chan int) string {
	for {
		select {
		case <-c:
			return "recv"
		default:
			return "default"
		}
	}
}

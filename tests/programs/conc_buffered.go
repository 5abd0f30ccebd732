// Buffered channels: FIFO order, len and cap, sends that do not block until full.
package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	ch <- "c"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	ch <- "d"
	ch <- "e"
	ch <- "f"
	fmt.Println(len(ch))
	close(ch)
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)

	sem := make(chan struct{}, 2)
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		sem <- struct{}{}
		go func(n int) {
			results <- n * n
			<-sem
		}(i)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares", sum)
	var unbuf chan int = make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
}

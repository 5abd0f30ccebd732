// Twelve selects drain three buffered channels; whenever several cases are ready, the one
// taken is the scheduler's random choice.
package main

import "fmt"

func main() {
	a, b, c := make(chan int, 4), make(chan int, 4), make(chan int, 4)
	for i := 0; i < 4; i++ {
		a <- i
		b <- i
		c <- i
	}
	for i := 0; i < 12; i++ {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case v := <-b:
			fmt.Println("b", v)
		case v := <-c:
			fmt.Println("c", v)
		}
	}
}

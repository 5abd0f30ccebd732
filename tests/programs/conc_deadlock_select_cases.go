// A select whose channels nobody uses: the deadlock dump names the wait reason "select".
package main

func main() {
	a := make(chan int)
	b := make(chan string)
	select {
	case <-a:
	case b <- "x":
	}
}

package main

func produce(out <-chan int) {
	out <- 1
}

func main() {
	ch := make(chan int, 1)
	produce(ch)
}

// Sending on a nil channel blocks forever: "chan send (nil chan)".
package main

func main() {
	var c chan int
	c <- 1
}

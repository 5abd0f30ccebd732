// Receiving from a nil channel blocks forever.
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("nil channel:", ch == nil)
	fmt.Println(<-ch)
}

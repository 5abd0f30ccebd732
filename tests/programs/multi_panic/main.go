// A panic raised in another file of the program: the trace names that file.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred in main.go")
	fmt.Println(lookup([]string{"a", "b"}, 1))
	fmt.Println(lookup([]string{"a", "b"}, 5))
}

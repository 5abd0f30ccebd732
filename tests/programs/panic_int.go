// panic with an int value.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	panic(42)
}

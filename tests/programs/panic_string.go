// panic with a string value.
package main

import "fmt"

func check(ok bool, msg string) {
	if !ok {
		panic(msg)
	}
}

func main() {
	check(true, "fine")
	fmt.Println("first check passed")
	check(1+1 == 3, "arithmetic is broken")
}

// Slicing a string beyond its length.
package main

import "fmt"

func main() {
	s := "hello"
	n := 10
	fmt.Println(s[:len(s)])
	fmt.Println(s[2:n])
}

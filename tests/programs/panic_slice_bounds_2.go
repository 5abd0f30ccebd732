// Slice bounds: low greater than high.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	lo, hi := 2, 1
	fmt.Println(s[lo:])
	fmt.Println(s[lo:hi])
}

// Slice bounds in a full slice expression: the high bound above the max bound.
package main

import "fmt"

func main() {
	s := make([]byte, 10)
	lo, hi, max := 1, 6, 4
	fmt.Println(len(s[lo:hi:max]))
}

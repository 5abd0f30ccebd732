// goro follows current gc's wording "as T value in" (Go 1.19 prints "as type T in");
// the .err file is edited accordingly.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- "x"
	var s string
	for s = range []int{1, 2} {
	}
	var k int
	for k = range map[string]bool{} {
	}
	fmt.Println(s, k)
}

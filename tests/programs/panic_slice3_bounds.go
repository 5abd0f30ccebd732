// A full slice expression whose max exceeds the capacity.
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	hi := 4
	defer fmt.Println("deferred")
	fmt.Println(s[0:2:hi])
}

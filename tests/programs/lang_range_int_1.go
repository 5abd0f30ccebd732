// Expected output derived from the Go 1.22 spec: `for i := range n` iterates i = 0..n-1
// with i of n's type; `for range n` just repeats n times (Go 1.19 cannot range over ints).
package main

import "fmt"

type Count uint8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 3 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %d\n", i, i)
	}
	total := 0
	for i := range int64(-2) {
		total += int(i)
	}
	fmt.Println(total)
}

// goro's own message: goto is outside goro's subset (gc has no such error).
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println(i)
}

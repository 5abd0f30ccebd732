// goro follows current gc's wording "as T value in" (Go 1.19 prints "as type T in");
// the .err file is edited accordingly.
package main

import (
	"fmt"
	"strconv"
)

func double(n int) int { return n * 2 }

func main() {
	fmt.Println(double("3"))
	fmt.Println(double(2.5))
	fmt.Println(strconv.Itoa(int64(3)))
	var u uint = 4
	fmt.Println(double(u))
}

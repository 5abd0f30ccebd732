package main

import (
	"fmt"
	"os"
	"strings"
)

func f() int {
}

func main() {
	var x int = "s"
	y := 1
	fmt.Println(undefinedName)
	z := "a" + 1
	var b byte = 256
	if 1 {
	}
	break
	f(1)
	q, r := f()
	fmt.Println(1 + true)
}

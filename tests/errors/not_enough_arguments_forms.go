package main

import (
	"fmt"
	"strings"
)

type T struct{}

func (T) Method(a int, s string) {}

func variadic(format string, args ...int) {}

func main() {
	var t T
	t.Method()
	t.Method(1)
	variadic()
	fmt.Println(strings.Repeat("x"))
	f := func(x, y float64) float64 { return x + y }
	fmt.Println(f(1))
}

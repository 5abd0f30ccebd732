package main

import "fmt"

const a = b
const b = a

var x = y
var y = x

var p = f()

func f() int { return p }

func main() {
	fmt.Println(a, b, x, y, p)
}

package main

import "fmt"

var a = b
var b = c
var c = b

var x int = x

var p, q = pair()

func pair() (int, int) { return q, 1 }

func helper() int { return r }

var r = helper()

func main() {
	fmt.Println(a, b, c, x, p, q, r)
}

package main

import "fmt"

const big = 1 << 100

func main() {
	fmt.Println(big)
	var i interface{} = big
	x := big
	y := 1 << 70
	var z = 1e400
	fmt.Println(i, x, y, z)
}

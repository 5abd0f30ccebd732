package main

import "fmt"

const big = 1 << 100

const (
	a int8  = 100
	b       = a * 2
	c uint8 = 255 + 1
	d       = big
)

func main() {
	var n int64 = big
	fmt.Println(b, c, d, n)
	fmt.Println(big)
	const e int32 = 1 << 31
	fmt.Println(e)
	var m uint8 = 255
	m = m + 1000
	fmt.Println(m)
}

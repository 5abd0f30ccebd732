// Untyped constant arithmetic is exact; typed constants; math limits.
package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 200
	Small = Big >> 198
	Ratio = 2.0 / 3.0
	Exact = 0.1 + 0.2
)

func main() {
	fmt.Println(Small, Big/(Big>>3))
	fmt.Println(Ratio, Exact, Exact == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	const c = 'a' * 2
	fmt.Println(c)
	const h = 1e3
	var n int = h
	fmt.Println(n)
	const s = len("hello")
	var arr [s]int
	fmt.Println(len(arr))
	fmt.Println(5/2, 5.0/2, 5/2.0, -5/2, -5%3)
	const maxU8 uint8 = 255
	fmt.Println(maxU8, maxU8/2)
	fmt.Println(math.Pi*2, float32(math.Pi))
	const shift = 3
	fmt.Println(1<<shift, 1024>>shift, uint8(1)<<7)
}

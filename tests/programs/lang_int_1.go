// Signed integer types wrap around on overflow (two's complement).
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	a = -128
	a--
	fmt.Println(a)
	var b int16 = 32767
	b += 2
	fmt.Println(b)
	var c int32 = 2147483647
	c++
	fmt.Println(c)
	var d int64 = 9223372036854775807
	d++
	fmt.Println(d)
	var e int = -9223372036854775808
	e--
	fmt.Println(e)

	var m int8 = 100
	fmt.Println(m*2, m*3)
	var x int32 = 1 << 30
	fmt.Println(x*4, x*2)

	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	var mn int8 = -128
	fmt.Println(mn/-1, -mn)

	fmt.Println(1<<62, -1<<63)
	var s int64 = -16
	fmt.Println(s>>2, s>>63, s<<60)
	fmt.Println(^0, ^5, 6&^3, 6&3, 6|3, 6^3)
	var i8 int8 = -1
	fmt.Println(uint8(i8), uint16(i8), uint32(i8), uint64(i8))
	fmt.Println(int8(200+0*int(i8)), int16(70000+0*int(i8)))
}

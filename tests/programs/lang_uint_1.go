// Unsigned integer types wrap modulo 2^n; shifts and bit operations.
package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b uint16 = 0
	b--
	fmt.Println(b)
	var c uint32 = 0
	c -= 1
	fmt.Println(c)
	var d uint64 = 0
	d--
	fmt.Println(d)
	var e uint = 1 << 63
	fmt.Println(e, e*2, e+e-1)

	var f uint8 = 200
	fmt.Println(f+100, f*2, f/3, f%7)
	var g byte = 'A'
	fmt.Println(g, g+1, string(rune(g+2)))

	var h uint32 = 0xdeadbeef
	fmt.Println(h>>16, h<<8, h&0xff, h|1, h^h)
	fmt.Printf("%x %X %o %b\n", h, h, uint8(8), uint8(5))
	var sh uint = 70
	var one uint64 = 1
	fmt.Println(one<<sh, one<<63>>sh)
	var k uint8 = 1
	fmt.Println(k<<7, k<<8, k<<9)
	var u uintptr = 4096
	fmt.Println(u + 1)
	x := uint64(12345678901234567890)
	fmt.Println(x, x/7, x%7)
	fmt.Println(^uint8(0), ^uint16(0), ^uint32(0))
}

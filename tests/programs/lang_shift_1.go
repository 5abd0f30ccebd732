// Shifts: counts at and beyond the operand width, signed (arithmetic) right shifts,
// unsigned shift counts of every type, and untyped constant shift operands.
package main

import "fmt"

func main() {
	for _, n := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200} {
		var a int8 = -1
		var b uint8 = 0xff
		var c int32 = -8
		var d uint32 = 1
		var e int64 = -1
		var f uint64 = 1
		fmt.Println(n, a<<n, a>>n, b<<n, b>>n, c<<n, c>>n, d<<n, d>>n, e<<n, e>>n, f<<n, f>>n)
	}

	// Shift counts of any integer type (non-negative at run time).
	var s8 uint8 = 3
	var s16 int16 = 4
	var s64 int64 = 70
	x := 1
	fmt.Println(x<<s8, x<<s16, x<<s64, -16>>s8, uint64(1)<<s8)

	// A non-constant shift of an untyped constant takes the type of the context.
	var k uint = 10
	var i64 int64 = 1 << k
	var u8 uint8 = 1 << (k - 3)
	f := float64(int(1) << k)
	fmt.Println(i64, u8, f)

	// Constant shifts are exact, then converted.
	const big = 1 << 100
	fmt.Println(big>>98, uint64(big>>40), big/(1<<99))

	// Rotate by hand with masks.
	rot := func(v uint32, r uint) uint32 { return v<<(r&31) | v>>((32-r)&31) }
	fmt.Printf("%08x %08x %08x\n", rot(0x80000001, 1), rot(0x12345678, 8), rot(0x12345678, 32))

	// Shifted sign bits.
	var m int32 = -2147483648
	fmt.Println(m>>31, m>>1, uint32(m)>>31, m<<1)
}

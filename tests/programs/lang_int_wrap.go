// Integer wrap-around at every width, and conversions between signed and unsigned types.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	i8++
	i16++
	i32++
	i64++
	fmt.Println(i8, i16, i32, i64)
	i8--
	i16--
	i32--
	i64--
	fmt.Println(i8, i16, i32, i64)

	var u8 uint8 = 0
	var u16 uint16 = 0
	var u32 uint32 = 0
	var u64 uint64 = 0
	var u uint = 0
	var up uintptr = 0
	u8--
	u16--
	u32--
	u64--
	u--
	up--
	fmt.Println(u8, u16, u32, u64, u, up)
	u8 += 2
	u16 += 2
	u32 += 2
	u64 += 2
	fmt.Println(u8, u16, u32, u64)

	// Multiplication wraps too.
	var m8 int8 = 100
	var m16 int16 = 300
	var m32 int32 = 70000
	var m64 int64 = 1 << 40
	fmt.Println(m8*3, m16*300, m32*70000, m64*m64, m64*(1<<23))
	var b byte = 200
	fmt.Println(b*2, b+b, -b, ^b)

	// Negation of the minimum value is itself.
	var min8 int8 = -128
	var min64 int64 = -9223372036854775808
	fmt.Println(-min8, -min64, min8/-1, min64/-1, min8%-1, min64%-1)

	// Conversions keep the low bits and reinterpret the sign.
	big := int64(0x1234_5678_9abc_def0)
	fmt.Println(int8(big), int16(big), int32(big), uint8(big), uint16(big), uint32(big))
	neg := int64(-1)
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg), uintptr(neg))
	n8 := int8(-56)
	fmt.Println(uint8(n8), uint16(n8), uint32(n8), uint64(n8), int64(n8))
	x8 := uint8(200)
	fmt.Println(int8(x8), int16(x8), int32(int8(x8)), int64(x8))
	x32 := uint32(0xfffffff0)
	fmt.Println(int32(x32), int64(x32), int64(int32(x32)), int(x32))

	// Division truncates toward zero; the remainder takes the dividend's sign.
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Print(p[0]/p[1], " ", p[0]%p[1], "; ")
	}
	fmt.Println()
	var d8 int8 = -7
	var e8 int8 = 2
	fmt.Println(d8/e8, d8%e8, uint8(d8)/uint8(e8), uint8(d8)%uint8(e8))

	// Compound assignments operate at the variable's width.
	var acc uint16 = 1
	for i := 0; i < 20; i++ {
		acc *= 3
	}
	fmt.Println(acc)
	var sacc int16 = 1
	for i := 0; i < 20; i++ {
		sacc = sacc*5 + 1
	}
	fmt.Println(sacc)

	// Hex and binary printing of wrapped values.
	fmt.Printf("%x %x %b %o\n", u8, uint16(i16), int8(-1), uint8(255))
	fmt.Printf("%d %x %X\n", int8(-128), int8(-128), uint64(1<<63))
}

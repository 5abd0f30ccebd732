// Bit manipulation by hand and with math/bits.
package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	for _, x := range []uint64{0, 1, 255, 1 << 63, 0xdeadbeef} {
		fmt.Println(x, popcount(x), bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x))
	}
	fmt.Printf("%08b %08b\n", reverse8(0b00010110), bits.Reverse8(0b00010110))
	fmt.Println(bits.RotateLeft32(1, -1), bits.RotateLeft8(0x81, 1))
	var flags uint16
	flags |= 1 << 3
	flags |= 1 << 10
	fmt.Printf("%016b %v %v\n", flags, flags&(1<<3) != 0, flags&(1<<4) != 0)
	flags &^= 1 << 3
	fmt.Printf("%016b\n", flags)
	x := int32(-8)
	fmt.Println(x>>1, uint32(x)>>1, x<<28)
	isPow2 := func(n uint) bool { return n != 0 && n&(n-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96), isPow2(1))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
}

// Untyped constants are exact: integers far beyond 64 bits, rationals that stay exact
// through division, and results converted only when they meet a typed context.
package main

import (
	"fmt"
	"math"
)

const (
	Huge    = 1 << 300
	Bigger  = Huge << 200
	Back    = Bigger >> 499
	Third   = 1.0 / 3
	One     = Third * 3
	Tiny    = 1e-300 * 1e-300
	Scaled  = Tiny * 1e600
	MaxU64  = 1<<64 - 1
	MinI64  = -1 << 63
	Mixed   = 'a' + 1.5
	Quot    = 7 / 2
	FQuot   = 7 / 2.0
	Ratio   = 10.0 / 4 * 4
	BigFrac = (1<<100 + 1) / 3.0 * 3
)

func main() {
	fmt.Println(Back, Huge>>298, Bigger/Huge>>190)
	fmt.Println(One == 1, Third)
	fmt.Println(Scaled, Tiny*0 == 0)
	fmt.Println(uint64(MaxU64), int64(MinI64), MaxU64%1000)
	fmt.Println(Mixed, Quot, FQuot, Ratio)
	fmt.Println(BigFrac == 1<<100+1, BigFrac-(1<<100))
	fmt.Printf("%T %T %T %T\n", Quot, FQuot, Mixed, 'a'+1)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.Pi, float32(math.Pi), math.Pi*1e100/1e100 == math.Pi)
	// Typed constant arithmetic happens at the type.
	const t8 int8 = 100
	const u8 uint8 = 255
	fmt.Println(t8/3, u8/2, u8&0x0f, ^u8, -t8)
	// Huge intermediate values are fine if the result fits.
	const r = (1<<200 + 5) % 1000
	fmt.Println(r, (Huge+1)%7, Huge/(Huge>>10))
	// Character and string constants.
	const s = "con" + "cat"
	const ch = 'z' - 'a'
	fmt.Println(s, len(s), ch, string(rune('a'+ch)))
	// Constant comparisons and boolean constants.
	const yes = Huge > MaxU64
	fmt.Println(yes, 1.0 == 1, Third < 0.34)
	// Float constants round only when converted.
	const precise = 0.1 + 0.2
	x := 0.1
	fmt.Println(precise == 0.3, x+0.2 == 0.3, precise)
	fmt.Println(1e309/1e300, -1e-400*1e400)
}

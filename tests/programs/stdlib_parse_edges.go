// Edge cases of strconv.Unquote/QuotedPrefix/UnquoteChar, time.ParseDuration, math/bits
// and the math functions Frexp, Ldexp, Logb, Ilogb, Dim, Nextafter.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"time"
)

func main() {
	for _, s := range []string{`""`, `''`, `'a'`, `'ab'`, `"\xff"`, "\"\xff\"", `"\u00e9\U0001F600"`, "`a\rb`", "`a`b`", `'\''`, `"\'"`, `'\"'`, `"\377"`, `"\400"`, `"a`, `x`, `"a"b`, `'☺'`, `"\q"`, `'\x41'`, "\"a\nb\"", `"\ud800"`, `'\u263a'`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %q %v\n", s, v, err)
		p, err := strconv.QuotedPrefix(s + "rest")
		fmt.Printf("  %q %v\n", p, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263ax`, '"')
	fmt.Println(v, mb, tail, err)
	for _, s := range []string{"", "0", "-0", "+5s", "1.5h", ".5m", "1.s", ".", "-.", "5", "3x", "1h2m3s4ms5us6µs7ns", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h", "1.0000000000000000000000001s", "0.000000001s", "1e3s", "1 s", "\x01s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	for _, x := range []uint64{0, 1, 3, 1 << 40, math.MaxUint64} {
		fmt.Println(bits.LeadingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)), bits.Len8(uint8(x)), bits.Reverse16(uint16(x)), bits.ReverseBytes32(uint32(x)), bits.RotateLeft64(x, -3), bits.OnesCount(uint(x)))
		s, c := bits.Add64(x, math.MaxUint64-1, 1)
		d, b := bits.Sub64(x, 5, 1)
		q, r := bits.Div64(1, x|2, math.MaxUint64)
		fmt.Println(s, c, d, b, q, r, bits.Rem64(x, 7, 3))
	}
	fmt.Println(math.Logb(8), math.Ilogb(0.1), math.Dim(3, 5), math.Nextafter(1, 2))
	f, e := math.Frexp(math.Inf(-1))
	fmt.Println(f, e, math.Ldexp(1, 2000), math.Ldexp(1, -1075), math.Ldexp(3, -1074))
	defer func() { fmt.Println(recover()) }()
	bits.Div64(5, 0, 3)
}

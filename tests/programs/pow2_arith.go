// Powers of two in integer arithmetic: `x % 2^k == 0` and `x & c == 0` in conditions
// (one low-bits test-and-branch), `x / 2^k` (an arithmetic shift biased toward zero)
// and constants on the left of + and *, on negative operands, math.MinInt64 and
// every power-of-two modulus up to 2^17 of both signs. Expected output from Go 1.19.
package main

import (
	"fmt"
	"math"
)

var values = []int64{0, 1, -1, 2, -2, 3, -3, 6, -6, 12, -12, 96, -96, 1000, -1000, 4096, -4096, 65536, -65536, 131072, -131072, 196608, -196608, 1<<40 + 8, -(1<<40 + 8), math.MaxInt64, math.MinInt64, math.MinInt64 + 1, math.MinInt64 + 65536}

// zeroRemainders marks, for each modulus, whether x % m == 0 (as "0") or not ("."),
// once through each branch sense.
func zeroRemainders(x int64) string {
	s := ""
	if x%1 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%1 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-1 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-1 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%2 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%2 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-2 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-2 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%4 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%4 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-4 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-4 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%8 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%8 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-8 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-8 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%16 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%16 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-16 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-16 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%32 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%32 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-32 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-32 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%64 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%64 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-64 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-64 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%128 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%128 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-128 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-128 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%256 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%256 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-256 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-256 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%512 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%512 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-512 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-512 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%1024 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%1024 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-1024 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-1024 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%2048 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%2048 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-2048 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-2048 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%4096 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%4096 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-4096 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-4096 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%8192 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%8192 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-8192 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-8192 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%16384 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%16384 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-16384 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-16384 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%32768 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%32768 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-32768 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-32768 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%65536 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%65536 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-65536 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-65536 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%131072 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%131072 != 0 {
		s += "."
	} else {
		s += "0"
	}
	if x%-131072 == 0 {
		s += "0"
	} else {
		s += "."
	}
	if x%-131072 != 0 {
		s += "."
	} else {
		s += "0"
	}
	return s
}

func quotients(x int64) []int64 {
	return []int64{x / 2, x / 16, x / 128, x / 1024, x / 8192, x / 65536, x / 524288, x / 4194304, x / 33554432, x / 268435456, x / 2147483648, x / 17179869184, x / 137438953472, x / 1099511627776, x / 8796093022208, x / 70368744177664, x / 562949953421312, x / 4503599627370496, x / 36028797018963968, x / 288230376151711744, x / 2305843009213693952, x / (1 << 62)}
}

func lowBits(u uint64, b int8, c uint8) string {
	s := ""
	if u%65536 == 0 {
		s += "t"
	} else {
		s += "f"
	}
	if u%2 != 0 {
		s += "t"
	} else {
		s += "f"
	}
	if u&0xFFFF == 0 {
		s += "t"
	} else {
		s += "f"
	}
	if u&1 == 0 {
		s += "t"
	} else {
		s += "f"
	}
	if u%(1<<16) != 0 {
		s += "t"
	} else {
		s += "f"
	}
	if b%64 == 0 {
		s += "t"
	} else {
		s += "f"
	}
	if b%-128 == 0 {
		s += "t"
	} else {
		s += "f"
	}
	if b&1 != 0 {
		s += "t"
	} else {
		s += "f"
	}
	if c%128 == 0 {
		s += "t"
	} else {
		s += "f"
	}
	if c&0x80 == 0 {
		s += "t"
	} else {
		s += "f"
	}
	if !(c%4 == 0) {
		s += "t"
	} else {
		s += "f"
	}
	if (b%2 == 0) == (c%2 == 0) {
		s += "t"
	} else {
		s += "f"
	}
	return s
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	for _, x := range values {
		fmt.Println(x, zeroRemainders(x), quotients(x))
		fmt.Println("  ", 3*x+1, -5*x, 7+x, 100*x/4, lowBits(uint64(x), int8(x), uint8(x)), int8(x)/4, int8(3*int8(x)))
	}
	fmt.Println(collatz(27), collatz(97), collatz(871))
}

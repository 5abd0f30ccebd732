// Arbitrary-precision arithmetic on digit slices: factorials and Fibonacci numbers.
package main

import (
	"fmt"
	"strings"
)

type Big []uint32 // little-endian base 1e9 limbs

const base = 1000000000

func fromInt(n uint32) Big { return Big{n} }

func (a Big) Add(b Big) Big {
	var out Big
	var carry uint64
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		sum := carry
		if i < len(a) {
			sum += uint64(a[i])
		}
		if i < len(b) {
			sum += uint64(b[i])
		}
		out = append(out, uint32(sum%base))
		carry = sum / base
	}
	return out
}

func (a Big) MulSmall(m uint32) Big {
	var out Big
	var carry uint64
	for _, limb := range a {
		p := uint64(limb)*uint64(m) + carry
		out = append(out, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		out = append(out, uint32(carry%base))
		carry /= base
	}
	return out
}

func (a Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		sb.WriteString(fmt.Sprintf("%09d", a[i]))
	}
	return sb.String()
}

func main() {
	f := fromInt(1)
	for i := uint32(2); i <= 50; i++ {
		f = f.MulSmall(i)
	}
	fmt.Println("50! =", f)
	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)
	p := fromInt(1)
	for i := 0; i < 128; i++ {
		p = p.MulSmall(2)
	}
	fmt.Println("2^128 =", p)
}

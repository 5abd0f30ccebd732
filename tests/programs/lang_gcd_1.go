// Number theory: gcd, lcm, modular exponentiation, primality, factorisation, perfect numbers.
package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func powMod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func factors(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), lcm(4, 6), lcm(21, 6))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)
	fmt.Println(powMod(2, 10, 1000), powMod(3, 200, 1000000007), powMod(7, 0, 13))
	for _, n := range []int{2, 12, 97, 360, 1001, 65536, 999983, 1234567890} {
		fmt.Println(n, factors(n))
	}
	var perfect []int
	for n := 2; n < 10000; n++ {
		sum := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				sum += d
				if d*d != n {
					sum += n / d
				}
			}
		}
		if sum == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect:", perfect)
}

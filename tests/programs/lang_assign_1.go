// Multiple assignment and swaps: the right side is evaluated before any assignment.
package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99 // index evaluated before assignment
	fmt.Println(i, s)
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)

	n, name := pair()
	fmt.Println(n, name)
	_, name2 := pair()
	fmt.Println(name2)

	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	fmt.Println(m)
	var p struct{ X, Y int }
	p.X, p.Y = 3, 4
	p.X, p.Y = p.Y, p.X
	fmt.Println(p)

	fib := [10]int{}
	fib[0], fib[1] = 0, 1
	for k := 2; k < len(fib); k++ {
		fib[k] = fib[k-1] + fib[k-2]
	}
	fmt.Println(fib)
	j, k := 0, 1
	for t := 0; t < 10; t++ {
		j, k = k, j+k
	}
	fmt.Println(j, k)
	v := 5
	v += 3
	v -= 1
	v *= 4
	v /= 3
	v %= 5
	v <<= 4
	v >>= 1
	v |= 1
	v &= 0xd
	v ^= 0xff
	fmt.Println(v)
}

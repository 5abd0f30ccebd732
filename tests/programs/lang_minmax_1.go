// Expected output derived from the Go 1.21 spec: the min and max builtins (any number of
// ordered operands, constant when all operands are) and clear for maps and slices.
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1.5, 2))
	a, b := 7, 9
	fmt.Println(min(a, b), max(a, b, 8))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	const c = max(1, 2.5)
	fmt.Println(c)
	var f float64 = min(2, 3)
	fmt.Println(f)

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(s), s)
	clear(s[1:])
	fmt.Println(s)
}

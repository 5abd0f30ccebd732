// Expected output derived from the Go 1.21 spec: clear(m) deletes every entry of a map
// (even NaN keys); clear(s) zeroes a slice's elements without changing its length.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(alias)

	f := map[float64]bool{math.NaN(): true, math.NaN(): false, 1: true}
	fmt.Println(len(f))
	clear(f)
	fmt.Println(len(f))

	var nilMap map[int]int
	clear(nilMap)
	fmt.Println(nilMap == nil)

	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	type P struct {
		N int
		S []int
	}
	ps := []P{{1, []int{1}}, {2, nil}}
	clear(ps)
	fmt.Println(ps, ps[0].S == nil)
	var nilSlice []int
	clear(nilSlice)
	fmt.Println(nilSlice == nil)
}

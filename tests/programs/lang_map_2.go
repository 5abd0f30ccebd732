// Map keys of struct, array, pointer and interface type; maps share their storage.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func addAll(m map[string]int) {
	m["added"] = 1
}

func main() {
	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Point{3, 4}] = "b"
	fmt.Println(grid[Point{1, 2}], grid[Point{9, 9}] == "", len(grid))
	fmt.Println(grid)

	arr := map[[2]int]int{{1, 2}: 3}
	arr[[2]int{1, 2}] += 10
	fmt.Println(arr)

	var ik = map[interface{}]string{1: "int", "1": "string", 1.5: "float", true: "bool"}
	fmt.Println(ik[1], ik["1"], ik[1.5], ik[true], len(ik))

	a, b := new(int), new(int)
	pm := map[*int]string{a: "a", b: "b"}
	fmt.Println(pm[a], pm[b], len(pm))

	m := map[string]int{}
	m2 := m
	addAll(m2)
	fmt.Println(m, len(m))

	// Deleting during range is allowed.
	big := map[int]bool{}
	for i := 0; i < 100; i++ {
		big[i] = i%3 == 0
	}
	for k, v := range big {
		if !v {
			delete(big, k)
		}
	}
	fmt.Println(len(big))
	var ks []int
	for k := range big {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	fmt.Println(ks[:5], ks[len(ks)-1])

	type key struct {
		name string
		id   int
	}
	seen := map[key]int{}
	for _, n := range []string{"x", "y", "x", "x"} {
		seen[key{n, len(n)}]++
	}
	fmt.Println(seen[key{"x", 1}], seen[key{"y", 1}], seen)
}

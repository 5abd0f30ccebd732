// Maps: nil-map reads, delete during iteration, comma-ok on every value kind, len,
// clear, maps as reference values, and element zero values.
package main

import (
	"fmt"
	"sort"
)

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func addOne(m map[string]int) { m["added"] = 1 }

func main() {
	var nilMap map[string][]int
	fmt.Println(nilMap["x"] == nil, len(nilMap))
	v, ok := nilMap["x"]
	fmt.Println(v, ok)

	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	// Deleting entries during iteration is allowed; deleted entries are not visited later.
	for k := range m {
		if m[k]%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(sortedKeys(m), len(m))

	addOne(m)
	fmt.Println(m["added"], len(m))
	alias := m
	alias["z"] = 26
	fmt.Println(m["z"])

	// Zero values for missing keys of every kind.
	ms := map[int]string{}
	mb := map[int]bool{}
	mf := map[int]float64{}
	mp := map[int]*int{}
	mst := map[int]struct{ A, B int }{}
	fmt.Printf("%q %v %v %v %v\n", ms[1], mb[1], mf[1], mp[1], mst[1])
	_, ok1 := mb[1]
	mb[1] = false
	_, ok2 := mb[1]
	fmt.Println(ok1, ok2, len(mb))

	// Map of slices and map of maps.
	graph := map[string][]string{}
	graph["a"] = append(graph["a"], "b", "c")
	graph["b"] = append(graph["b"], "c")
	fmt.Println(graph, len(graph["zz"]))
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"]++
	nested["x"]["y"]++
	fmt.Println(nested)

	// Compound assignment and increment on map elements.
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	words := map[string]string{}
	words["k"] += "ab"
	words["k"] += "cd"
	fmt.Println(words)

	// Struct values in maps are copies: modify and store back.
	type acct struct{ bal int }
	accts := map[string]acct{"x": {10}}
	a := accts["x"]
	a.bal += 5
	fmt.Println(accts["x"].bal)
	accts["x"] = a
	fmt.Println(accts["x"].bal)

	// Large maps survive growth and deletion.
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i)
	}
	sum := 0
	for k, v := range big {
		if v != k*k {
			fmt.Println("bad", k)
		}
		sum += k
	}
	fmt.Println(len(big), sum, big[9999], big[10])

	// Map printing sorts keys of every ordered kind.
	fmt.Println(map[float64]string{2.5: "b", -1: "a", 10: "c"}, map[bool]int{true: 1, false: 0})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
}

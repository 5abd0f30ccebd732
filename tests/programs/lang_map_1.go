// Maps: literals, insertion, comma-ok lookup, delete, len, zero values, printing (sorted by fmt).
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages)
	v, ok := ages["dave"]
	fmt.Println(v, ok)
	v, ok = ages["alice"]
	fmt.Println(v, ok)
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages)

	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"], nilMap)

	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	keys := make([]string, 0, len(counts))
	for r := range counts {
		keys = append(keys, string(r))
	}
	sort.Strings(keys)
	fmt.Println(keys)

	m := map[int][]string{}
	m[1] = append(m[1], "a")
	m[1] = append(m[1], "b")
	m[2] = append(m[2], "c")
	fmt.Println(m, len(m[3]))

	nested := map[string]map[string]bool{"x": {"y": true}}
	nested["z"] = map[string]bool{}
	nested["z"]["w"] = false
	fmt.Println(nested)
	fmt.Printf("%v %d\n", map[bool]int{true: 1, false: 0}, map[string]int{"b": 2, "a": 1})

	sum := 0
	for _, v := range map[string]int{"a": 1, "b": 2, "c": 3} {
		sum += v
	}
	fmt.Println(sum)
}

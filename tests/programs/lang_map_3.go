// Maps of structs (copy, modify, store back), maps as sets, grouping, and map equality by hand.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stats struct {
	Count int
	Total float64
}

func main() {
	stats := map[string]Stats{}
	data := []struct {
		key string
		val float64
	}{{"a", 1.5}, {"b", 2}, {"a", 3}, {"c", 4}, {"b", 0.5}}
	for _, d := range data {
		s := stats[d.key]
		s.Count++
		s.Total += d.val
		stats[d.key] = s
	}
	fmt.Println(stats)

	ptrs := map[string]*Stats{}
	for _, d := range data {
		if ptrs[d.key] == nil {
			ptrs[d.key] = &Stats{}
		}
		ptrs[d.key].Count++
	}
	fmt.Println(ptrs["a"].Count, ptrs["b"].Count, ptrs["c"].Count)

	set := map[string]struct{}{}
	for _, w := range strings.Fields("to be or not to be") {
		set[w] = struct{}{}
	}
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Println(words, len(set))
	_, has := set["or"]
	fmt.Println(has)

	byLen := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "yes"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)

	a := map[string]int{"x": 1, "y": 2}
	b := map[string]int{"y": 2, "x": 1}
	equal := len(a) == len(b)
	for k, v := range a {
		if bv, ok := b[k]; !ok || bv != v {
			equal = false
		}
	}
	fmt.Println(equal)
	inverse := map[int]string{}
	for k, v := range a {
		inverse[v] = k
	}
	fmt.Println(inverse)
}

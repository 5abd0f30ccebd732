// Range forms over maps (sorted for printing), strings by byte index, channels, and with
// blank identifiers; modifying a map while ranging over its sorted keys.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"c": 3, "a": 1, "b": 2}
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		m[k+k] = m[k] * 10
	}
	fmt.Println(len(m), m)
	s := "añb"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	sum := 0
	for _, v := range [...]int{1, 2, 3} {
		sum += v
	}
	fmt.Println(sum)
	var p *[4]int = &[4]int{5, 6, 7, 8}
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(*p)
	nested := [][]string{{"a", "b"}, {"c"}}
	for i, row := range nested {
		for j := range row {
			nested[i][j] += "!"
		}
	}
	fmt.Println(nested)
	count := 0
	for i := 10; i > 0; i /= 2 {
		count++
	}
	fmt.Println(count)
	x := 0
	for x < 100 {
		x = x*2 + 1
	}
	fmt.Println(x)
}

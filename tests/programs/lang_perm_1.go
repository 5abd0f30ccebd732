// Combinatorics: permutations (Heap's algorithm), combinations, subsets via bit masks.
package main

import "fmt"

func permutations(a []int) [][]int {
	var out [][]int
	var gen func(k int)
	gen = func(k int) {
		if k == 1 {
			out = append(out, append([]int(nil), a...))
			return
		}
		gen(k - 1)
		for i := 0; i < k-1; i++ {
			if k%2 == 0 {
				a[i], a[k-1] = a[k-1], a[i]
			} else {
				a[0], a[k-1] = a[k-1], a[0]
			}
			gen(k - 1)
		}
	}
	gen(len(a))
	return out
}

func combinations(n, k int) [][]int {
	var out [][]int
	var cur []int
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := start; i <= n; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(1)
	return out
}

func main() {
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5, 6})))
	fmt.Println(combinations(5, 3))
	items := []string{"a", "b", "c"}
	for mask := 0; mask < 1<<len(items); mask++ {
		var sub []string
		for i := range items {
			if mask&(1<<i) != 0 {
				sub = append(sub, items[i])
			}
		}
		fmt.Print(sub, " ")
	}
	fmt.Println()
}

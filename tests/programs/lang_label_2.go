// Labelled break and continue across nested range loops over maps, slices, strings and
// channels, and out of switch and select inside loops.
package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[string][]int{
		"a": {1, 2, -1, 3},
		"b": {4, 5},
		"c": {-1},
		"d": {6, 7, 8},
	}
	sums := map[string]int{}
outer:
	for name, vals := range groups {
		for _, v := range vals {
			if v < 0 {
				continue outer
			}
			sums[name] += v
		}
		sums[name] *= 10
	}
	keys := make([]string, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", sums[k], " ")
	}
	fmt.Println()

	// break out of a range over a map stops the whole iteration.
	count := 0
search:
	for range groups {
		for range groups {
			count++
			if count == 5 {
				break search
			}
		}
	}
	fmt.Println("count", count)

	// continue a labelled loop from inside a switch and a string range.
	words := []string{"apple", "sky", "tree", "rhythm"}
	var noVowel []string
word:
	for _, w := range words {
		for _, r := range w {
			switch r {
			case 'a', 'e', 'i', 'o', 'u':
				continue word
			}
		}
		noVowel = append(noVowel, w)
	}
	fmt.Println(noVowel)

	// break a loop from inside select.
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	total := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 6 {
				break loop
			}
			total += v
		}
	}
	fmt.Println("total", total, len(ch))

	// Labelled continue over a channel range.
	ch2 := make(chan []int, 3)
	ch2 <- []int{1, 2}
	ch2 <- []int{0, 9}
	ch2 <- []int{3}
	close(ch2)
	prod := 1
rows:
	for row := range ch2 {
		for _, v := range row {
			if v == 0 {
				continue rows
			}
			prod *= v
		}
	}
	fmt.Println("prod", prod)

	// A label on a block-less loop nested three deep.
	found := [][2]int{}
L1:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			for k := 0; k < 4; k++ {
				if i+j+k == 6 {
					found = append(found, [2]int{i, j})
					continue L1
				}
				if k > i {
					break
				}
			}
		}
	}
	fmt.Println(found)
}

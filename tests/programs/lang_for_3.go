// Range details: the range expression is evaluated once, index-only forms, ranges that
// assign to existing variables, range over a channel until close, and loop scoping.
package main

import "fmt"

func source() []int {
	fmt.Println("source evaluated")
	return []int{10, 20, 30}
}

func main() {
	for i, v := range source() {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	// Appending during range does not extend the iteration.
	s := []int{1, 2, 3}
	for _, v := range s {
		s = append(s, v*10)
	}
	fmt.Println(s)
	// Changing elements during range is visible (slices are not copied).
	t := []int{1, 2, 3}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += v
		}
	}
	fmt.Println(t)

	// Assignment to existing variables; they keep the last values.
	var i, v int
	for i, v = range []int{5, 6, 7} {
	}
	fmt.Println(i, v)
	var idx int
	for idx = range "héllo" {
	}
	fmt.Println(idx)
	var key string
	for key = range map[string]bool{"only": true} {
	}
	fmt.Println(key)

	// Range over channel until closed.
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	for w := range ch {
		fmt.Print(w)
	}
	fmt.Println()

	// Range over a nil slice, an empty string, a nil map: no iterations.
	var ns []int
	var nm map[int]int
	n := 0
	for range ns {
		n++
	}
	for range "" {
		n++
	}
	for range nm {
		n++
	}
	fmt.Println("iterations", n)

	// Three-clause loops with several variables and no condition.
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	j := 0
	for ; ; j++ {
		if j*j > 50 {
			break
		}
	}
	fmt.Println(j)
	// Shadowing the loop variable inside the body.
	for k := 0; k < 2; k++ {
		k := k * 100
		fmt.Print(k, " ")
	}
	fmt.Println()
	// Range over an array value vs its pointer, index only.
	arr := [3]string{"x", "y", "z"}
	for i := range arr {
		arr[i] += "!"
	}
	fmt.Println(arr)
	// Range over a string yields byte offsets of runes.
	for off, r := range "aé中😀" {
		fmt.Print(off, ":", string(r), " ")
	}
	fmt.Println()
}

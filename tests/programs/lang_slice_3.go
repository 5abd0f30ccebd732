// Slice idioms: delete, insert, reverse, filter in place, stack and queue.
package main

import "fmt"

func remove(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func reverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func filterEven(s []int) []int {
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 1, 100)
	fmt.Println(s, len(s), cap(s))
	words := []string{"a", "b", "c", "d"}
	reverse(words)
	fmt.Println(words)
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := filterEven(nums)
	fmt.Println(evens, nums)

	var stack []string
	stack = append(stack, "x", "y", "z")
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	queue := []int{1, 2, 3}
	for len(queue) > 0 {
		head := queue[0]
		queue = queue[1:]
		if head < 3 {
			queue = append(queue, head*10)
		}
		fmt.Print(head, " ")
	}
	fmt.Println()
	full := s[:]
	fmt.Println(len(full[2:]), len(s[:0]), s[len(s):])
	var m [][]int
	m = append(m, []int{1}, nil, []int{})
	fmt.Println(m, len(m), m[1] == nil, m[2] == nil)
}

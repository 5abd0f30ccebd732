// Recursion: mutual recursion, deep recursion, recursive closures and data structures.
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func walk(t *Tree, visit func(int)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t.Val)
	walk(t.Right, visit)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7, 2, 6} {
		root = insert(root, v)
	}
	walk(root, func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(depth(100000))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("hanoi moves", moves)
	var perms func(prefix string, rest string)
	perms = func(prefix, rest string) {
		if rest == "" {
			fmt.Print(prefix, " ")
			return
		}
		for i := range rest {
			perms(prefix+rest[i:i+1], rest[:i]+rest[i+1:])
		}
	}
	perms("", "abc")
	fmt.Println()
}

// goro follows current gc's wording "as T value in" (Go 1.19 prints "as type T in");
// the .err file is edited accordingly.
package main

import "fmt"

func sum(nums ...int) int { return 0 }

func pair(a int, b ...string) {}

func main() {
	s := []string{"a"}
	fmt.Println(sum(s...))
	fmt.Println(sum(1, []int{2}...))
	pair(1, "a", s...)
	n := 3
	fmt.Println(sum(n...))
	fmt.Println(len(s...))
}

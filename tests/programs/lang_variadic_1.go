// Variadic functions: no arguments, several, a spread slice (shared, not copied), ...interface{}.
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func isNil(nums ...int) bool { return nums == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	zeroFirst(s...)
	fmt.Println(s)
	zeroFirst(7, 8)
	fmt.Println(isNil(), isNil(s...), isNil([]int{}...))
	fmt.Println(describe("none:"))
	fmt.Println(describe("mixed:", 1, "a", nil, 2.5))
	args := []interface{}{"x", 3}
	fmt.Println(describe("spread:", args...))
	fmt.Println(args...)
	fmt.Printf("%d-%d\n", []interface{}{1, 2}...)
	f := func(sep string, parts ...string) string {
		out := ""
		for i, p := range parts {
			if i > 0 {
				out += sep
			}
			out += p
		}
		return out
	}
	fmt.Println(f("/", "usr", "local", "bin"))
	fmt.Printf("%T\n", f)
}

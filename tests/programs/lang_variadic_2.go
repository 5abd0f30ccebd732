// Variadic parameters: no arguments gives a nil slice, f(nil...) passes nil, f(s...)
// shares s's array; ...interface{} wraps each argument, including nil.
package main

import "fmt"

func info(xs ...int) string {
	return fmt.Sprintf("len=%d nil=%v %v", len(xs), xs == nil, xs)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 99
	}
}

func anyInfo(args ...interface{}) string {
	s := fmt.Sprint(len(args), args == nil)
	for _, a := range args {
		s += fmt.Sprintf(" %T:%v", a, a == nil)
	}
	return s
}

func prefix(p string, rest ...string) string {
	out := p
	for _, r := range rest {
		out += "/" + r
	}
	return out
}

func sum(nums ...float64) (total float64) {
	for _, n := range nums {
		total += n
	}
	return
}

func main() {
	fmt.Println(info())
	fmt.Println(info(nil...))
	fmt.Println(info([]int{}...))
	fmt.Println(info(1, 2, 3))
	s := []int{1, 2, 3}
	mutate(s...)
	fmt.Println(s)
	mutate(s[1:]...)
	fmt.Println(s)
	a := [3]int{4, 5, 6}
	mutate(a[:]...)
	fmt.Println(a)
	mutate(1, 2)

	fmt.Println(anyInfo())
	fmt.Println(anyInfo(nil))
	fmt.Println(anyInfo(nil, 1, "x", []int(nil)))
	var none []interface{}
	fmt.Println(anyInfo(none...))
	fmt.Println(anyInfo([]interface{}{nil, 2}...))
	var ip *int
	fmt.Println(anyInfo(ip, error(nil)))

	fmt.Println(prefix("root"), prefix("root", "a", "b"), prefix("root", []string{"c"}...))
	fmt.Println(sum(), sum(1.5, 2.5), sum([]float64{0.1, 0.2}...))

	// Variadic function values and method values.
	f := info
	fmt.Println(f(7), fmt.Sprintf("%T", f))
	g := fmt.Sprint
	fmt.Println(g("a", 1, 2, "b", "c", 3.0))
	// append is variadic too.
	var base []int
	base = append(base)
	fmt.Println(base == nil)
	base = append(base, []int{}...)
	fmt.Println(base == nil)
	base = append(base, s...)
	fmt.Println(base)
}

// slices (Go 1.21) on every kind of ordered/comparable element. Go 1.19 has no slices
// package: the expected output comes from tests/slices-reference/regen.sh, which runs this
// program under Go 1.19 against hand-written equivalents of Go 1.21's slices functions
// (Sort and SortFunc through sort.Slice, the same pattern-defeating quicksort).
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

type celsius float64
type names []string

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 3, 0}
	slices.Sort(ints)
	fmt.Println(ints)
	i8 := []int8{127, -128, 0, 5, -5}
	slices.Sort(i8)
	fmt.Println(i8)
	u := []uint64{math.MaxUint64, 0, 1 << 63, 42}
	slices.Sort(u)
	fmt.Println(u)
	fl := []float64{3.5, math.NaN(), -0.0, math.Inf(1), 0, math.Copysign(0, -1), -2, math.Inf(-1), math.NaN(), 1}
	slices.Sort(fl)
	fmt.Println(fl)
	f32 := []float32{2.5, -1, float32(math.NaN()), 0}
	slices.Sort(f32)
	fmt.Println(f32)
	strs := names{"pear", "apple", "fig", "Banana", "", "äpfel"}
	slices.Sort(strs)
	fmt.Printf("%q\n", strs)
	temps := []celsius{30, -5, 12.5}
	slices.Sort(temps)
	fmt.Println(temps)

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30},
		{"Grace", 25}, {"Heidi", 35}, {"Ivan", 30}, {"Judy", 25}, {"Ken", 30}, {"Leo", 35}, {"Mia", 25}, {"Ned", 30}}
	slices.SortFunc(people, func(a, b person) int { return a.age - b.age })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(people)
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 61
	}
	idx := make([]int, len(big))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return big[a] - big[b] })
	fmt.Println(idx)

	sorted := []int{1, 3, 5, 7, 9}
	for _, t := range []int{0, 1, 4, 9, 10} {
		pos, found := slices.BinarySearch(sorted, t)
		fmt.Println(t, pos, found)
	}
	pos, found := slices.BinarySearch([]string{"a", "c", "e"}, "c")
	fmt.Println(pos, found)
	pos, found = slices.BinarySearch([]float64{math.NaN(), 1, 2}, math.NaN())
	fmt.Println(pos, found)

	fmt.Println(slices.Contains(ints, 9), slices.Contains(ints, 4), slices.Contains([]string{}, ""))
	fmt.Println(slices.Index(ints, 3), slices.Index(ints, 100), slices.Index(people, person{"Eve", 35}))
	fmt.Println(slices.Index([]float64{math.NaN()}, math.NaN()), slices.Contains([]any{1, "a", nil}, nil))
	var e1 error = fmt.Errorf("x")
	fmt.Println(slices.Index([]error{nil, e1}, e1), slices.Index([]int8{1, 2}, 2))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1, 2}, []int{1}), slices.Equal([]int{}, nil))
	fmt.Println(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}), slices.Equal([]float64{0}, []float64{math.Copysign(0, -1)}))
	fmt.Println(slices.Equal([][2]int{{1, 2}}, [][2]int{{1, 2}}))

	r := []string{"a", "b", "c", "d"}
	slices.Reverse(r)
	fmt.Println(r)
	ps := people[:3]
	slices.Reverse(ps)
	fmt.Println(ps)
	var empty []int
	slices.Reverse(empty)
	slices.Sort(empty)
	fmt.Println(empty == nil)

	fmt.Println(slices.Max(ints), slices.Min(ints), slices.Max(strs), slices.Min(strs))
	fmt.Println(slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{0, math.Copysign(0, -1)}), slices.Max([]float64{math.Copysign(0, -1), 0}))
	fmt.Println(slices.Min([]celsius{3, -2}), slices.Max([]uint8{3, 250, 7}))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(slices.Min([]int{}))
}

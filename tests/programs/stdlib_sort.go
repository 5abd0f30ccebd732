// sort: Go's pdqsort order of equal elements, stable sorts, searching and Reverse.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	ints := []int{5, 2, 6, 3, 1, 4, 9, 8, 7, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 6))
	strs := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "cherry"))
	floats := []float64{2.5, -1, 0, 3.25, -0.5}
	sort.Float64s(floats)
	fmt.Println(floats)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	// Unstable sorts of many equal keys: the order of equal elements is pdqsort's.
	var people []person
	for i := 0; i < 60; i++ {
		people = append(people, person{fmt.Sprint("p", i), (i * 7) % 5})
	}
	a := append([]person(nil), people...)
	sort.Slice(a, func(i, j int) bool { return a[i].age < a[j].age })
	fmt.Println(a)
	b := append([]person(nil), people...)
	sort.Sort(byAge(b))
	fmt.Println(b)
	c := append([]person(nil), people...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].age < c[j].age })
	fmt.Println(c)
	d := append([]person(nil), people...)
	sort.Stable(sort.Reverse(byAge(d)))
	fmt.Println(d)

	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i, sort.IsSorted(byAge(c)), sort.SliceIsSorted(a, func(i, j int) bool { return a[i].name < a[j].name }))
}

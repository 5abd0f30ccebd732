// Pointers to struct fields, slice elements and array elements; pointer equality;
// pointers surviving append reallocation.
package main

import "fmt"

type Vec struct{ X, Y int }

func (v *Vec) Add(o Vec) { v.X += o.X; v.Y += o.Y }

func main() {
	v := Vec{1, 2}
	px := &v.X
	*px = 10
	fmt.Println(v)

	s := []Vec{{1, 1}, {2, 2}}
	p := &s[1]
	p.Add(Vec{5, 5})
	fmt.Println(s)
	s = append(s, Vec{3, 3}, Vec{4, 4}, Vec{5, 5}) // reallocates
	p.Add(Vec{100, 100})                           // updates the old array only
	fmt.Println(s[1], *p)

	arr := [3]int{1, 2, 3}
	pa := &arr[2]
	*pa = 30
	fmt.Println(arr)

	a, b := new(int), new(int)
	fmt.Println(a == b, a == a, *a == *b)
	pp := &a
	*pp = b
	*b = 5
	fmt.Println(*a)

	type T struct{ next *T }
	t1 := &T{}
	t1.next = t1
	fmt.Println(t1.next.next.next == t1)
	m := map[string]*Vec{"a": {1, 2}}
	m["a"].Add(Vec{1, 1})
	fmt.Println(*m["a"])
	vals := []*int{}
	for i := 0; i < 3; i++ {
		n := i * i
		vals = append(vals, &n)
	}
	for _, q := range vals {
		fmt.Print(*q, " ")
	}
	fmt.Println()
}

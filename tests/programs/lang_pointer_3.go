// Pointers to every kind of addressable operand: locals, fields, array and slice
// elements, composite literals; pointers outlive frames; automatic dereference.
package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v *Vec) Scale(f float64) { v.X *= f; v.Y *= f }
func (v Vec) Len2() float64    { return v.X*v.X + v.Y*v.Y }

func counterPtr() *int {
	n := 0
	return &n
}

func newVecs() []*Vec {
	var out []*Vec
	for i := 0; i < 3; i++ {
		v := Vec{float64(i), float64(i)}
		out = append(out, &v)
	}
	return out
}

func main() {
	x := 1
	p := &x
	pp := &p
	**pp = 5
	fmt.Println(x, *p == **pp, p == *pp)

	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20 // automatic dereference for array indexing
	e := &arr[2]
	*e = 30
	fmt.Println(arr, len(ap), cap(ap[:1]))
	for i := range ap {
		ap[i] *= 2
	}
	fmt.Println(*ap)

	s := []int{1, 2, 3}
	sp := &s[0]
	s = append(s, 4) // reallocates: sp keeps pointing at the old array
	*sp = 100
	fmt.Println(s[0], *sp)

	v := &Vec{3, 4}
	v.Scale(2)
	fmt.Println(v.X, (*v).Y, v.Len2())
	var val Vec = Vec{1, 1}
	val.Scale(3) // &val taken automatically
	fmt.Println(val)
	fp := &val.X
	*fp = -1
	fmt.Println(val)

	c1, c2 := counterPtr(), counterPtr()
	*c1 += 5
	fmt.Println(*c1, *c2, c1 != c2)
	for _, vp := range newVecs() {
		fmt.Print(*vp, " ")
	}
	fmt.Println()

	// new for every kind of type.
	ni := new(int)
	ns := new([]string)
	nm := new(map[string]int)
	na := new([2]bool)
	nv := new(Vec)
	fmt.Println(*ni, *ns == nil, *nm == nil, *na, *nv)
	*ns = append(*ns, "grown")
	fmt.Println(*ns, len(*ns))

	// Pointers to composite literals, and comparison of pointers.
	a1 := &[]int{1, 2}
	(*a1)[0] = 9
	fmt.Println(*a1)
	q1, q2 := &Vec{}, &Vec{}
	fmt.Println(q1 == q2, q1 == q1, *q1 == *q2)

	// Swapping through pointers.
	swap := func(a, b *int) { *a, *b = *b, *a }
	m, n := 1, 2
	swap(&m, &n)
	fmt.Println(m, n)

	// Pointer to a struct in a map value cannot be taken, but a map of pointers works.
	vm := map[string]*Vec{"a": {1, 2}}
	vm["a"].Scale(10)
	fmt.Println(*vm["a"])

	// Pointers to pointers in linked structures.
	type node struct {
		v    int
		next *node
	}
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	for cur := &head; *cur != nil; {
		if (*cur).v == 2 {
			*cur = (*cur).next // unlink through the pointer to the link
			continue
		}
		cur = &(*cur).next
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
}

// Spec corners: len/cap and range evaluate array operands only when they call or receive,
// `for k, v = range` assigns as a tuple, several specs in one var block, slice to array
// pointer conversion, defer of a nil func, comparisons with boolean constants.
package main

import "fmt"

var calls int

func arr() [4]int {
	calls++
	return [4]int{1, 2, 3, 4}
}

func parr() *[5]int {
	calls++
	return nil
}

type P struct{ X int }

func deferNil() (err interface{}) {
	defer func() { err = recover() }()
	var f func()
	defer f()
	fmt.Println("deferred a nil func")
	return nil
}

func main() {
	var a [3]int
	n := len(a) + cap(parr()) + len(arr())
	for i := range arr() {
		n += i
	}
	for range arr() {
	}
	var pa *[2]int
	for i := range pa {
		n += i
	}
	fmt.Println(n, calls)

	x := []int{10, 20}
	i := 1
	for i, x[i] = range []int{99} {
	}
	fmt.Println(i, x)
	var k, v interface{}
	for k, v = range map[string]P{"a": {1}} {
	}
	fmt.Println(k, v)
	var p P
	ps := []P{{1}, {2}}
	for _, p = range ps {
	}
	p.X = 100
	fmt.Println(ps, p)

	var (
		s1 = []rune("héllo")
		s2 = []byte("hi")
		m  = map[string]int{"a": len(s1)}
	)
	fmt.Println(s1, s2, m)

	s := make([]int, 6)
	ap := (*[4]int)(s)
	ap[1] = 7
	s[2] = 8
	fmt.Println(s, *ap, len(ap), &s[0] == &ap[0])
	var nilS []int
	fmt.Println((*[0]int)(nilS) == nil, (*[0]int)(make([]int, 0)) != nil)
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = (*[8]int)(s)
	}()

	fmt.Println(deferNil())

	var ia [3]interface{}
	ia[0] = true
	b := false
	ia[1] = b
	b = ia[0].(bool)
	fmt.Println(b != true, b == true, !b == false, ia[1].(bool) != false)
}

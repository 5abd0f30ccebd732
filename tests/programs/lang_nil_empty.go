// nil and empty slices and maps: equal lengths, different nil-ness, identical fmt output
// under %v but not under %#v; nil maps read as empty but cannot be written.
package main

import "fmt"

type Rec struct {
	S []int
	M map[string]int
	P *int
	I interface{}
	F func()
	C chan int
	E error
}

func main() {
	var ns []int
	es := []int{}
	ms := make([]int, 0)
	fmt.Println(ns == nil, es == nil, ms == nil, len(ns), cap(ns), len(es))
	fmt.Println(ns, es, ms)
	fmt.Printf("%v %v %#v %#v %T\n", ns, es, ns, es, ns)
	fmt.Printf("%d %s %q %x|\n", ns, []string(nil), []string{}, []byte(nil))

	var nm map[string]int
	em := map[string]int{}
	fmt.Println(nm == nil, em == nil, len(nm), len(em), nm["x"])
	v, ok := nm["x"]
	fmt.Println(v, ok)
	fmt.Println(nm, em)
	fmt.Printf("%v %#v %#v\n", nm, nm, em)
	delete(nm, "x")
	for k := range nm {
		fmt.Println("never", k)
	}

	// Appending to a nil slice allocates.
	ns = append(ns, 1)
	fmt.Println(ns, ns == nil)
	// Slicing nil gives nil; slicing empty gives empty.
	var n2 []int
	fmt.Println(n2[0:0] == nil, es[0:0] == nil)

	// Struct fields of every nilable kind.
	var r Rec
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(r.S == nil, r.M == nil, r.P == nil, r.I == nil, r.F == nil, r.C == nil, r.E == nil)
	r2 := Rec{S: []int{}, M: map[string]int{}}
	fmt.Printf("%v\n", r2)

	// Inside interfaces: a nil slice is a non-nil interface.
	var i interface{} = ns[:0:0]
	var j interface{} = []int(nil)
	fmt.Println(i == nil, j == nil, j)
	fmt.Printf("%v %#v\n", j, j)

	// Nested nil values.
	nested := [][]int{nil, {}, {1}}
	fmt.Println(nested, len(nested[0]), nested[0] == nil, nested[1] == nil)
	mm := map[string][]int{"a": nil}
	fmt.Println(mm, mm["a"] == nil, mm["b"] == nil)
	mm["b"] = append(mm["b"], 2)
	fmt.Println(mm)
	// Pointers and channels print as <nil> or addresses; only nil-ness here.
	var p *int
	var ch chan int
	var f func()
	fmt.Println(p, ch, f == nil)
	fmt.Printf("%v %v %p\n", p, ch, p)
}

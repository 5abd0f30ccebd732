// Structs: comparison ignores blank fields, anonymous struct types are identical when
// their fields match, assignment and parameters copy, and struct values nest.
package main

import "fmt"

type Pair struct {
	A int
	_ int
	B string
}

type Inner struct{ V []int }
type Outer struct {
	In  Inner
	Ptr *Inner
	Arr [2]Inner
}

func modify(o Outer) Outer {
	o.In.V = append(o.In.V, 100) // shares the array when there is room
	o.Ptr.V = []int{-1}
	o.Arr[0] = Inner{[]int{7}}
	return o
}

func main() {
	p1 := Pair{A: 1, B: "x"}
	p2 := Pair{A: 1, B: "x"}
	fmt.Println(p1 == p2, p1)
	fmt.Printf("%+v %#v\n", p1, p1)

	// Anonymous structs with identical fields are the same type.
	a := struct {
		X, Y int
	}{1, 2}
	var b struct {
		X int
		Y int
	}
	b = a
	fmt.Println(a == b, b)
	type Named struct{ X, Y int }
	n := Named(a)
	fmt.Println(n, fmt.Sprintf("%T|%T", a, n))

	// Slices of anonymous structs.
	people := []struct {
		Name string
		Age  int
	}{{"Ann", 30}, {"Bob", 25}}
	for i := range people {
		people[i].Age++
	}
	for _, p := range people {
		p.Age = 0 // p is a copy
	}
	fmt.Println(people)

	// Copies are shallow: slices and pointers inside still alias.
	o := Outer{In: Inner{make([]int, 1, 4)}, Ptr: &Inner{[]int{5}}}
	o2 := modify(o)
	fmt.Println(o.In.V, o.In.V[:2], o2.In.V, o.Ptr.V, o.Arr[0].V == nil, o2.Arr[0].V)

	// Struct comparison through pointers compares addresses; through * compares values.
	q1, q2 := &Named{1, 2}, &Named{1, 2}
	fmt.Println(q1 == q2, *q1 == *q2)

	// Empty structs.
	type Empty struct{}
	e1, e2 := Empty{}, struct{}{}
	fmt.Println(e1 == Empty(e2), fmt.Sprint(e1), len([]Empty{{}, {}}))
	set := map[string]struct{}{"a": {}, "b": {}}
	_, has := set["a"]
	fmt.Println(has, len(set), set)

	// Struct with embedded fields compared as a whole.
	type Wrapped struct {
		Named
		Tag string
	}
	w1 := Wrapped{Named{1, 2}, "t"}
	w2 := w1
	w2.X = 5
	fmt.Println(w1 == w2, w1, w2)
	fmt.Printf("%+v\n", w2)

	// Struct literals of nested anonymous structs.
	cfg := struct {
		Server struct {
			Host string
			Port int
		}
		Debug bool
	}{}
	cfg.Server.Host = "localhost"
	cfg.Server.Port = 8080
	fmt.Printf("%+v\n", cfg)

	// Field-wise assignment through a pointer from a map of pointers.
	reg := map[string]*Named{"p": {3, 4}}
	reg["p"].X = 30
	fmt.Println(*reg["p"])
}

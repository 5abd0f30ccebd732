// Anonymous structs, struct comparison, copies of nested structs, struct fields of every kind.
package main

import "fmt"

type Inner struct {
	Vals []int
	Arr  [2]int
}

type Outer struct {
	In  Inner
	Ptr *Inner
	M   map[string]int
}

func main() {
	o := Outer{In: Inner{[]int{1, 2}, [2]int{3, 4}}, Ptr: &Inner{}, M: map[string]int{"k": 1}}
	c := o
	c.In.Arr[0] = 99  // arrays are copied
	c.In.Vals[0] = 99 // slices share
	c.Ptr.Arr[1] = 5  // pointers share
	c.M["k"] = 2      // maps share
	fmt.Println(o.In, o.Ptr.Arr, o.M)
	fmt.Println(c.In, c.Ptr.Arr, c.M)

	p1 := struct {
		Name string
		Age  int
	}{"Ann", 30}
	p2 := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Println(p1 == p2)
	p2.Age++
	fmt.Println(p1 == p2, p1, p2)

	people := []struct {
		Name string
		Tags []string
	}{
		{"a", []string{"x"}},
		{"b", nil},
	}
	for _, p := range people {
		fmt.Printf("%s %v %d %v\n", p.Name, p.Tags, len(p.Tags), p.Tags == nil)
	}

	type Empty struct{}
	fmt.Println(Empty{} == Empty{}, Empty{})
	var e interface{} = struct{ A, B int }{1, 2}
	fmt.Printf("%v %+v\n", e, e)

	config := map[string]struct{ On bool }{"x": {true}}
	fmt.Println(config["x"].On, config["y"].On)
	ptr := &struct{ N int }{5}
	ptr.N *= 2
	fmt.Println(ptr.N, *ptr)
}

// Loop bodies that declare small struct and array variables: the compiler recycles
// their blocks when the body ends (frontend/compile_stmt.cpp, block), so any reference
// that survived an iteration would show a later iteration's values here.
package main

import "fmt"

type P struct{ X, Y int }

func (p P) Sum() int { return p.X + p.Y }
func (p *P) Bump()   { p.X++ }

func mk(i int) P { return P{i, -i} }

func (p P) Twice() P { return P{p.X * 2, p.Y * 3} }
func (p P) Bumped() P {
	p.X += 10
	return p
}

var kept *P

func main() {
	var copies []P
	var boxed []interface{}
	var sums []func() int
	var ptrs []*P
	var fields []*int
	byKey := map[int]P{}
	arrays := [][3]int{}
	ch := make(chan P, 8)
	var chained []int
	for i := 0; i < 5; i++ {
		v := P{i, i * 10}
		copies = append(copies, v) // a copy
		boxed = append(boxed, v)   // an interface holds its own copy
		sums = append(sums, v.Sum) // a method value binds a copy
		byKey[i] = v               // a map stores a copy
		w := mk(i)                 // a call's result, owned by w
		w.Y += 100
		copies = append(copies, w)
		c := P{i, 1}
		c.Bump() // address-taken: never recycled
		ptrs = append(ptrs, &c)
		d := P{i, 2}
		fields = append(fields, &d.Y) // a pointer into d: never recycled
		a := [3]int{i, i + 1, i + 2}
		arrays = append(arrays, a)
		if i == 2 {
			e := P{7, 7}
			kept = &e
		}
		f := P{i, i}
		g := func() int { return f.X * 2 } // captured: never recycled
		sums = append(sums, g)
		if i < 4 {
			h := P{i, 3}
			ch <- h // the channel keeps a copy
		}
		var z P // zero value each iteration, even when reusing a block
		z.X += i
		copies = append(copies, z)
		v = mk(i * 3) // a fresh temporary copied into v, then recycled
		copies = append(copies, v)
		// A call's result lent to a method that only reads it, then recycled; a method
		// that modifies its receiver gets it for keeps.
		chained = append(chained, mk(i).Sum()+mk(i+1).Sum(), mk(i).Twice().Sum(), mk(i).Bumped().X)
	}
	fmt.Println(chained)
	close(ch)
	fmt.Println(copies)
	fmt.Println(boxed...)
	for _, s := range sums {
		fmt.Print(s(), " ")
	}
	fmt.Println()
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	for _, f := range fields {
		fmt.Print(*f, " ")
	}
	fmt.Println()
	fmt.Println(byKey, arrays, *kept)
	for p := range ch {
		fmt.Print(p, " ")
	}
	fmt.Println()
}

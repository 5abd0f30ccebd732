// Struct arguments the callee only reads are lent, not copied (frontend/borrow.h): every
// case here would print something else if a lent block could change during the call or
// outlive it.
//
// Expected output: real Go 1.19, except the closures over the range variable, which
// follow the current spec (one variable per iteration, Go 1.22): 3 7 11, not 11 11 11.
package main

import "fmt"

type Vec struct{ X, Y int }

// Reads its receiver after writing through a pointer that may alias the caller's block.
func (v Vec) ReadAfterWrite(p *Vec) int {
	p.X = 99
	return v.X
}

// Reads its receiver after calling code that changes the caller's variable.
func (v Vec) ReadAfterCall(f func()) int {
	f()
	return v.X + v.Y
}

// Only reads: borrowed and still.
func (v Vec) Sum() int { return v.X + v.Y }

// Modifies its copy.
func (v Vec) Bump() int {
	v.X++
	return v.X
}

// Returns its receiver: the result must be a copy.
func (v Vec) Self() Vec { return v }

func sumOf(a, b Vec) int { return a.X + b.Y }

var global Vec

func readGlobalAfter(v Vec) int {
	global.X = 7
	return v.X
}

type Pair struct {
	A Vec
	N int
}

func (p Pair) First() int { return p.A.X }

func main() {
	// Aliasing through a pointer to the variable itself.
	a := Vec{1, 2}
	fmt.Println(a.ReadAfterWrite(&a), a.X)

	// Aliasing through a pointer to a field of an enclosing struct.
	pr := Pair{Vec{3, 4}, 5}
	px := &pr.A
	fmt.Println(pr.A.ReadAfterWrite(px), pr.First(), pr.A.Sum())

	// A closure changes the variable during the call.
	b := Vec{10, 20}
	fmt.Println(b.ReadAfterCall(func() { b.X = 1000 }), b.X)

	// A global changes during the call.
	global = Vec{5, 6}
	fmt.Println(readGlobalAfter(global), global.X)

	// A receiver the method modifies stays unchanged for the caller.
	c := Vec{1, 1}
	fmt.Println(c.Bump(), c.Bump(), c.X)

	// The returned receiver is a copy, not the caller's block.
	d := Vec{2, 3}
	e := d.Self()
	e.X = 50
	fmt.Println(d.X, e.X, sumOf(d, e))

	// Method values capture a copy of the receiver when they are made.
	f := Vec{4, 4}
	sum := f.Sum
	bump := f.Bump
	f.X = 40
	fmt.Println(sum(), bump(), bump(), f.Sum())

	// Through a pointer: the value method sees the value at the time of the call.
	g := &Vec{7, 8}
	fmt.Println(g.Sum(), g.ReadAfterWrite(g), g.X)

	// Closures capturing per-iteration loop variables.
	var fs []func() int
	for _, v := range []Vec{{1, 2}, {3, 4}, {5, 6}} {
		fs = append(fs, func() int { return v.Sum() })
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	// Deferred calls evaluate their arguments when deferred.
	func() {
		h := Vec{1, 2}
		defer fmt.Println("deferred", h.Sum(), sumOf(h, h))
		defer func(v Vec) { fmt.Println("deferred copy", v.X) }(h)
		h.X = 100
		fmt.Println("changed", h.X)
	}()

	// Interface calls on value receivers: the interface holds its own copy.
	type summer interface{ Sum() int }
	k := Vec{1, 2}
	var s summer = k
	k.X = 1000
	fmt.Println(s.Sum(), k.Sum())
	var sp summer = &k
	k.Y = 1
	fmt.Println(sp.Sum())
}

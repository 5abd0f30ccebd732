// Method values bind their receiver when evaluated (value receivers copy it, pointer
// receivers keep the pointer); method expressions take the receiver as first argument.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c *Counter) Add(d int) int {
	c.n += d
	return c.n
}

type Named string

func (n Named) Greet(greeting string) string { return greeting + ", " + string(n) }

type Getter interface{ Get() int }

func main() {
	c := Counter{1}
	get := c.Get // copies c now
	inc := c.Inc // &c
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)

	p := &c
	getP := p.Get // *p copied now
	p.n = 50
	fmt.Println(getP(), p.Get())

	// Method expressions.
	fGet := Counter.Get
	fInc := (*Counter).Inc
	fGetP := (*Counter).Get
	fAdd := (*Counter).Add
	fInc(&c)
	fmt.Println(fGet(c), fGetP(&c), fAdd(&c, 10), c.n)
	fmt.Printf("%T\n%T\n%T\n", fGet, fInc, fAdd)

	// Method values from interfaces bind the dynamic value.
	var g Getter = c
	gv := g.Get
	c.n = 0
	fmt.Println(gv(), g.Get())
	ifaceExpr := Getter.Get
	fmt.Println(ifaceExpr(Counter{42}))

	// Methods on named non-struct types.
	var n Named = "gopher"
	greet := n.Greet
	n = "other"
	fmt.Println(greet("hi"), Named.Greet(n, "hey"))

	// Method values in slices and maps.
	counters := []Counter{{1}, {2}, {3}}
	var incs []func()
	for i := range counters {
		incs = append(incs, counters[i].Inc)
	}
	for _, f := range incs {
		f()
		f()
	}
	fmt.Println(counters)
	ops := map[string]func(int) int{"add": c.Add}
	fmt.Println(ops["add"](5), ops["add"](5), c.n)

	// A method value evaluated from a nil pointer with a pointer receiver is fine until called.
	var np *Counter
	f := np.Inc
	fmt.Println(f != nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = np.Get // dereferences np when evaluated: panics here
	fmt.Println("unreachable")
}

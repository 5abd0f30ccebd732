// Method sets: what a value or a pointer can be assigned to, and copies inside interfaces.
package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type PtrCounter struct{ n int }

func (c *PtrCounter) Inc()     { c.n++ }
func (c *PtrCounter) Get() int { return c.n }

type ValCounter struct{ n int }

func (c ValCounter) Inc()     { c.n++ } // increments a copy
func (c ValCounter) Get() int { return c.n }

type Getter interface{ Get() int }

func main() {
	pc := &PtrCounter{}
	var c Counter = pc
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), pc.n)

	vc := ValCounter{5}
	c = vc
	c.Inc()
	fmt.Println(c.Get(), vc.n)
	c = &vc // *ValCounter has the value methods too
	c.Inc()
	fmt.Println(c.Get())

	var g Getter = vc
	vc.n = 100 // the interface holds a copy
	fmt.Println(g.Get(), vc.n)

	counters := []Counter{&PtrCounter{}, ValCounter{}, &ValCounter{}}
	for _, k := range counters {
		k.Inc()
		fmt.Printf("%T %d\n", k, k.Get())
	}
	var empty interface{} = pc
	if cc, ok := empty.(Counter); ok {
		cc.Inc()
	}
	fmt.Println(pc.Get())
	_, ok := empty.(fmt.Stringer)
	fmt.Println(ok)
}

// Methods: value and pointer receivers, automatic address-taking and dereference.
package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c Counter) IncCopy()   { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type MyInt int

func (m MyInt) Double() MyInt  { return m * 2 }
func (m *MyInt) Set(v int)     { *m = MyInt(v) }
func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

type List []int

func (l List) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}
func (l *List) Push(v int) { *l = append(*l, v) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Value())
	p := &c
	p.Inc()
	fmt.Println(p.Value(), c.n)
	c.Add(10).Add(100).Inc()
	fmt.Println(c.n)

	var m MyInt = 21
	fmt.Println(m.Double(), int(m.Double()))
	m.Set(5)
	fmt.Println(m)

	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))

	cs := []Counter{{1, "a"}, {2, "b"}}
	cs[0].Inc()
	fmt.Println(cs[0].n, cs[1].Value())
	mp := map[string]*Counter{"x": {name: "x"}}
	mp["x"].Inc()
	fmt.Println(mp["x"].n)
}

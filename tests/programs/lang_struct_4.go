// Structs embedding interfaces (decorators), struct literals with nested pointers, methods
// promoted through several levels and through pointers.
package main

import "fmt"

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
}

type MapStore struct{ m map[string]string }

func (s *MapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *MapStore) Set(k, v string)             { s.m[k] = v }

type CountingStore struct {
	Store // embedded interface: methods forwarded to whatever is inside
	gets  int
}

func (c *CountingStore) Get(k string) (string, bool) {
	c.gets++
	return c.Store.Get(k)
}

type Meta struct{ Version int }

func (m *Meta) Bump() { m.Version++ }

type Document struct {
	*Meta
	Title string
	Tags  []string
}

func main() {
	cs := &CountingStore{Store: &MapStore{m: map[string]string{}}}
	var s Store = cs
	s.Set("a", "1")
	v, ok := s.Get("a")
	_, ok2 := s.Get("b")
	fmt.Println(v, ok, ok2, cs.gets)

	d := Document{Meta: &Meta{1}, Title: "doc"}
	d.Bump()
	copyDoc := d
	copyDoc.Bump() // shares *Meta
	fmt.Println(d.Version, copyDoc.Version, d.Title)

	type Named struct{ Name string }
	type Employee struct {
		Named
		Manager *Employee
	}
	boss := &Employee{Named{"Ada"}, nil}
	e := Employee{Named: Named{"Bob"}, Manager: boss}
	fmt.Println(e.Name, e.Manager.Name, e.Manager.Manager == nil)
	fmt.Printf("%+v\n", e.Named)
	var empty CountingStore
	defer func() { fmt.Println("nil embedded interface:", recover()) }()
	empty.Set("x", "y")
}

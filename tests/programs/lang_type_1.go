// Defined types and aliases: conversions, methods on slice/map types, distinct identities.
package main

import "fmt"

type Celsius float64
type Miles int
type Names []string
type Set map[string]bool
type Alias = int

func (n Names) Joined() string {
	out := ""
	for i, s := range n {
		if i > 0 {
			out += "+"
		}
		out += s
	}
	return out
}

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

type Status int

const (
	Active Status = iota + 1
	Inactive
)

func (s Status) String() string {
	switch s {
	case Active:
		return "active"
	case Inactive:
		return "inactive"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

func main() {
	var c Celsius = 36.6
	f := float64(c)*9/5 + 32
	fmt.Printf("%.2f %T %T\n", f, c, f)
	m := Miles(26)
	fmt.Println(m+1, int(m)*2)
	n := Names{"a", "b", "c"}
	fmt.Println(n.Joined(), len(n), n[1:].Joined())
	plain := []string(n)
	fmt.Println(plain)
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	var a Alias = 5
	var i int = a
	fmt.Printf("%T %d\n", a, i)
	fmt.Println(Active, Inactive, Status(7))
	fmt.Printf("%v %d %s\n", Active, Active, Inactive)
	type Local struct{ V int }
	fmt.Printf("%T %+v\n", Local{3}, Local{3})
}

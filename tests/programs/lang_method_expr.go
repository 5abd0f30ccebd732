// Method expressions: value and pointer methods through T and *T, interface and struct
// literals, promoted methods, as func values and in calls; variadic methods.
package main

import (
	"fmt"
	"strings"
)

type S string

func (s S) Val() int      { return len(s) }
func (s *S) Set(v string) { *s = S(v) }
func (s S) Join(sep string, parts ...string) string {
	return string(s) + sep + strings.Join(parts, sep)
}

type Inner struct{ n int }

func (i Inner) Get() int { return i.n }
func (i *Inner) Inc()    { i.n++ }

type Outer struct {
	Inner
	name string
}

type Getter interface{ Get() int }

func main() {
	s := S("abc")
	fmt.Println(S.Val(s), (*S).Val(&s))
	set := (*S).Set
	set(&s, "hello")
	fmt.Println(s, S.Join(s, "-", "a", "b"), (*S).Join(&s, "+"))

	o := Outer{Inner{1}, "o"}
	(*Outer).Inc(&o)
	fmt.Println(Outer.Get(o), (*Outer).Get(&o))
	get := Getter.Get
	fmt.Println(get(o), get(&o.Inner), interface{ Get() int }.Get(o))
	fmt.Println(struct{ Inner }.Get(struct{ Inner }{Inner{7}}))

	fs := []func(*Outer) int{(*Outer).Get, (*Outer).Twice}
	for _, f := range fs {
		fmt.Print(f(&o), " ")
	}
	fmt.Println()

	defer func() { fmt.Println("recovered:", recover()) }()
	var np *S
	(*S).Val(np)
}

func (o Outer) Twice() int { return 2 * o.n }

// Struct embedding: promotion through several levels, the shallowest field or method
// wins, ambiguous names at the same depth are simply not promoted, and embedded pointers.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Hello() string    { return "hello from Base " + b.Name }

type Mid struct {
	Base
	Level int
}

func (m Mid) Describe() string { return "Mid>" + m.Base.Describe() }

type Top struct {
	*Mid
	Extra string
}

type Left struct{ Tag string }

func (Left) Side() string { return "left" }

type Right struct{ Tag string }

func (Right) Side() string { return "right" }

type Both struct {
	Left
	Right
	Tag2 string
}

type Shallow struct {
	Both
	Tag string // shallower than Left.Tag and Right.Tag: no ambiguity
}

type Describer interface{ Describe() string }

func main() {
	t := Top{Mid: &Mid{Base: Base{ID: 7, Name: "seven"}, Level: 2}, Extra: "x"}
	fmt.Println(t.ID, t.Name, t.Level, t.Extra)
	fmt.Println(t.Describe(), t.Hello())
	t.Rename("SEVEN")
	fmt.Println(t.Name, t.Mid.Base.Name, t.Base.Name)
	t.ID = 8
	fmt.Println(t.Mid.ID)

	// Copying Top copies the pointer: both see the change.
	u := t
	u.Level = 99
	fmt.Println(t.Level)

	var d Describer = t
	fmt.Println(d.Describe())
	d = t.Base
	fmt.Println(d.Describe())
	d = &t.Mid.Base
	fmt.Println(d.Describe())

	// Ambiguous selectors at the same depth are accessible only qualified.
	b := Both{Left{"L"}, Right{"R"}, "t2"}
	fmt.Println(b.Left.Tag, b.Right.Tag, b.Left.Side(), b.Right.Side(), b.Tag2)
	s := Shallow{b, "S"}
	fmt.Println(s.Tag, s.Both.Left.Tag, s.Left.Side())

	// Promoted methods through an embedded pointer are in the value's method set.
	type Renamer interface{ Rename(string) }
	var r Renamer = t
	r.Rename("via iface")
	fmt.Println(t.Name)

	// Printing structs with embedded values and pointers.
	m := Mid{Base{1, "one"}, 3}
	fmt.Printf("%v %+v\n", m, m)
	type Wrapper struct {
		Mid
		Base
	}
	w := Wrapper{Mid{Base{1, "inner"}, 1}, Base{2, "outer"}}
	// Base.ID is at depth 1 via Wrapper.Base, depth 2 via Mid.Base: the shallower wins.
	fmt.Println(w.ID, w.Name, w.Hello(), w.Level, w.Mid.Describe())
	fmt.Printf("%+v\n", w)
}

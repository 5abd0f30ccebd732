// Struct embedding: promoted fields and methods, shadowing, embedded pointers.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Animal
	Name string // shadows Animal.Name
}

func (d Dog) Describe() string {
	return "dog: " + d.Animal.Describe()
}

type Base struct{ ID int }

func (b Base) Hello() string { return fmt.Sprint("base ", b.ID) }

type Mid struct{ Base }
type Top struct {
	Mid
	Extra int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Animal.Describe())
	d.Rename("Max")
	fmt.Println(d.Name)
	fmt.Printf("%v\n%+v\n", d, d)

	a := &Animal{"Tweety", 2}
	l := Loud{a, "LOUD"}
	fmt.Println(l.Name, l.Animal.Name, l.Legs)
	l.Rename("Sylvester")
	fmt.Println(a.Name, l.Describe())

	t := Top{Mid{Base{7}}, 1}
	fmt.Println(t.ID, t.Hello(), t.Mid.Base.ID)
	t.ID = 8
	fmt.Println(t.Hello())
	fmt.Printf("%+v\n", t)
}

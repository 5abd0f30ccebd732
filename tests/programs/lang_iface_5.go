// Interface comparison: equal when dynamic types are identical and values equal;
// comparing an interface with a concrete value converts the value; errors as sentinels.
package main

import (
	"errors"
	"fmt"
	"io"
)

type ID int
type Name string

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " woofs" }

type Cat struct{ name string }

func (c *Cat) Sound() string { return c.name + " meows" }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a == ID(1), a == 1, a != 1.0)
	a, b = ID(1), ID(1)
	fmt.Println(a == b, a == 1, a == ID(1))
	a, b = Name("x"), "x"
	fmt.Println(a == b, a == Name("x"))

	var d1, d2 Animal = Dog{"rex"}, Dog{"rex"}
	fmt.Println(d1 == d2, d1 == Dog{"max"}, d1 != nil)
	c := &Cat{"tom"}
	var c1, c2 Animal = c, &Cat{"tom"}
	fmt.Println(c1 == c2, c1 == Animal(c), c1.Sound())

	// An interface compared with a non-interface value of the interface type's set.
	var any interface{} = Dog{"rex"}
	fmt.Println(any == d1, any == Dog{"rex"})

	// Sentinel errors compare by identity of the pointer inside.
	e1 := errors.New("eof")
	fmt.Println(e1 == errors.New("eof"), e1 == e1, io.EOF == io.EOF)
	var err error = io.EOF
	fmt.Println(err == io.EOF, errors.Is(fmt.Errorf("wrap: %w", err), io.EOF))

	// Interfaces holding structs, arrays and channels.
	ch := make(chan int)
	var x1, x2 interface{} = ch, ch
	fmt.Println(x1 == x2, x1 == interface{}(make(chan int)))
	var p1, p2 interface{} = struct{ A [2]string }{[2]string{"a", "b"}}, struct{ A [2]string }{[2]string{"a", "b"}}
	fmt.Println(p1 == p2)
	// Interface values in slices, found by ==.
	haystack := []interface{}{1, "two", 3.0, ID(4), nil, Dog{"rex"}}
	for _, needle := range []interface{}{"two", 3, 3.0, ID(4), 4, nil, Dog{"rex"}} {
		idx := -1
		for i, h := range haystack {
			if h == needle {
				idx = i
				break
			}
		}
		fmt.Print(idx, " ")
	}
	fmt.Println()
	// Embedded interfaces: a value satisfying the bigger interface converts to the smaller.
	var rw io.ReadWriter
	var r io.Reader = rw
	fmt.Println(r == nil, rw == nil)
}

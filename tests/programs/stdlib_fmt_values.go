package main

import (
	"errors"
	"fmt"
)

type P struct {
	X, Y int
	name string
}
type S string

func (s S) String() string { return "S(" + string(s) + ")" }

type Bad struct{}

func (b *Bad) String() string { panic("boom") }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type W struct {
	In  S
	in  S
	Err error
	p   *P
	I   interface{}
}

func main() {
	p := P{1, 2, "n"}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %#v %T\n", &p, &p, &p, &p)
	fmt.Printf("%v|%d|%s|%x\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%#v %#v %#v %#v\n", []byte{1, 2}, []int(nil), map[string]int(nil), [2]bool{})
	fmt.Printf("%v %v %v %d\n", nil, []int(nil), map[int]int(nil), nil)
	fmt.Printf("%d %s\n", "hi", 3)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%s %d\n", "a")
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("%*d\n", "x", 1)
	fmt.Printf("%[2]d %[1]d %[3]d\n", 1, 2)
	var b *Bad
	fmt.Printf("%v %s\n", &Bad{}, b)
	w := W{In: "a", in: "b", Err: E{3}, I: S("z")}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(S("x"), E{4}, errors.New("e1"), []S{"a", "b"}, []error{E{1}, nil})
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, true, "\n")
	fmt.Printf("%v %.2v %5.1v %t %v\n", 1.5, 3.14159, 2.0, true, 'x')
	fmt.Printf("%x %X %o %b %c %U\n", -1, 3.5, 9, 2.5, 65, 0x41)
	fmt.Printf("%s %v\n", errors.New("oops"), fmt.Errorf("wrap: %w", errors.New("in")))
	fmt.Printf("%5s|%-5s|%.2s|%5.1q|%x\n", "ab", "ab", "héllo", "héllo", "héllo")
	fmt.Printf("%v %v %v\n", struct{}{}, struct{ a []int }{}, [0]int{})
	fmt.Printf("%#v %#v %#v\n", 1.0, "s", S("q"))
	fmt.Printf("%#v %#v\n", w.I, struct{ A interface{}; B error }{})
	fmt.Printf("%6.2f%%|%e\n", 99.5, float32(0.1))
	fmt.Printf("%v %d\n", int8(-5), uint8(200))
	fmt.Printf("%08.3f|%-08d|%+08d|% d|%x\n", -3.14159, 5, 5, 5, "")
	fmt.Printf("%q %v %s\n", []string{"a", "b"}, [][]int{{1}, {2, 3}}, []interface{}{1, "a", nil})
	fmt.Printf("%w\n", errors.New("x"))
	fmt.Println(fmt.Errorf("a %w b %w", errors.New("x"), errors.New("y")))
}

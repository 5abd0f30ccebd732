// An interface holding a nil pointer is not nil; methods with pointer receivers can be
// called on nil pointers; returning a nil *T as error is the classic trap.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

type List struct {
	val  int
	next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.val + l.next.Sum()
}

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{"failed"}
	}
	return e // never a nil interface
}

func mayFailRight(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%v %T\n", err, err)
	err = mayFailRight(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%v %T\n", err, err)

	var l *List
	fmt.Println(l.Sum())
	l = &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Sum())

	var p *MyErr
	var e error = p
	fmt.Println(e != nil, e.(*MyErr) == nil, e.Error())
	var target *MyErr
	fmt.Println(errors.As(e, &target), target == nil)

	// Comparing interfaces holding nil pointers of different types.
	var a interface{} = (*int)(nil)
	var b interface{} = (*string)(nil)
	var c interface{} = (*int)(nil)
	fmt.Println(a == b, a == c, a == nil, a != nil)
	// An interface holding a nil map, slice or func.
	var m map[string]int
	var i interface{} = m
	fmt.Println(i == nil, i)
	var fn func()
	i = fn
	fmt.Println(i == nil)
	// Type switch on an interface holding a nil pointer picks the pointer case.
	switch v := e.(type) {
	case nil:
		fmt.Println("nil case")
	case *MyErr:
		fmt.Println("*MyErr case", v == nil)
	}
}

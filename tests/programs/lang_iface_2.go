// nil interfaces versus interfaces holding a nil pointer; interface comparison.
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

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // never a nil interface!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	fmt.Printf("%T %T\n", e1, e2)

	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b)
	x, y := &MyErr{"a"}, &MyErr{"a"}
	var ex, ey error = x, y
	fmt.Println(ex == ey, ex == error(x))

	sentinel := errors.New("sentinel")
	other := errors.New("sentinel")
	fmt.Println(sentinel == other, sentinel.Error() == other.Error())

	var s fmt.Stringer
	fmt.Println(s == nil)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println(s.String())
}

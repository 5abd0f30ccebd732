// defer: deferred closures change named results after return sets them; recover returns
// nil when not panicking or when not called directly by a deferred function; a panic in
// a deferred call replaces the current one.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func overrideErr() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("boom")
}

func deferOrder() (s string) {
	for i := 0; i < 3; i++ {
		defer func(v int) { s += fmt.Sprint(v) }(i)
	}
	defer func(v int) { s += fmt.Sprint("arg", v) }(len(s))
	s = "start:"
	return s + "ret:"
}

func helperRecover() interface{} { return recover() }

func indirect() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("direct got ", r)
	}()
	defer func() {
		out = fmt.Sprint("helper got ", helperRecover())
	}()
	panic("p")
}

func replaced() (msg string) {
	defer func() {
		msg = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func unnamedResult() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

type closer struct{ name string }

func (c closer) Close() { fmt.Println("close", c.name) }

func methodDefers() {
	c := closer{"a"}
	defer c.Close() // receiver evaluated now
	c.name = "b"
	defer c.Close()
	p := &closer{"p1"}
	defer func() { p.Close() }()
	p.name = "p2"
}

func main() {
	fmt.Println(double())
	fmt.Println(overrideErr())
	fmt.Println(deferOrder())
	fmt.Println(recover())
	fmt.Println(indirect())
	fmt.Println(replaced())
	fmt.Println(unnamedResult())
	methodDefers()
	err := func() (err error) {
		defer func() {
			if err != nil {
				err = fmt.Errorf("wrapped: %w", err)
			}
		}()
		return errors.New("inner")
	}()
	fmt.Println(err)
}

// panic and recover: recovering values of different types, re-panicking, named results.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func try(f func()) (msg string) {
	defer func() {
		r := recover()
		_, isError := r.(error)
		msg = fmt.Sprintf("%v (is error: %t)", r, isError)
	}()
	f()
	return "no panic"
}

func repanic() (s string) {
	defer func() {
		s = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(try(func() { panic("a string") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(try(func() {
		s := []int{1}
		i := 5
		_ = s[i]
	}))
	fmt.Println(try(func() {}))
	fmt.Println(repanic())
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("recover in deferred:", recover())
			fmt.Println("second recover:", recover())
		}()
		panic("once")
	}()
	fmt.Println("still running")
}

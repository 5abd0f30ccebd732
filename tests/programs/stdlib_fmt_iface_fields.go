// fmt on interface-typed elements and fields: nil ones print <nil>, others by their dynamic
// value's methods (unexported fields excepted).
package main

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S%d", s.n) }

type Shape interface{ String() string }

type W struct {
	E error
	I Shape
	A interface{}
	u Shape
}

func main() {
	fmt.Println([]Shape{S{1}, nil, S{2}})
	fmt.Printf("%v %+v %s\n", W{}, W{errors.New("x"), S{3}, S{4}, S{5}}, []fmt.Stringer{S{6}})
	fmt.Printf("%#v\n", W{I: S{7}})
	m := map[string]Shape{"a": S{8}, "b": nil}
	fmt.Println(m, [2]error{nil, errors.New("e")})
}

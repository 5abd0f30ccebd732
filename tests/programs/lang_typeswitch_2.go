// Type switches: a case listing several types (or nil, or default) leaves the variable
// with the switched interface's type; single-type cases give it that type.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type Temp interface{ String() string }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return fmt.Sprintf("nil %T", v)
	case int, int64:
		return fmt.Sprintf("integer %T %v", v, v)
	case string:
		return "string of length " + strconv.Itoa(len(v))
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	case []int, map[string]int:
		return fmt.Sprintf("container %T", v)
	case func() int:
		return fmt.Sprint("func returning ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	inputs := []interface{}{nil, 3, int64(4), "hey", errors.New("bad"), Celsius(21.5),
		[]int{1}, map[string]int{}, func() int { return 7 }, 2.5, struct{}{}, (*int)(nil)}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}

	// Switching on a non-empty interface.
	var t Temp = Celsius(-3)
	switch v := t.(type) {
	case Celsius:
		fmt.Println("celsius", float64(v)+0.5)
	}
	// No variable, and the variable unused in some cases.
	var e interface{} = 'x'
	switch e.(type) {
	case rune:
		fmt.Println("rune (int32)")
	case byte:
		fmt.Println("byte")
	}
	switch v := e.(type) {
	case int32, uint8:
		fmt.Printf("%T %v\n", v, v)
	}
	// Init statement and shadowing of the switched name.
	switch x := interface{}(errors.New("shadow")); x := x.(type) {
	case error:
		fmt.Println(x.Error())
	}
	// A type switch inside a loop with break and continue.
	for i, v := range []interface{}{1, "skip", 2.0, "stop", 3} {
		switch v.(type) {
		case string:
			if v == "stop" {
				fmt.Println("stop at", i)
				break
			}
			continue
		}
		fmt.Println("item", i, v)
	}
}

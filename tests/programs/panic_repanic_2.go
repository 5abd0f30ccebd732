// A recovered panic followed by a new panic from the same deferred function, then an
// unrecovered panic inside another deferred call: Go prints the whole chain.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		panic(fmt.Sprintf("third %d", 3))
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(errors.New("second"))
	}()
	panic("first")
}

// Asserting an interface value to an interface type it does not implement.
package main

import "fmt"

type Named interface{ Name() string }

type Thing struct{}

func main() {
	var v interface{} = Thing{}
	_, ok := v.(Named)
	fmt.Println(ok)
	n := v.(Named)
	fmt.Println(n.Name())
}

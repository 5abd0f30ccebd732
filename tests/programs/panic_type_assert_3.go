// Asserting a nil interface value to a concrete type.
package main

import "fmt"

func main() {
	var v interface{}
	_, ok := v.(int)
	fmt.Println(ok)
	fmt.Println(v.(int))
}

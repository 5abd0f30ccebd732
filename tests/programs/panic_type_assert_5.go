// A failed assertion between named types of the same underlying type.
package main

import "fmt"

type Meters float64
type Feet float64

func main() {
	var v interface{} = Meters(3)
	if _, ok := v.(Feet); !ok {
		fmt.Println("not feet")
	}
	fmt.Println(v.(Feet))
}

// Using an interface holding a slice-containing struct as a map key panics.
package main

import "fmt"

type K struct {
	Parts []string
}

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	fmt.Println(m[1])
	m[K{[]string{"a"}}] = 2
	fmt.Println("unreachable")
}

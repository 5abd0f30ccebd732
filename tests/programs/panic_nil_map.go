// Writing to a nil map panics; reading from it does not.
package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func main() {
	var r Registry
	fmt.Println(r.entries["missing"], len(r.entries))
	r.entries["x"] = 1
	fmt.Println("unreachable")
}

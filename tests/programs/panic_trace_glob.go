// Closures in package-level variable initialisers are named main.glob..funcN, numbered
// in source order although the initialisers run in dependency order; the panic's trace
// goes through main.init, the package initialiser. (The deferred call keeps gc from
// inlining the closures, which would rename the nested one.)
package main

import "fmt"

var total = sum()

var sum = func() func() int {
	defer fmt.Println("sum ready")
	return func() int {
		defer fmt.Println("summing")
		var counts map[string]int
		counts["a"] = 1
		return 0
	}
}()

func main() { fmt.Println(total) }

// Writing to a nil map held in a struct field panics; the compound assignment reads first.
package main

import "fmt"

type Index struct {
	counts map[string]int
}

func main() {
	var idx Index
	fmt.Println(idx.counts["a"], len(idx.counts))
	idx.counts["a"]++
}

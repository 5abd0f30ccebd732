// Calls of slices' generic functions that do not type-check. Go 1.19 has no slices
// package: the expected messages follow Go 1.21's types2 wording, written by hand.
package main

import "slices"

type flag bool

func main() {
	slices.Sort(5)
	slices.Sort([]flag{true})
	slices.Index([]int{1}, "a")
	slices.Sort(nil)
	f := slices.Max
	slices.Contains([]func(){}, nil)
	slices.Equal([]int{}, []string{})
	slices.Sort()
	_ = f
}

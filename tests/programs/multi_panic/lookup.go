// The function that panics, in its own file.
package main

func lookup(xs []string, i int) string {
	return xs[i]
}

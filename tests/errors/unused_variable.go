// goro follows current gc's wording "declared and not used: x" (Go 1.19 prints
// "x declared but not used"); the .err file is edited accordingly.
package main

func main() {
	x := 42
}

// A program of several files: package-level declarations, init functions and methods
// spread over files, initialised in dependency order and then file by file.
package main

import "fmt"

var total = sumTable() // depends on table, declared in tables.go

func init() {
	fmt.Println("init main.go, total =", total)
}

func main() {
	s := NewStack()
	for _, v := range table {
		s.Push(v)
	}
	fmt.Println(s.Len(), s.Pop(), s.Pop(), s)
	fmt.Println(describe(Red), describe(Blue), greeting)
	var sh Shape = Square{3}
	fmt.Println(sh.Area(), sh)
}

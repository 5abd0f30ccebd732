// A failed assertion to an interface type names the first missing method.
package main

import "fmt"

type Reader interface {
	Read() string
	Close() error
}

type File struct{ name string }

func (f File) Read() string { return f.name }

func main() {
	var x interface{} = File{"a"}
	_, ok := x.(Reader)
	fmt.Println(ok)
	r := x.(Reader)
	fmt.Println(r)
}

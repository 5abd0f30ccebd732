// goro follows current gc's wording "declared and not used: x" (Go 1.19 prints
// "x declared but not used");
// the .err file is edited accordingly.
package main

import (
	"fmt"
	"io"
)

type Reader struct{}

func (r *Reader) Read(p []byte) (int, error) { return 0, nil }

type T struct{}

func main() {
	var r io.Reader
	t := r.(T)
	v := r.(Reader)
	var e interface{} = 1
	n := e.(undefinedT)
	fmt.Println(t, v, n)
	switch x := r.(type) {
	case T:
	}
}

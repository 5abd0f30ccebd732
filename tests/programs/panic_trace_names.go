// Function names in a goroutine trace: methods on values and pointers, closures in
// methods, nested closures, method values and method expressions, a deferred call.
package main

import "fmt"

type T struct{ n int }

func (t T) Value(f func()) { f() }

func (t *T) Pointer() {
	func() {
		func() {
			t.Value(boom)
		}()
	}()
}

func boom() {
	var s []int
	_ = s[3]
}

func main() {
	t := &T{1}
	m := t.Pointer
	defer fmt.Println("deferred")
	func() {
		(*T).Pointer(t)
		m()
	}()
}

// Calling a value-receiver method through a nil pointer dereferences it.
package main

import "fmt"

type T struct{ x int }

func (t T) Get() int { return t.x }

func main() {
	var p *T
	fmt.Println("calling")
	fmt.Println(p.Get())
}

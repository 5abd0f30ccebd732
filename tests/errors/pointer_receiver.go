// goro follows current gc's wording "as T value in" (Go 1.19 prints "as type T in");
// the .err file is edited accordingly.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprint(c.n) }

func main() {
	var s fmt.Stringer = Counter{}
	fmt.Println(s)
}

// panic with a value whose type has a String method: Go prints String()'s result.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("Point(%d, %d)", p.X, p.Y) }

func main() {
	fmt.Println(Point{1, 2})
	panic(Point{3, 4})
}

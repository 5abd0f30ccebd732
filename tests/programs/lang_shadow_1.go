// Shadowing: inner declarations hide outer ones; := redeclares at least one new variable.
package main

import "fmt"

var x = "package"

func show() { fmt.Println("show sees", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	show()
	{
		x := "block"
		fmt.Println(x)
		x = "block changed"
		fmt.Println(x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if x := 3.5; x > 0 {
		fmt.Println("if", x)
	}
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("oops")
	fmt.Println(a, b, err)
	var len = func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int struct{ v string }
	fmt.Println(int{"shadowed type"})
	true := false
	fmt.Println(true)
	func() {
		x = "closure"
	}()
	fmt.Println(x)
}

// defer: LIFO order, arguments evaluated at the defer statement, deferred closures see
// later changes, deferred calls modify named results.
package main

import "fmt"

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("body ")
}

func args() {
	x := 1
	defer fmt.Println("deferred arg:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 2
}

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func nested() {
	defer trace("nested")()
	fmt.Println("in nested")
}

type T struct{ n int }

func (t T) show() { fmt.Println("T.show", t.n) }

func receivers() {
	t := T{1}
	defer t.show() // receiver evaluated now
	t.n = 2
	p := &T{10}
	defer func() { p.show() }()
	p.n = 20
}

func main() {
	order()
	fmt.Println()
	args()
	fmt.Println(double())
	nested()
	receivers()
	func() {
		defer fmt.Println("deferred in func literal")
		fmt.Println("func literal body")
	}()
	fmt.Println("end")
}

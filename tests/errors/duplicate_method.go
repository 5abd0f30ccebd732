package main

import "fmt"

type T struct{ name string }

func (T) Hello() {}

func (t *T) Hello() {}

func (t T) name() string { return "" }

func main() {
	fmt.Println(T{})
}

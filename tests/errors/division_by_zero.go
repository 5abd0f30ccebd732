package main

import "fmt"

func main() {
	n := 10
	fmt.Println(n / 0)
	fmt.Println(n % 0)
	fmt.Println(1.5 / 0)
	const c = 3 / 0
	f := 2.0
	fmt.Println(f / 0.0)
}

package main

import "fmt"

type Celsius float64

func main() {
	s := "x"
	n := 3
	fmt.Println(int(s))
	fmt.Println(string([]float64{1}))
	fmt.Println([]int(s))
	fmt.Println(Celsius("1"))
	fmt.Println(bool(n))
	var p *int
	fmt.Println(uintptr(p))
	fmt.Println(float64(true))
}

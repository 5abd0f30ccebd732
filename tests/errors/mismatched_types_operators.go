package main

import "fmt"

type Celsius float64

func main() {
	var i int = 1
	var f float64 = 2
	var c Celsius = 3
	var s string = "s"
	var b bool = true
	fmt.Println(i * f)
	fmt.Println(f - c)
	fmt.Println(i == f)
	fmt.Println(s < i)
	fmt.Println(b && i)
	fmt.Println(i | uint(1))
	i += f
	fmt.Println(i % f)
}

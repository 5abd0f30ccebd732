package main

import "fmt"

func divide(a, b int) (int, error) {
	return a / b
}

func main() {
	fmt.Println(divide(6, 3))
}

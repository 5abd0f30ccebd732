package main

import "fmt"

func main() {
	fmt.Println(byte(256))
	fmt.Println(int8(-129))
	fmt.Println(uint32(-1))
	fmt.Println(int(1e20))
	fmt.Println(int(2.5))
	fmt.Println(string(1.5))
}

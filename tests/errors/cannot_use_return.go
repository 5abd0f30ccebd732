package main

import "fmt"

func name() string {
	return 42
}

func pair() (int, string) {
	return "a", 1
}

func ptr() *int {
	return 0
}

func main() {
	fmt.Println(name(), ptr())
	fmt.Println(pair())
}

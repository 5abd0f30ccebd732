package main

import "fmt"

func one() int {
	return 1, 2
}

func none() {
	return 3
}

func two() (int, error) {
	return
}

func named() (n int, err error) {
	return 1
}

func three() (int, string, bool) {
	return 1, "x"
}

func main() {
	fmt.Println(one(), two, named, three)
	none()
}

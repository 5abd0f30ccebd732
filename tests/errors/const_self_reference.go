package main

import "fmt"

const c = c + 1

func main() {
	fmt.Println(c)
}

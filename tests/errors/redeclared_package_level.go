package main

import "fmt"

var count int

func count() int { return 0 }

type Point struct{}

type Point int

const limit = 1

var limit = 2

func main() {
	fmt.Println(count, limit)
}

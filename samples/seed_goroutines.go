package main

import (
	"fmt"
	"time"
)

func task1() {
	for i := 0; i < 5; i++ {
		fmt.Println("Task 1")
		time.Sleep(time.Millisecond * 500)
	}
}

func task2() {
	for i := 0; i < 5; i++ {
		fmt.Println("Task 2")
		time.Sleep(time.Millisecond * 500)
	}
}

func main() {
	go task1() // Launch task1 as a goroutine
	go task2() // Launch task2 as a goroutine

	// Wait for goroutines to finish
	time.Sleep(time.Second * 3)
}

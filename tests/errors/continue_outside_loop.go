package main

import "fmt"

func main() {
	switch 1 {
	case 1:
		continue
	}
	for i := 0; i < 2; i++ {
		func() {
			break
		}()
	}
	select {
	default:
		continue
	}
	fmt.Println()
}

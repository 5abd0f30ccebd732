package main

import "fmt"

func main() {
outer:
	for i := 0; i < 2; i++ {
	}
unused:
	fmt.Println()
	for {
		break missing
	}
	for {
		continue outer
	}
block:
	{
		break block
	}
sw:
	switch {
	default:
		continue sw
	}
}

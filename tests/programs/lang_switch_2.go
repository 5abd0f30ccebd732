// More switch forms: no condition with init, string cases, break inside loops, default first,
// switches on types of values with the same underlying type.
package main

import "fmt"

type Direction string

func move(d Direction) (int, int) {
	switch d {
	case "up", "north":
		return 0, -1
	case "down", "south":
		return 0, 1
	case "left":
		return -1, 0
	case "right":
		return 1, 0
	}
	return 0, 0
}

func weekday(n int) string {
	switch n % 7 {
	default:
		return "weekday"
	case 0, 6:
		return "weekend"
	}
}

func main() {
	x, y := 0, 0
	for _, d := range []Direction{"up", "up", "right", "south", "left", "left", "nowhere"} {
		dx, dy := move(d)
		x, y = x+dx, y+dy
	}
	fmt.Println(x, y)
	for i := 0; i < 8; i++ {
		fmt.Print(weekday(i), " ")
	}
	fmt.Println()
	switch n := 15; {
	case n%15 == 0:
		fmt.Println("FizzBuzz")
	case n%3 == 0:
		fmt.Println("Fizz")
	}
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			fmt.Print("FizzBuzz")
		case i%3 == 0:
			fmt.Print("Fizz")
		case i%5 == 0:
			fmt.Print("Buzz")
		default:
			fmt.Print(i)
		}
		fmt.Print(" ")
	}
	fmt.Println()
	found := -1
	for i, v := range []int{4, 8, 15, 16, 23, 42} {
		switch {
		case v%2 == 1:
			found = i
		}
		if found >= 0 {
			break
		}
	}
	fmt.Println("first odd at", found)
	switch c := 'k'; {
	case c >= 'a' && c <= 'm':
		fmt.Println("first half")
		fallthrough
	case c >= 'n':
		fmt.Println("fell through")
	}
}

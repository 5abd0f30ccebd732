// switch: cases evaluate top to bottom and left to right until one matches;
// fallthrough into the next case (even default) skips its test; tagless switches.
package main

import "fmt"

var trace []string

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	switch val("tag", 3) {
	case val("a", 1), val("b", 2):
		fmt.Println("first")
	case val("c", 3), val("d", 4):
		fmt.Println("second")
	case val("e", 5):
		fmt.Println("third")
	}
	fmt.Println(trace)

	for _, n := range []int{0, 1, 2, 3} {
		switch n {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		case 2:
			fmt.Print("two ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}

	// default in the middle, reached by fallthrough and by no match.
	for _, n := range []int{1, 5, 9} {
		switch {
		case n < 3:
			fmt.Print("small ")
			fallthrough
		default:
			fmt.Print("dflt ")
		case n > 8:
			fmt.Print("big ")
		}
		fmt.Println(n)
	}

	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s))
	}
	fmt.Println()

	// Init statement with no tag, and a tag with init.
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	}
	switch y := 2; y * 2 {
	case 4:
		fmt.Println("y*2 is 4")
	}
	// break inside a case leaves the switch only.
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			if true {
				break
			}
			fmt.Println("not printed")
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	// Switch on types that are comparable but not ordered.
	type P struct{ X, Y int }
	switch (P{1, 2}) {
	case P{2, 1}:
		fmt.Println("swapped")
	case P{1, 2}:
		fmt.Println("point match")
	}
	var e interface{} = 2.5
	switch e {
	case 2, "2.5":
		fmt.Println("no")
	case 2.5:
		fmt.Println("float match")
	}
	// An empty switch and a switch with only default.
	switch {
	}
	switch {
	default:
		fmt.Println("only default")
	}
}

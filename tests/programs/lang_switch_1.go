// switch: expression and tagless forms, init statements, lists, fallthrough, break.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("hi you") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()

	switch x := 5; x {
	case 4:
		fmt.Println("four")
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six (fallthrough)")
		fallthrough
	default:
		fmt.Println("default (fallthrough)")
	case 7:
		fmt.Println("seven")
	}

	for i := 0; i < 4; i++ {
		switch {
		case i == 1:
			continue
		case i == 2:
			break
		default:
			fmt.Println("i =", i)
		}
		fmt.Println("after switch", i)
	}

	calls := 0
	f := func(v int) int { calls++; return v }
	switch f(3) {
	case f(1), f(2):
		fmt.Println("no")
	case f(3), f(4):
		fmt.Println("matched 3")
	}
	fmt.Println("evaluations:", calls)

	switch s := "go"; {
	case len(s) > 1:
		fmt.Println("long", s)
	}
	switch {
	}
	var iface interface{} = 3
	switch iface {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
}

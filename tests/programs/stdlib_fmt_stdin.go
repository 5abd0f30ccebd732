// fmt reading stdin (stdlib_fmt_stdin.in) with Scan, Scanln and Scanf, including their
// errors, and the Fprint family writing to os.Stdout and os.Stderr in program order.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Scan(&name, &age, &height)
	fmt.Println(n, err, name, age, height)
	var a, b int
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("scanln", n, err, a, b)
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("scanln short", n, err, a, b)
	var word string
	var num int
	n, err = fmt.Scanf("%s %d\n", &word, &num)
	fmt.Println("scanf", n, err, word, num)
	var hex int
	var r rune
	n, err = fmt.Scanf("%x %c\n", &hex, &r)
	fmt.Println("scanf hex", n, err, hex, string(r))
	n, err = fmt.Scan(&num)
	fmt.Println("bad int", n, err)
	var rest []string
	for {
		var w string
		if _, err := fmt.Scan(&w); err != nil {
			fmt.Println("end:", err)
			break
		}
		rest = append(rest, w)
	}
	fmt.Println(strings.Join(rest, "|"))

	fmt.Fprint(os.Stdout, "to", "stdout", 1, 2, "\n")
	fmt.Fprintln(os.Stderr, "to stderr", 3)
	fmt.Fprintf(os.Stderr, "%s=%d\n", "x", 4)
	nw, werr := fmt.Fprintf(os.Stdout, "%5.1f|\n", 2.25)
	fmt.Println(nw, werr)
	fmt.Print("a", "b", 1, 2, true, "c\n")
	fmt.Println(strings.TrimRight("xxhixyx", "xy"), strings.TrimLeft("  a  ", " "))
}

// fmt's Scan family over strings and readers: spaces and newlines, verbs, errors.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type celsius float64

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("12 -7\n  word 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)

	n, err = fmt.Sscanln("1 2\n3", &a, &b, &s)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5 6 extra", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 0b101 017 1_000", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	var small int8
	n, err = fmt.Sscan("300", &small)
	fmt.Println(n, err, small)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	var ok bool
	var u uint
	var c celsius
	n, err = fmt.Sscan("true 42 -3.25e1", &ok, &u, &c)
	fmt.Println(n, err, ok, u, c)

	var name string
	var age int
	n, err = fmt.Sscanf("name=Gopher age=13", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	var x, y int
	n, err = fmt.Sscanf("(3, 4)", "(%d, %d)", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("12345", "%3d%d", &x, &y)
	fmt.Println(n, err, x, y)
	var r1, r2 rune
	n, err = fmt.Sscanf("ab", "%c%c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
	n, err = fmt.Sscanf("7 apples", "%d oranges", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("1", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("50%", "%d%%", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("1 2", "%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)

	rd := strings.NewReader("10 20\n30\n")
	sum := 0
	for {
		var v int
		if _, err := fmt.Fscan(rd, &v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	br := bufio.NewReader(strings.NewReader("line one\nline two\n"))
	var w1, w2 string
	n, err = fmt.Fscanln(br, &w1, &w2)
	fmt.Println(n, err, w1, w2)
	rest, _ := br.ReadString('\n')
	fmt.Printf("%q\n", rest)
}

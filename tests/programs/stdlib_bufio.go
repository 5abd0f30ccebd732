// bufio: scanning lines, words and runes, buffered reading and writing.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	input := "first line\nsecond  line\r\n\nlast without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	for n := 1; sc.Scan(); n++ {
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	words := bufio.NewScanner(strings.NewReader("  alpha beta\n\tgamma  δέλτα "))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
		fmt.Print("[", words.Text(), "]")
	}
	fmt.Println(count)

	runes := bufio.NewScanner(strings.NewReader("añ\xff!"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	long.Buffer(make([]byte, 10), 50)
	fmt.Println(long.Scan(), long.Err())

	rd := bufio.NewReader(strings.NewReader("one,two\nthree\r\nfour"))
	s, err := rd.ReadString(',')
	fmt.Printf("%q %v\n", s, err)
	line, prefix, err := rd.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	line, prefix, err = rd.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	r, size, err := rd.ReadRune()
	fmt.Println(string(r), size, err)
	rest, err := rd.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.WriteByte('3')
	w.WriteRune('\n')
	fmt.Println("unbuffered first:", w.Buffered())
	w.Flush()
	small := bufio.NewWriterSize(os.Stdout, 16)
	small.WriteString("a string longer than sixteen bytes\n")
	fmt.Println("available:", small.Available())
	small.Flush()
}

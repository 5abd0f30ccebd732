// Strings are immutable byte sequences: comparison is bytewise, concatenation copies,
// substrings share nothing observable, conversions from numbers and runes.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[2], string(s[1]), s[1:3], len([]rune(s)))
	fmt.Printf("%c %U %x\n", []rune(s)[1], []rune(s)[7], s[7:10])

	// Comparison is lexicographic by bytes.
	words := []string{"b", "a", "ab", "B", "", "é", "e", "zz"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	fmt.Printf("%q\n", words)
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" == "", "a" <= "a", "b" >= "a")

	// Concatenation, += in loops, and building with a Builder.
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, acc+acc[:2])
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("go")
	fmt.Println(sb.String(), sb.Len())

	// Strings cannot be modified; convert to []byte, modify, convert back.
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	r[1] = 'e'
	fmt.Println(string(r))

	// Conversions from bytes and runes.
	var by byte = 'A'
	var ru rune = '世'
	fmt.Println(string(by), string(ru), string(rune(by)+1), by, ru)
	fmt.Println(string([]byte{72, 105}), string([]rune{0x4e16, 0x754c}))

	// Multiline and raw strings.
	raw := `a\nb
c`
	fmt.Println(len(raw), raw)
	fmt.Printf("%q\n", raw)
	esc := "tab\there\x41\u00e9\U0001F600\\"
	fmt.Println(esc, len(esc))

	// Indexing in a loop and counting bytes vs runes.
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			count++
		}
	}
	fmt.Println("non-ascii bytes", count)

	// Strings as map keys and switch cases.
	switch s[:1] {
	case "h":
		fmt.Println("starts with h")
	}
	// Comparing strings of different lengths that share a prefix.
	fmt.Println(strings.Compare("go", "gopher"), strings.Compare("gopher", "go"), "go" < "gopher")
}

// Strings: bytes vs runes, indexing, slicing, concatenation, comparison, UTF-8 range.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[:1], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println([]byte("héllo"))
	fmt.Println([]rune("héllo"))
	fmt.Println(string([]rune{19990, 30028}), string([]byte{104, 105}))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]))

	t := "go"
	t += "pher"
	fmt.Println(t, t == "gopher", t < "gopiher", "abc" < "abd", "ab" < "abc")
	fmt.Printf("%q %v %x % x\n", s, s[0], "hi", "hi")

	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len(bad))
	fmt.Println(string(rune(65)), string(rune(0x10FFFF+1)) == "\uFFFD")

	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count)
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	raw := `raw\n "string"`
	fmt.Println(raw, len(raw))
	fmt.Println("multi" + "ple" + " " + "parts")
}

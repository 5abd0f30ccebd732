// Strings with invalid UTF-8: indexing gives bytes, range yields U+FFFD one byte at a time,
// []rune conversion replaces bad bytes, and conversions back and forth copy.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe2\x82c\xe2\x82\xac\xf0\x9f\x98"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Printf("%d:%U:%q ", i, r, r)
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()

	rs := []rune(s)
	fmt.Println(len(rs), rs)
	back := string(rs)
	fmt.Println(len(back), back == s, []byte(back))
	fmt.Printf("%q\n%+q\n%x\n% x\n", s, s, s, s)

	// Conversions of integers to strings give one rune; invalid code points become U+FFFD.
	fmt.Println(string(rune(65)), string(rune(0x20ac)), string(rune(-1)), string(rune(0xd800)), string(rune(0x110000)))
	fmt.Println([]byte(string(rune(0xd800))))

	// []byte and string conversions copy.
	b := []byte("hello")
	t := string(b)
	b[0] = 'J'
	fmt.Println(t, string(b))
	u := []byte(t)
	u[1] = 'a'
	fmt.Println(t, string(u))

	// Runes and bytes from surrogate halves and overlong encodings.
	for _, bad := range []string{"\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80"} {
		r, size := utf8.DecodeRuneInString(bad)
		fmt.Printf("%q %U %d %d\n", bad, r, size, len([]rune(bad)))
	}

	// Strings compare bytewise, including invalid bytes.
	fmt.Println("\xff" > "\u00ff", "\xc3\xbf" == "\u00ff", "a\x00" > "a", "" < "\x00")

	// Appending a string to a byte slice.
	bs := append([]byte("x"), "\xff\u00e9"...)
	fmt.Println(bs, len(bs), utf8.Valid(bs))
	// A rune slice with invalid code points.
	fmt.Println(string([]rune{0x41, -5, 0x10ffff, 0x110000}))
}

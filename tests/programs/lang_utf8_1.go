// unicode/utf8 and unicode: rune counts, encoding, decoding, validity, classification.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Grüße, 世界! 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	r, size := utf8.DecodeRuneInString(s[2:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d %U\n", r, size, r)
	buf := make([]byte, 4)
	for _, c := range []rune{'A', 'é', '世', '🎉'} {
		n := utf8.EncodeRune(buf, c)
		fmt.Println(c, n, buf[:n], utf8.RuneLen(c))
	}
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.RuneError)
	fmt.Println(utf8.AppendRune(nil, 'ß'))
	counts := map[string]int{}
	for _, c := range s {
		switch {
		case unicode.IsUpper(c):
			counts["upper"]++
		case unicode.IsLetter(c):
			counts["letter"]++
		case unicode.IsSpace(c):
			counts["space"]++
		case unicode.IsPunct(c):
			counts["punct"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(string(unicode.ToUpper('ü')), string(unicode.ToLower('Ä')), unicode.IsDigit('٣'))
}

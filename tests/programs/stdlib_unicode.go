// unicode and unicode/utf8: the classifiers and case mappings over ASCII, Latin-1 and
// other scripts, and the UTF-8 helpers on valid and invalid input.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '_', 'é', 'ß', 'Σ', 'ς', 'ǅ', '٣', '世', '😀', '\u00a0', '\u2028', 0x7f, 0x300, 'Ⅷ', '€', '+', utf8.RuneError, -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%U letter=%t digit=%t number=%t space=%t upper=%t lower=%t title=%t punct=%t symbol=%t print=%t graphic=%t control=%t mark=%t",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsPrint(r),
			unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsMark(r))
		fmt.Printf(" upper=%q lower=%q title=%q fold=%q\n", unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.MaxRune, unicode.ReplacementChar == utf8.RuneError)

	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, 0x10FFFF, 0x110000} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), n, buf[:n], utf8.ValidRune(r))
	}
	for _, s := range []string{"", "hello", "héllo, 世界", "a\xffb", "\xe4\xb8", "😀x", "\xed\xa0\x80", "\xc0\xaf"} {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q count=%d valid=%t first=%q/%d last=%q/%d full=%t\n", s, utf8.RuneCountInString(s),
			utf8.ValidString(s), r, size, lr, lsize, utf8.FullRuneInString(s))
		b := []byte(s)
		r, size = utf8.DecodeRune(b)
		fmt.Println(utf8.RuneCount(b), utf8.Valid(b), r, size, len(b) > 0 && utf8.RuneStart(b[len(b)-1]))
	}
	fmt.Println(string(utf8.AppendRune([]byte("x"), '世')), utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
}

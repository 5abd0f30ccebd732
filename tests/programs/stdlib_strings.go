// strings, unicode and unicode/utf8: builders, readers, replacers and callbacks.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("héllo")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())

	s := "  The quick brown fox, jumps over the lazy dog.  "
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,,c", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "/"))
	fmt.Println(strings.Contains(s, "fox"), strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "!?"))
	fmt.Println(strings.HasPrefix(s, "  The"), strings.HasSuffix(s, "dog."))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.ToUpper("héllo, wörld ß"), strings.ToLower("HÉLLO İ"), strings.ToTitle("ǆ"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(s), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.Compare("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)

	rd := strings.NewReader("héllo")
	for {
		ch, size, err := rd.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Print(string(ch), size, " ")
	}
	fmt.Println(rd.Len())
	data, _ := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data))

	fmt.Println(unicode.IsLetter('é'), unicode.IsDigit('٣'), unicode.IsSpace('\u00a0'), unicode.IsPunct('!'), unicode.IsUpper('Σ'))
	fmt.Println(string(unicode.ToUpper('ÿ')), string(unicode.ToLower('Ω')), unicode.SimpleFold('K'))
	word := "naïve 世界\xff"
	fmt.Println(len(word), utf8.RuneCountInString(word), utf8.ValidString(word), utf8.ValidString("ok"))
	ch, size := utf8.DecodeRuneInString("世界")
	last, lsize := utf8.DecodeLastRuneInString("世界")
	fmt.Println(string(ch), size, string(last), lsize, utf8.RuneLen('世'))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 'é')
	fmt.Println(buf[:n], utf8.AppendRune(nil, 0x10FFFF))

	defer func() { fmt.Println("recovered:", recover()) }()
	strings.Repeat("x", -1)
}

// Common strings package functions on ASCII and UTF-8 text.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "zzz"))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"))
	words := strings.Fields(s)
	fmt.Println(len(words), words[2])
	fmt.Println(strings.Join(words[:3], "-"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("ÀBC"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q\n", strings.TrimSpace("  hi \n"), strings.Trim("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Gx"))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'))
}

// Building strings: strings.Builder, byte slices, rune slices; comparing and iterating.
package main

import (
	"fmt"
	"strings"
)

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('é')
	}
	fmt.Println(sb.String(), sb.Len())

	b := []byte("hello")
	b[0] -= 32
	b = append(b, ", world"...)
	fmt.Println(string(b), len(b))

	fmt.Println(reverseRunes("héllo, 世界"))
	s := "abc"
	fmt.Println(s[0] == 'a', s[1:2] == "b", s+s, strings.Compare("a", "b"))
	upper := ""
	for i := 0; i < len(s); i++ {
		upper += string(s[i] - 'a' + 'A')
	}
	fmt.Println(upper)
	lines := strings.Split("one\ntwo\nthree", "\n")
	for i, l := range lines {
		fmt.Printf("%d:%s;", i, l)
	}
	fmt.Println()
	fmt.Println(strings.SplitN("a=b=c", "=", 2), strings.Fields("  spaced   out  "))
	fmt.Println(strings.HasPrefix("xyz", "xy"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyzc"))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.TrimLeft("xxyxz", "xy"), strings.TrimRight("zxyxx", "xy"))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	cut1, cut2, found := strings.Cut("key=value", "=")
	fmt.Println(cut1, cut2, found)
}

// String algorithms: palindromes, anagram groups, word frequencies, Caesar cipher.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func sortedKey(w string) string {
	b := []byte(w)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

func caesar(s string, k int) string {
	out := []rune(s)
	for i, r := range out {
		switch {
		case r >= 'a' && r <= 'z':
			out[i] = 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			out[i] = 'A' + (r-'A'+rune(k)+26)%26
		}
	}
	return string(out)
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Été", "No 'x' in Nixon"} {
		fmt.Printf("%q %v\n", s, isPalindrome(s))
	}
	groups := map[string][]string{}
	for _, w := range []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"} {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	text := "the cat and the hat and the bat"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	fmt.Println(freq)
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
}

// strconv in depth: parse errors, bases, bit sizes, quoting, float formats.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0", "+7", "0x1f", "9223372036854775808", "", " 1", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1f", 0, 64}, {"0b101", 0, 8}, {"777", 8, 64}, {"-129", 10, 8}, {"z", 36, 64}, {"12", 2, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "NaN", "1e400", "abc", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(1.0/3, 'e', 3, 64), strconv.FormatFloat(1e6, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.FormatUint(255, 2), strconv.FormatInt(-35, 36), strconv.Itoa(0))
	fmt.Println(strconv.Quote("tab\t\"q\" é \x01"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatBool(true), strconv.AppendInt([]byte("n="), 12, 10))
	fmt.Println(string(strconv.AppendQuote(nil, "x")))
}

// strconv: every function issue 5 lists, on ordinary and edge inputs, with the exact
// *NumError messages.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+7", "42", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "x", "", " 1", "1_000", "0x1f", "٣"} {
		n, err := strconv.Atoi(s)
		fmt.Println("Atoi", strconv.Quote(s), n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"999999999999999999999", 10, 64}, {"-129", 10, 8}, {"127", 10, 8}, {"0x7f", 0, 8}, {"0b101", 0, 0}, {"0o17", 0, 16},
		{"017", 0, 32}, {"1_000_000", 0, 64}, {"1__0", 0, 64}, {"zz", 36, 64}, {"12", 1, 64}, {"12", 37, 64}, {"ff", 16, 65}, {"-", 10, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println("ParseInt", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"18446744073709551615", "18446744073709551616", "-1", "0xFFFF", "255"} {
		u, err := strconv.ParseUint(s, 0, 64)
		u8, err8 := strconv.ParseUint(s, 0, 8)
		fmt.Println("ParseUint", s, u, err, u8, err8)
	}
	for _, s := range []string{"3.14", "-0", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "inf", "-Infinity", "NaN", "0x1p-2", "1_000.5", ".5", "5.", "abc", "1e", "3.4028235e38"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println("ParseFloat", s, f, err, f32, err32)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", strconv.Quote(s), b, err)
	}
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-45), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(strconv.FormatInt(-255, base), strconv.FormatInt(math.MinInt64, base), strconv.FormatUint(math.MaxUint64, base))
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, 1.5, -2.25, 1e21, 1e-7, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(-1), 1.0 / 3} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'G', 5, 64), strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'E', -1, 32),
			strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'X', 3, 64))
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	for _, s := range []string{"hello", "héllo\n", "tab\there", "\x00\x7f\xff", "`", "\"quoted\"", "日本語", "\u2028", "\U0001F600"} {
		q := strconv.Quote(s)
		back, err := strconv.Unquote(q)
		fmt.Println(q, strconv.QuoteToASCII(s), back == s, err)
	}
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\u00e9'`, `"unterminated`, `'ab'`, `"\q"`, `abc`, `""`, `"\xff"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote %s %q %v\n", s, u, err)
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 'é', 0x1F600, 0xFFFD, -1, 0x10FFFF + 1} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, 255, 16)
	b = strconv.AppendBool(append(b, ' '), true)
	b = strconv.AppendQuote(append(b, ' '), "q")
	b = strconv.AppendFloat(append(b, ' '), 2.5, 'g', -1, 64)
	b = strconv.AppendUint(append(b, ' '), 7, 2)
	fmt.Println(string(b))
	_, err := strconv.Atoi("nope")
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, ne.Unwrap() == strconv.ErrSyntax)
}

// Conversions between numeric types, strings, bytes and runes; strconv.
package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	i := 300
	fmt.Println(int8(i), uint8(i), int16(i), float64(i)/7)
	f := -3.99
	fmt.Println(int(f), int64(f), uint8(int(f)+10))
	fmt.Println(string(rune(9731)), []byte("ok"), string([]byte{'o', 'k'}))
	fmt.Println(strconv.Itoa(-45), strconv.Quote("a\"b"), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	x, err := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(x, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	fmt.Println(CToF(100), CToF(-40))
	fmt.Printf("%T %v\n", CToF(0), CToF(37))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	var r rune = 'é'
	fmt.Println(r, string(r), byte(r))
	fmt.Println(strconv.Quote("héllo\n"), strconv.QuoteToASCII("héllo"))
}

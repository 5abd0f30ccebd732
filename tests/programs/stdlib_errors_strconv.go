package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func find(name string) error {
	return fmt.Errorf("find %q: %w", name, &NotFound{name})
}

func main() {
	err := find("x")
	fmt.Println(err)
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	fmt.Println(errors.Is(err, io.EOF), errors.Is(fmt.Errorf("wrap: %w", io.EOF), io.EOF))
	fmt.Println(errors.Unwrap(err) == error(nf), errors.Unwrap(errors.New("plain")))

	for _, s := range []string{"42", "-17", "", "abc", "99999999999999999999", "0x1F", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("0x_1F", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.25", "1e400", "-inf", "NaN", "0x1p-2", "1_000.5", ".5", "x"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.FormatFloat(3.0, 'f', -1, 64),
		strconv.FormatFloat(1.0/3, 'e', 3, 32), strconv.Quote("tab\there\u00e9\x00"), strconv.QuoteToASCII("é"),
		strconv.QuoteRune('☺'))

	fmt.Println(math.Sqrt(2), math.Pi, math.Floor(-1.5), math.Inf(1), math.NaN(), math.MaxInt64, math.Max(3, 7))
	fmt.Printf("%.4f %v %v\n", math.Pow(2, 0.5), math.IsNaN(math.NaN()), math.Hypot(3, 4))

	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stdout, "to stdout %d\n", 2)
	n, _ := fmt.Fprint(os.Stdout, "x", 3, "\n")
	fmt.Println(n, len(os.Args) > 0)
	os.Exit(3)
}

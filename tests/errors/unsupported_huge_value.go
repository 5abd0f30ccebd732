// goro's own message: a value larger than 4 GiB is outside goro's subset. gc compiles
// these (a local one fails at run time with "fatal error: runtime: out of memory", a
// package-level one at link time with "symbol too large").
package main

type Record struct {
	ID    int
	Bytes [1 << 33]byte
}

type Pair struct {
	A, B [3 << 30]byte // each fits, together they do not
}

func main() {
	var buf [1 << 40]byte
	buf[0] = 1
	var r Record
	var p Pair
	_, _ = r, p
}

// Constants and iota: typed and untyped, skipped values, expressions, exact arithmetic.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

const huge = 1 << 100
const third = 1.0 / 3
const big = huge >> 98

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, int(Thursday))
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagRead|FlagExec)
	fmt.Println(big, huge/(huge>>1))
	fmt.Println(third, third*3 == 1)
	const x = 'a' + 1
	fmt.Println(x, string(rune(x)))
	fmt.Printf("%T %T %T %T\n", x, third, KB, Monday)
	const typed int32 = 1 << 20
	fmt.Println(typed * 2)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
	var f float32 = third
	fmt.Println(f)
	const c2 = 7 / 2
	const c3 = 7 / 2.0
	fmt.Println(c2, c3)
	fmt.Println(1<<62/(1<<61), 0x10, 0o17, 0b101, 1_000_000, 'x')
}

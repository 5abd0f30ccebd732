// iota patterns: skips with _, expressions, several constants per line, typed iota,
// implicit repetition of the previous expression, iota restarting in each block.
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

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	x0 = "str"
	x1
	x2 = iota
	x3
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagD
	FlagAll = FlagA | FlagB | FlagC | FlagD
)

const (
	neg = -iota - 1
	neg2
	neg3
)

const (
	f0 = iota * 1.5
	f1
	f2
)

const single = iota

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T %T\n", Monday, KB)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagAll)
	fmt.Printf("%08b %T\n", FlagAll&^FlagB, FlagAll)
	fmt.Println(neg, neg2, neg3)
	fmt.Println(f0, f1, f2)
	fmt.Println(single)
	const (
		local = iota + 100
		local2
	)
	fmt.Println(local, local2)
	var w Weekday = 10
	fmt.Println(w+Monday, Weekday(3) == Tuesday+1)
}

// Enumerations with iota: String methods, bit-flag sets printed by name, skipped values.
package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
	numColors
)

func (c Color) String() string {
	if c < 0 || c >= numColors {
		return fmt.Sprintf("Color(%d)", int(c))
	}
	return [...]string{"Red", "Green", "Blue"}[c]
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var names []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "read"}, {Write, "write"}, {Exec, "exec"}, {Admin, "admin"}} {
		if p&f.bit != 0 {
			names = append(names, f.name)
		}
	}
	return strings.Join(names, "|")
}

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func main() {
	fmt.Println(Red, Green, Blue, Color(7), numColors)
	fmt.Printf("%v %d %s %q\n", Blue, Blue, Green, Red)
	fmt.Println([]Color{Blue, Red}, map[Color]int{Green: 2, Red: 1})
	var p Perm = Read | Exec
	fmt.Println(p, Perm(0), Read|Write|Exec|Admin, Admin, uint8(Admin))
	p |= Write
	p &^= Read
	fmt.Println(p)
	fmt.Println(KB, MB, GB, GB/MB)
	const (
		a = iota * iota
		b
		c
		d = "str"
		e
		f = iota
	)
	fmt.Println(a, b, c, d, e, f)
}

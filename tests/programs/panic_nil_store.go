// Storing through a nil pointer to a struct: Go's SIGSEGV line shows the field's offset
// as the faulting address (0x10 for Z). The pointer comes from a slice, so gc cannot
// see it is nil at compile time and turn the store into an explicit nil check.
package main

type Point struct {
	X, Y, Z int64
}

func move(p *Point) {
	p.Z = 3
}

var points = []*Point{{}, nil}

func main() {
	for _, p := range points {
		move(p)
	}
}

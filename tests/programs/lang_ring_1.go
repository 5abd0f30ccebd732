// A fixed-size ring buffer (array-backed queue) with wrap-around indices and errors.
package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("ring: full")
var ErrEmpty = errors.New("ring: empty")

type Ring struct {
	buf        [4]int
	head, size int
}

func (r *Ring) Push(v int) error {
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring) Pop() (int, error) {
	if r.size == 0 {
		return 0, ErrEmpty
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func main() {
	var r Ring
	for i := 1; i <= 5; i++ {
		if err := r.Push(i * 10); err != nil {
			fmt.Println("push", i*10, "->", err)
		}
	}
	for i := 0; i < 2; i++ {
		v, err := r.Pop()
		fmt.Println("pop", v, err)
	}
	r.Push(60)
	r.Push(70)
	fmt.Println(r.buf, r.head, r.size)
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Print(v, " ")
	}
}

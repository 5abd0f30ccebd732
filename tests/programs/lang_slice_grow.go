// append's capacity growth as Go 1.19 computes it (growslice: doubling below 256
// elements, then a smooth 1.25x, rounded up to malloc size classes), for element sizes
// 1, 8, 24 and 40, and for appends of many elements at once.
package main

import "fmt"

type Big struct{ A, B, C, D, E int64 }

func main() {
	var bs []byte
	last := -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()

	var is []int
	last = -1
	for i := 0; i < 5000; i++ {
		is = append(is, i)
		if cap(is) != last {
			fmt.Print(cap(is), " ")
			last = cap(is)
		}
	}
	fmt.Println()

	var ss []string
	last = -1
	for i := 0; i < 2000; i++ {
		ss = append(ss, "")
		if cap(ss) != last {
			fmt.Print(cap(ss), " ")
			last = cap(ss)
		}
	}
	fmt.Println()

	var big []Big
	last = -1
	for i := 0; i < 1000; i++ {
		big = append(big, Big{})
		if cap(big) != last {
			fmt.Print(cap(big), " ")
			last = cap(big)
		}
	}
	fmt.Println()

	// Appending many at once: the new length exceeds double the old capacity.
	for _, n := range []int{1, 3, 5, 7, 9, 17, 33, 100, 1000} {
		s := append([]int{1, 2}, make([]int, n)...)
		b := append([]byte("ab"), make([]byte, n)...)
		fmt.Print(n, ":", cap(s), ",", cap(b), " ")
	}
	fmt.Println()
	// append to a slice with spare capacity reuses the array.
	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println(t, u, &t[0] == &u[0], cap(t))
	fmt.Println(cap(append([]int32(nil), 1, 2, 3)), cap(append([]uint16{1}, 2, 3, 4, 5)))
	fmt.Println(cap(append(make([]int, 0, 5), make([]int, 6)...)))
	fmt.Println(cap(append(make([]int16, 300), 1)), cap(append(make([]int64, 600), 1)))
}

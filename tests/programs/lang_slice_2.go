// append growth: the capacities Go reports for ints, bytes, strings and structs.
package main

import "fmt"

type pair struct{ a, b int64 }

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Print(cap(ints), " ")
			last = cap(ints)
		}
	}
	fmt.Println()
	var bs []byte
	last = -1
	for i := 0; i < 200; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	var ss []string
	last = -1
	for i := 0; i < 100; i++ {
		ss = append(ss, "x")
		if cap(ss) != last {
			fmt.Print(cap(ss), " ")
			last = cap(ss)
		}
	}
	fmt.Println()
	var ps []pair
	last = -1
	for i := 0; i < 100; i++ {
		ps = append(ps, pair{})
		if cap(ps) != last {
			fmt.Print(cap(ps), " ")
			last = cap(ps)
		}
	}
	fmt.Println()
	a := append([]int{1, 2, 3}, 4)
	fmt.Println(len(a), cap(a))
	b := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(b), cap(b))
	c := append(make([]int, 5, 5), make([]int, 7)...)
	fmt.Println(len(c), cap(c))
	d := append([]byte("hello"), " world"...)
	fmt.Println(len(d), cap(d), string(d))
}

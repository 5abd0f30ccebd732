// Channel values: element copies on send and receive, directions, comparison, channels in maps, interfaces and structs, len/cap order.
package main

import (
	"fmt"
	"sort"
)

type pt struct{ x, y int }
type arr [3]int

type holder struct {
	c    chan int
	name string
}

func producer(out chan<- pt, n int) {
	for i := 0; i < n; i++ {
		out <- pt{i, i * i}
	}
	close(out)
}

func consume(in <-chan pt) int {
	s := 0
	for p := range in {
		s += p.x + p.y
	}
	return s
}

type Stringer interface{ String() string }

func main() {
	c := make(chan pt, 4)
	go producer(c, 5)
	fmt.Println(consume(c))

	// aggregates copied on send and receive
	a := arr{1, 2, 3}
	ca := make(chan arr, 1)
	ca <- a
	a[0] = 99
	b := <-ca
	fmt.Println(a, b)
	ps := make(chan pt, 2)
	p := pt{1, 2}
	ps <- p
	p.x = 7
	q, ok := <-ps
	fmt.Println(p, q, ok)
	close(ps)
	q, ok = <-ps
	fmt.Println(q, ok)
	r := <-ps
	r.x = 5
	fmt.Println(r, <-ps)

	// len/cap, nil
	var nc chan int
	fmt.Println(len(nc), cap(nc), nc == nil)
	bc := make(chan string, 3)
	bc <- "a"
	bc <- "b"
	fmt.Println(len(bc), cap(bc))

	// comparison, maps, interfaces, structs
	c1 := make(chan int)
	c2 := c1
	var ro <-chan int = c1
	var so chan<- int = c1
	fmt.Println(c1 == c2, ro == c1, so == c2, c1 == make(chan int))
	m := map[chan int]string{c1: "one"}
	fmt.Println(m[c2], len(m))
	var i interface{} = c1
	_, isChan := i.(chan int)
	_, isRo := i.(<-chan int)
	fmt.Println(isChan, isRo, i == interface{}(c2))
	h := holder{c: make(chan int, 1), name: "h"}
	h.c <- 42
	fmt.Println(<-h.c, h.name)
	hs := []holder{h, h}
	hs[1].c <- 3
	fmt.Println(<-hs[0].c)
	switch v := i.(type) {
	case chan int:
		fmt.Println("chan int", v == c1)
	}
	fmt.Printf("%T %T %T\n", c1, ro, so)

	// chan of chan, chan of func, chan of interface
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 8
	fmt.Println(<-inner)
	cf := make(chan func() int, 1)
	cf <- func() int { return 11 }
	fmt.Println((<-cf)())
	ci := make(chan interface{}, 3)
	ci <- 1
	ci <- "s"
	ci <- nil
	fmt.Println(<-ci, <-ci, <-ci)
	ce := make(chan error, 1)
	ce <- nil
	fmt.Println(<-ce == nil)

	// strings and slices through channels
	cs := make(chan []int, 1)
	sl := []int{1, 2}
	cs <- sl
	got := <-cs
	got[0] = 100
	fmt.Println(sl)
	cm := make(chan map[string]int, 1)
	cm <- map[string]int{"k": 1}
	fmt.Println(<-cm)

	// close and ok in map entries
	res := map[string]int{}
	var oks = map[string]bool{}
	ch := make(chan int, 1)
	ch <- 5
	res["a"], oks["a"] = <-ch
	close(ch)
	res["b"], oks["b"] = <-ch
	keys := []string{}
	for k := range res {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, res[k], oks[k])
	}
	var blank chan struct{} = make(chan struct{})
	go func() { blank <- struct{}{} }()
	<-blank
	for range []int{} {
	}
	done := make(chan bool)
	go func() {
		defer close(done)
	}()
	_, ok = <-done
	fmt.Println("done", ok)
	// range with no var
	cnt := make(chan int, 3)
	cnt <- 1
	cnt <- 2
	close(cnt)
	n := 0
	for range cnt {
		n++
	}
	fmt.Println(n)
	var e struct{}
	es := make(chan struct{}, 2)
	es <- e
	fmt.Println(len(es), <-es)
	f32 := make(chan float32, 1)
	f32 <- 1.5
	fmt.Println(<-f32)
	u8 := make(chan uint8, 1)
	u8 <- 255
	fmt.Println(<-u8 + 1)
}

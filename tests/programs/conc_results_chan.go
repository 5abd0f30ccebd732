// Returning results and errors from goroutines over a channel of structs.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type outcome struct {
	input int
	value int
	err   error
}

func sqrtInt(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative input")
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r, nil
}

func main() {
	inputs := []int{16, -4, 99, 0, 144, -1}
	ch := make(chan outcome)
	for _, n := range inputs {
		go func(n int) {
			v, err := sqrtInt(n)
			ch <- outcome{n, v, err}
		}(n)
	}
	var all []outcome
	for range inputs {
		all = append(all, <-ch)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].input < all[j].input })
	for _, o := range all {
		if o.err != nil {
			fmt.Printf("%4d: error: %v\n", o.input, o.err)
		} else {
			fmt.Printf("%4d: %d\n", o.input, o.value)
		}
	}
}

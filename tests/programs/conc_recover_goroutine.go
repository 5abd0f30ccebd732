// A goroutine recovers from its own panic and reports it over a channel.
package main

import (
	"fmt"
	"sort"
)

func safeGo(id int, f func(), errs chan<- string) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprintf("task %d failed: %v", id, r)
				return
			}
			errs <- fmt.Sprintf("task %d ok", id)
		}()
		f()
	}()
}

func main() {
	errs := make(chan string)
	safeGo(1, func() {}, errs)
	safeGo(2, func() { panic("explicit") }, errs)
	safeGo(3, func() {
		var p *struct{ x int }
		p.x = 1
	}, errs)
	safeGo(4, func() {
		a := []int{}
		i := 3
		_ = a[i]
	}, errs)
	var msgs []string
	for i := 0; i < 4; i++ {
		msgs = append(msgs, <-errs)
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
}

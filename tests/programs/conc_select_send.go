// select choosing between sends and receives; a loop that feeds and drains at once.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * 2
		}
		close(out)
	}()
	pending := []int{1, 2, 3, 4, 5}
	var results []int
	inCh := in
	for inCh != nil || out != nil {
		var next int
		sendCh := inCh
		if len(pending) == 0 {
			sendCh = nil
			if inCh != nil {
				close(in)
				inCh = nil
				continue
			}
		} else {
			next = pending[0]
		}
		select {
		case sendCh <- next:
			pending = pending[1:]
		case v, ok := <-out:
			if !ok {
				out = nil
				continue
			}
			results = append(results, v)
		}
	}
	fmt.Println(results)
}

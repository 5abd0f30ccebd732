// Bounded parallelism with ordered output: at most 3 tasks run at once, results printed
// in input order through per-task channels.
package main

import (
	"fmt"
	"strings"
)

func process(s string) string {
	return strings.ToUpper(s) + fmt.Sprintf("(%d)", len(s))
}

func main() {
	inputs := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	sem := make(chan struct{}, 3)
	outs := make([]chan string, len(inputs))
	for i, in := range inputs {
		outs[i] = make(chan string, 1)
		go func(in string, out chan<- string) {
			sem <- struct{}{}
			defer func() { <-sem }()
			out <- process(in)
		}(in, outs[i])
	}
	for _, c := range outs {
		fmt.Println(<-c)
	}
}

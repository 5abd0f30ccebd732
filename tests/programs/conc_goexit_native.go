// runtime.Goexit called from callbacks: String and Error methods that fmt's printer calls
// from native code (also two such calls deep; the printer's catching of panics does not
// stop a Goexit, as recover() does not), and comparators and mappings that library code
// calls (sort.Slice, sort.Sort, strings.Map). The deferred calls of the callback and of
// the goroutine run; nothing after the library call does.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

func run(name string, f func()) {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println(name, ": goroutine's deferred call")
		f()
		fmt.Println(name, ": native call returned (unexpected)")
	}()
	<-done
}

type quitter struct{}

func (quitter) String() string {
	defer fmt.Println("String: deferred")
	runtime.Goexit()
	return "quitter"
}

// wrapper's String method prints its quitter with fmt: two native calls are unwound.
type wrapper struct{ q quitter }

func (w wrapper) String() string {
	defer fmt.Println("wrapper String: deferred")
	return fmt.Sprint("wrapped ", w.q)
}

type failure struct{}

func (failure) Error() string {
	defer fmt.Println("Error: deferred")
	runtime.Goexit()
	return "failure"
}

type byLen []string

func (b byLen) Len() int      { return len(b) }
func (b byLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byLen) Less(i, j int) bool {
	if len(b[i]) == 3 || len(b[j]) == 3 {
		runtime.Goexit()
	}
	return len(b[i]) < len(b[j])
}

func main() {
	run("sort.Slice", func() {
		x := []int{3, 1, 2}
		sort.Slice(x, func(i, j int) bool {
			defer fmt.Println("less: deferred")
			runtime.Goexit()
			return x[i] < x[j]
		})
	})
	run("sort.Sort", func() {
		sort.Sort(byLen{"a", "bb", "ccc", "dddd"})
	})
	run("fmt String", func() {
		fmt.Println("value:", quitter{})
	})
	run("fmt String twice", func() {
		fmt.Println("value:", wrapper{})
	})
	run("fmt Error", func() {
		fmt.Printf("error: %v\n", failure{})
	})
	run("strings.Map", func() {
		fmt.Println(strings.Map(func(r rune) rune {
			if r == 'x' {
				runtime.Goexit()
			}
			return r
		}, "abxd"))
	})
	fmt.Println("main done")
}

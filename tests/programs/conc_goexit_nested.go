// runtime.Goexit from deep inside a goroutine: nested and recursive calls, a method, a
// func value, a deferred call run by a normal return, and sync.Once.Do. Every frame's
// deferred calls run, innermost first, and none of the callers resumes.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func run(name string, f func()) {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println(name, ": goroutine's own deferred call")
		f()
		fmt.Println(name, ": returned (unexpected)")
	}()
	<-done
}

func level3() {
	defer fmt.Println("level3 deferred")
	runtime.Goexit()
}

func level2() int {
	defer fmt.Println("level2 deferred")
	level3()
	fmt.Println("level2 resumed (unexpected)")
	return 2
}

func level1() {
	defer fmt.Println("level1 deferred")
	fmt.Println("level1 got", level2())
}

func recurse(depth int) {
	if depth == 0 {
		runtime.Goexit()
	}
	defer func() {
		if depth%10 == 0 {
			fmt.Println("unwinding depth", depth)
		}
	}()
	recurse(depth - 1)
}

type machine struct{ state string }

func (m *machine) stop() {
	defer func() { m.state = "stopped" }()
	m.state = "stopping"
	runtime.Goexit()
}

func main() {
	run("nested", level1)
	run("recursive", func() { recurse(40) })

	m := &machine{state: "running"}
	run("method", m.stop)
	fmt.Println("machine state:", m.state)

	var exit func() = runtime.Goexit
	run("func value", func() {
		defer fmt.Println("func value: deferred")
		exit()
	})

	run("deferred call at return", func() {
		defer func() {
			defer fmt.Println("deferred call's own deferred call")
			runtime.Goexit()
		}()
		defer fmt.Println("runs first, at the normal return")
		fmt.Println("returning normally")
	})

	var once sync.Once
	run("once", func() {
		once.Do(func() {
			defer fmt.Println("once: deferred")
			runtime.Goexit()
		})
	})
	once.Do(func() { fmt.Println("once ran again (unexpected)") })
	fmt.Println("main done")
}

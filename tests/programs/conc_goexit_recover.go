// runtime.Goexit is not a panic: recover() returns nil in the deferred calls it runs and
// does not stop it. A panic raised by one of those deferred calls can be recovered, after
// which the Goexit goes on (the function that recovered does not return to its caller);
// a Goexit called by a deferred call while a panic unwinds replaces that panic.
package main

import (
	"fmt"
	"runtime"
)

// run runs f in a goroutine and waits until it is gone.
func run(name string, f func()) {
	done := make(chan bool)
	go func() {
		defer close(done)
		f()
		fmt.Println(name, ": f returned (unexpected)")
	}()
	<-done
	fmt.Println(name, ": goroutine gone")
}

func recoverDuringGoexit() {
	defer func() {
		r := recover()
		fmt.Println("recover() during Goexit:", r, r == nil)
	}()
	defer recover() // called directly by the unwinding: recovers nothing either
	runtime.Goexit()
}

func recoveredPanicInDefer() {
	defer fmt.Println("remaining deferred call runs")
	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() { panic("panic in a deferred call") }()
	runtime.Goexit()
}

// The panic is recovered by a deferred call of inner; inner's caller still never resumes.
func inner() {
	defer fmt.Println("inner: last deferred call")
	defer func() { fmt.Println("inner recovered:", recover()) }()
	defer func() { panic("boom") }()
	runtime.Goexit()
}

func outer() {
	defer fmt.Println("outer: deferred call")
	inner()
	fmt.Println("outer: resumed after inner (unexpected)")
}

func goexitWhilePanicking() {
	defer func() { fmt.Println("recover() after the Goexit:", recover()) }()
	defer func() {
		fmt.Println("deferred call of the panic calls Goexit")
		runtime.Goexit()
	}()
	panic("this panic is never printed")
}

func goexitRecoveredPanicTwice() {
	defer func() { fmt.Println("first recover:", recover()) }()
	defer func() {
		defer func() { fmt.Println("second recover:", recover()) }()
		panic("second")
	}()
	defer func() { panic("first") }()
	runtime.Goexit()
}

func main() {
	run("recoverDuringGoexit", recoverDuringGoexit)
	run("recoveredPanicInDefer", recoveredPanicInDefer)
	run("outer", outer)
	run("goexitWhilePanicking", goexitWhilePanicking)
	run("goexitRecoveredPanicTwice", goexitRecoveredPanicTwice)
	fmt.Println("main done")
}

// Package runtime: GOMAXPROCS, NumCPU, NumGoroutine, Gosched over runtime/sched.h; Goexit
// over the VM's unwinder (vm/panic.h); GC over runtime/gc.h; the Error interface that
// run-time panics satisfy.
#include <csignal>

#include "runtime/gc.h"
#include "runtime/sched.h"
#include "stdlib/support.h"
#include "vm/panic.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package runtime

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "goro"

// GOMAXPROCS sets the number of worker threads running goroutines and returns the
// previous setting; n < 1 only queries it.
func GOMAXPROCS(n int) int

func NumCPU() int

func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it, after running all its deferred calls;
// no other goroutine is affected. It is not a panic: recover() returns nil in those
// deferred calls. Goexit in the main goroutine ends it without func main returning: the
// program goes on with the other goroutines and crashes if all of them exit.
func Goexit()

// GC runs a garbage collection.
func GC()

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that are run time
	// errors from ordinary errors: a type is a run time error if it has a RuntimeError method.
	RuntimeError()
}
)go";

void nativeGomaxprocs(NativeCtx&, Slot* io) { io[0].i = rt::gomaxprocs(static_cast<int>(io[0].i)); }
void nativeNumCPU(NativeCtx&, Slot* io) { io[0].i = rt::numCPU(); }
void nativeNumGoroutine(NativeCtx&, Slot* io) { io[0].i = rt::numGoroutine(); }
void nativeGosched(NativeCtx& cx, Slot*) { rt::yield(blockingMode(cx)); }
void nativeGoexit(NativeCtx& cx, Slot*) { goexit(cx); }
void nativeGC(NativeCtx&, Slot*) { gc::collect(); }
void nativeBreakpoint(NativeCtx&, Slot*) { std::raise(SIGTRAP); }

}  // namespace

void registerRuntime() {
  registerPackage(PackageDef{"runtime",
                             kSource,
                             {
                                 {"GOMAXPROCS", nativeGomaxprocs},
                                 {"NumCPU", nativeNumCPU},
                                 {"NumGoroutine", nativeNumGoroutine},
                                 {"Gosched", nativeGosched},
                                 {"Goexit", nativeGoexit},
                                 {"GC", nativeGC},
                                 {"Breakpoint", nativeBreakpoint},
                             }});
}

}  // namespace goro::stdlib

// Go panics, runtime.Goexit and fatal errors raised from native code and from the interpreter.
//
// A panic unwinds Go frames, running deferred calls, until a deferred call recovers it;
// an unrecovered panic prints `panic: ...` and the goroutine trace, exiting with status 2.
// Goexit unwinds the same way but cannot be recovered, and ends only its goroutine.
// Fatal errors (deadlock, unlock of unlocked mutex, stack overflow) cannot be recovered.
#pragma once

#include <stdexcept>
#include <string_view>

#include "vm/value.h"

namespace goro {

// Panics need the running goroutine's VM state: its Go frames are what a panic unwinds
// and what recover() inspects. Raised where there are no Go frames, a panic cannot be
// recovered. In a goroutine started by the runtime alone it ends the program as an
// unrecovered panic does ("panic: <text>", exit status 2); on a thread that runs no
// goroutine at all (host code: unit tests, tools calling maps or channels directly) it is
// thrown to the host as a HostPanic whose what() is the text Go prints after "panic: ".
struct HostPanic : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// panic(runtime.Error): prints "panic: runtime error: <msg>"; recover() returns an error
// whose Error() is "runtime error: <msg>".
[[noreturn]] void panicRuntimeError(std::string_view msg);
// A runtime.Error whose message has no "runtime error: " prefix (Go's plainError), as for
// "assignment to entry in nil map": prints "panic: <msg>", and recover() returns an error
// whose Error() is exactly <msg>.
[[noreturn]] void panicPlainRuntimeError(std::string_view msg);
// panic(v) with an arbitrary Go value (nullptr: panic(nil)).
[[noreturn]] void panicValue(Iface* v);
// panic("msg") with a Go string value, as sync and strings do ("sync: negative WaitGroup counter").
[[noreturn]] void panicString(std::string_view msg);
// "fatal error: <msg>" followed by the goroutine dump, exit status 2; not recoverable.
[[noreturn]] void fatalError(std::string_view msg);

// runtime.Goexit: unwinds the calling goroutine like a panic that recover() cannot stop,
// running every deferred call, then ends the goroutine (see vm/panic.cpp).
struct NativeCtx;
[[noreturn]] void goexit(NativeCtx& cx);

}  // namespace goro

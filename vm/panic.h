// Go panics and fatal errors raised from native code and from the interpreter.
//
// A panic unwinds Go frames, running deferred calls, until a deferred call recovers it;
// an unrecovered panic prints `panic: ...` and the goroutine trace, exiting with status 2.
// Fatal errors (deadlock, unlock of unlocked mutex, stack overflow) cannot be recovered.
#pragma once

#include <string_view>

#include "vm/value.h"

namespace goro {

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

}  // namespace goro

// The interpreter: runs compiled bytecode on goroutines.
//
// (Design comment: see vm/interp.cpp.) This header is the VM's public surface for the
// command-line program and for native code that calls back into Go.
#pragma once

#include <iosfwd>
#include <string_view>

#include "runtime/sched.h"
#include "vm/value.h"

namespace goro {

struct Program;  // vm/bytecode.h: everything the compiler produced
struct Type;

// The calling goroutine's VM state, handed to every native function.
struct NativeCtx;

// Runs package initialisation and main.main as goroutine 1; never returns.
[[noreturn]] void runProgram(Program* prog, const rt::Options& opts);

// A REPL session (cli/repl.cpp): goroutine 1 runs the program's initialisers, then the
// native `session(cx, arg)`, which runs each input with runRecovering; never returns.
// When an input blocks for good, the deadlock is reported and `session` starts again on
// a new goroutine (with its own cx) while the blocked ones stay blocked. Should the old
// one be woken after all, sessionReplaced() tells it to return from `session`.
[[noreturn]] void runInteractive(Program* prog, const rt::Options& opts, void (*session)(NativeCtx&, void*),
                                 void* arg);

bool sessionReplaced();

// Runs the parameterless function `fn` on the calling goroutine. A panic that nothing
// recovers is printed as Go prints it and stops here, as does a runtime.Goexit, and on a
// REPL session's goroutine a stack overflow: all return false.
bool runRecovering(NativeCtx& cx, const FuncProto* fn);

// Prints every function's bytecode with source lines (`goro disasm`).
void disassemble(const Program& prog, std::ostream& out);

// Calls a Go function value from native code. Arguments in io[0..nparams), results
// written to io[0..nresults), exactly as for a NativeFn. A panic in the callee propagates.
void callClosure(NativeCtx& cx, const Closure* fn, Slot* io);

// Calls method `name` on a dynamic value (type t, register-form word), with further
// arguments in io[0..) and results written to io[0..). Returns false if t's method set
// (value receivers; pointer types include pointer receivers) has no such method.
bool callMethod(NativeCtx& cx, const Type* t, Slot word, std::string_view name, Slot* io);

// Like callMethod (the method must exist), but a panic escaping the callee stops here
// instead of unwinding the native caller, as a deferred recover() would stop it: then
// *panicked is set and *panicValue receives the value (nullptr for panic(nil)). fmt uses
// it to print `%!v(PANIC=String method: boom)`. A runtime.Goexit in the callee is not
// stopped: recover() cannot stop one either.
void callMethodRecover(NativeCtx& cx, const Type* t, Slot word, std::string_view name, Slot* io, bool* panicked,
                       Iface** panicValue);

// The stepping debugger's hook: called before each instruction of goroutines whose VM
// state has `debugging` set (vm/vmstate.h), with the function and instruction index; the
// loop switches to a dispatch table that calls it, so programs not being debugged pay
// nothing. Install before runProgram.
struct FuncProto;
void setDebugHook(void (*hook)(NativeCtx& cx, const FuncProto* fn, uint32_t pc));

}  // namespace goro

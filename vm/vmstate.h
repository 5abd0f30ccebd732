// The per-goroutine VM state (NativeCtx), call frames, deferred calls and panics: the
// interpreter's internal data, shared by the vm/*.cpp files (not by other parts).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "runtime/sched.h"
#include "vm/bytecode.h"

namespace goro {

// A deferred call, in GC memory: the func value (nil panics when the call runs) and its
// evaluated arguments.
struct Defer {
  Defer* next;
  const Closure* fn;
  uint32_t nargs;
  Slot args[];
};

// A panic in progress, or a runtime.Goexit (`goexit`: it unwinds the same way, but
// recover() never stops it and nothing is printed when it reaches the bottom). Panics that
// start while deferred calls of an earlier one run are linked to it (`link`), which is how
// Go prints "panic: a [recovered]\n\tpanic: b".
struct PanicRecord {
  PanicRecord* link;
  Iface* value;  // nullptr for panic(nil) and Goexit
  bool recovered;
  bool aborted;  // a later panic unwound past the deferred call that was handling it
  bool sigsegv;  // nil dereference: Go adds the [signal SIGSEGV ...] line
  bool goexit;   // runtime.Goexit: the goroutine ends once every deferred call has run
};

enum FrameFlags : uint8_t {
  kFrameDeferred = 1,       // a deferred call run by RUN_DEFERS (normal return)
  kFrameDeferredPanic = 2,  // a deferred call run while unwinding `deferPanic`
};

struct Frame {
  const FuncProto* proto;
  const Instr* pc;          // next instruction, saved while a callee or native runs
  uint32_t base;            // index of R[0] in the register stack
  uint8_t flags;
  const Closure* closure;   // the running func value (captured variables), or null
  Defer* defers;            // latest first
  PanicRecord* deferPanic;  // kFrameDeferredPanic: the panic that runs this call
};

// The C++ exception that carries a Go panic out of native code and of the dispatch loop
// to the unwinder. The panic itself is NativeCtx::panicking.
struct PanicUnwind {};
// Thrown past the unwinder, deferred calls unrun, when a REPL input dies of an error Go
// makes fatal (NativeCtx::interactive); runRecovering catches it.
struct InputAbandoned {};

// One goroutine's VM state, in GC memory (referenced from rt::G::vm).
struct NativeCtx {
  Program* prog = nullptr;
  rt::G* g = nullptr;
  Slot* stack = nullptr;      // the register stack (GC memory; moves when it grows)
  uint32_t stackCap = 0;      // in slots
  uint32_t nativeTop = 0;     // first slot above the io window of a running native
  Frame* frames = nullptr;    // GC memory
  uint32_t nframes = 0;
  uint32_t framesCap = 0;
  int32_t budget = 0;         // instructions until the next preemption check
  bool debugging = false;     // the stepping debugger's hook runs before every instruction
  // A REPL's Ctrl-C (cli/repl.cpp): kInterruptRequested, set from a signal handler, ends
  // the running input at its next preemption check as runtime.Goexit would.
  std::atomic<int>* interrupt = nullptr;
  // A REPL session's goroutine: a stack overflow, fatal in Go, ends the running input
  // (InputAbandoned) instead of the process.
  bool interactive = false;
  PanicRecord* panicking = nullptr;
  // Where the `go` statement that started this goroutine ran (null for main): Go's traces
  // end with "created by".
  const FuncProto* creator = nullptr;
  const Instr* creatorPc = nullptr;

  // Stackless suspension (vm/interp.cpp). The goroutine may leave its carrier only while
  // no native code below the loop re-entered the VM (reentries == 0).
  uint32_t reentries = 0;
  bool leavingFiber = false;         // suspending: unwind to the goroutine's entry function
  const Instr* blockedAt = nullptr;  // the channel instruction to complete when it resumes
  uint32_t nextInit = 0;             // main goroutine: package initialisers started so far

  // Blocks of dead pointer-free temporaries (RECYCLE), per 8-byte size class up to
  // kRecycleMaxBytes: NEW and CLONE take them before asking the collector. They live in
  // this (scanned) object, so the collector keeps them while they wait.
  struct SpareBlocks {
    void* blocks[4];
    uint32_t count;
  };
  SpareBlocks spares[kRecycleMaxBytes / 8] = {};

  Frame& top() { return frames[nframes - 1]; }
};

// Counts native code running Go code below it for as long as it is in scope: until it
// ends the goroutine cannot leave its carrier (the native frames hold state).
class ReentryScope {
 public:
  explicit ReentryScope(NativeCtx& cx) : cx_(cx) { ++cx_.reentries; }
  ~ReentryScope() { --cx_.reentries; }
  ReentryScope(const ReentryScope&) = delete;
  ReentryScope& operator=(const ReentryScope&) = delete;

 private:
  NativeCtx& cx_;
};

// NativeCtx::interrupt's states.
constexpr int kInterruptNone = 0, kInterruptRequested = 1, kInterruptDelivered = 2;

// Instruction budget between preemption checks (backward jumps and calls count down).
constexpr int32_t kPreemptBudget = 20000;

NativeCtx* newNativeCtx(Program* prog, rt::G* g);
// The VM state of the goroutine running on this thread.
NativeCtx& currentCtx();

// Runs frames until the frame count drops back to `stopDepth` (re-entrant for natives
// calling into Go). Panics that unwind below stopDepth propagate as PanicUnwind.
void execute(NativeCtx& cx, uint32_t stopDepth);

// Starts a call of func value `fn` whose arguments are already at stack[argBase...]:
// bytecode pushes a frame (returns true: run it); natives run at once (returns false).
bool enterClosure(NativeCtx& cx, const Closure* fn, uint32_t argBase, uint8_t flags);
// Makes sure the register stack holds `slots` slots (grows it, or dies of stack overflow,
// showing `entering` on top of the trace: the function whose frame needs the slots).
void ensureStack(NativeCtx& cx, uint64_t slots, const FuncProto* entering = nullptr);

// Panics raised by the interpreter: record the panic, then throw PanicUnwind.
[[noreturn]] void throwPanic(NativeCtx& cx, Iface* value, bool sigsegv = false);
[[noreturn]] void throwRuntimeError(NativeCtx& cx, std::string msg, bool sigsegv = false);
[[noreturn]] void throwNilDeref(NativeCtx& cx);
[[noreturn]] void throwIndex(NativeCtx& cx, int64_t index, int64_t length);
// Continues unwinding the current panic: returns true when a frame should run (a deferred
// call, or a recovered frame resuming), false when the panic leaves `stopDepth`.
bool unwindPanic(NativeCtx& cx, uint32_t stopDepth);
// The unwinding reached the bottom of a goroutine. After runtime.Goexit this returns: the
// goroutine ends. An unrecovered panic is printed as Go prints it; the process exits with 2.
void finishUnwinding(NativeCtx& cx);
// What Go prints for the unrecovered panic cx.panicking (not a Goexit): the panic chain,
// the goroutine header and its frames. Ends the process itself when printing the panic
// value panics; returns "" when that printing called runtime.Goexit (cx.panicking is then
// the Goexit's).
std::string unrecoveredPanicText(NativeCtx& cx);
// A Go value for a runtime error whose Error() is `text`.
Iface* makeRuntimeError(std::string_view text);

// Method resolution for interface calls and method values.
const MethodTarget* resolveMethod(const Type* dynType, std::string_view name);
// Like resolveMethod, but follows methods promoted from embedded interfaces to the value
// inside them, updating (type, word) to the value whose method is returned.
const MethodTarget* resolveDynamic(NativeCtx& cx, const Type*& type, Slot& word, std::string_view name);
// The receiver word for calling `target` on the interface word `word` (may panic).
Slot receiverFor(NativeCtx& cx, const MethodTarget& target, Slot word);

// Deep equality of two register-form values of type t (panics on uncomparable types).
bool valuesEqual(NativeCtx& cx, const Type* t, Slot a, Slot b);
// x == y for two interface values (panics when their common dynamic type is uncomparable).
bool ifacesEqual(NativeCtx& cx, const Iface* x, const Iface* y);

// Goroutine traces: "main.f(...)\n\tfile.go:12 +0x1c\n" for each frame, innermost first,
// then "created by main.g\n\tfile.go:20 +0x3\n" for goroutines other than main.
std::string formatFrames(const NativeCtx& cx);
// Go's "fatal error: stack overflow" report, exit status 2: `runtimeLines` (the limit and
// where the stack pointer stood), then the goroutine's frames, with `entering` (the
// function whose frame did not fit, or null) on top at its declaration line, as Go shows
// the function whose prologue found the stack exhausted.
[[noreturn]] void fatalStackOverflow(NativeCtx& cx, const FuncProto* entering, const std::string& runtimeLines);

// The builtin print/println, writing to stderr.
void printBuiltin(Slot* args, uint32_t n, bool newline);

// Appending to slices with Go's growth rule (growslice, Go 1.19).
Slice* growSlice(const Type* elem, const Slice* s, int64_t needed);
// The allocation size Go's allocator would use for `size` bytes (its size classes); it
// shows through cap() of appended and converted slices.
uint64_t roundUpSize(uint64_t size);

}  // namespace goro

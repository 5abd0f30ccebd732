// The interpreter loop: executes bytecode on a goroutine's register stack.
//
// Design. Every goroutine owns a NativeCtx (vm/vmstate.h) in GC memory: a growable
// register stack and a growable array of frames. A Go-to-Go call pushes a frame whose
// register window starts at the caller's argument registers (no copying, no C++
// recursion); RETURN pops it and the results are already where the caller wants them.
// The C++ stack is re-entered only when native code calls back into Go (callClosure,
// callMethod): execute() then runs until the frame count drops back to where it was.
//
// Instructions are typed (ADD_I64, LT_F64, LOAD_U8, ...): the checker knows every type,
// so registers carry no tags. Dispatch is computed goto on GCC/Clang (one indirect jump
// per handler, which helps branch prediction) with a switch fallback selected by
// GORO_SWITCH_DISPATCH; both are built from the same handler bodies. The stepping
// debugger's hook is a second dispatch table whose every entry runs the hook first, so
// the normal path pays nothing for it.
//
// Panics are C++ exceptions (PanicUnwind) thrown by the slow paths and by natives; the
// catch in execute() hands them to the unwinder (vm/panic.cpp), which runs deferred calls
// as ordinary frames and resumes the loop. Preemption: backward jumps and calls count a
// budget down and call rt::preempt() when it runs out.
//
// Stackless goroutines. Between two instructions a goroutine's whole state is its
// NativeCtx, so when it blocks in bytecode (a channel operation, select, a sync or time
// native, Gosched, preemption) it need not keep its native stack: the blocking
// instruction starts the operation with rt::Suspend::OnReturn, saves pc, sets
// `leavingFiber` and returns from run(); execute() and the goroutine's entry function
// return too, and the scheduler takes the goroutine off its carrier. When it is readied,
// the entry function runs again on any carrier and execute() first completes the
// channel instruction it blocked in (`blockedAt`: receive the value, or panic for a send
// on a channel closed meanwhile), then continues the loop. This needs nothing of the
// native stack but the entry function, execute() and run(): while native code has
// re-entered the VM below (callClosure, callMethod, a deferred native run by the
// unwinder: `reentries` > 0) the goroutine blocks keeping its carrier (Suspend::Now).
#include "vm/interp.h"

#include <atomic>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <utility>

#include "frontend/diag.h"
#include "runtime/chan.h"
#include "runtime/gc.h"
#include "runtime/timeline.h"
#include "vm/divide.h"
#include "vm/map.h"
#include "vm/panic.h"
#include "vm/type.h"
#include "vm/vmstate.h"

#if !defined(GORO_SWITCH_DISPATCH) && (defined(__GNUC__) || defined(__clang__))
#define GORO_COMPUTED_GOTO 1
#else
#define GORO_COMPUTED_GOTO 0
#endif

namespace goro {

const char* const kOpNames[kOpCount] = {
#define OP(name, format, semantics) #name,
#include "vm/opcodes.def"
#undef OP
};
const char* const kOpFormats[kOpCount] = {
#define OP(name, format, semantics) format,
#include "vm/opcodes.def"
#undef OP
};
const char* const kOpSemantics[kOpCount] = {
#define OP(name, format, semantics) semantics,
#include "vm/opcodes.def"
#undef OP
};

namespace {

// The stepping debugger's hook (null: none installed).
void (*gDebugHook)(NativeCtx&, const FuncProto*, uint32_t pc) = nullptr;

constexpr uint64_t kMaxStackBytes = 256ull << 20;
// A new goroutine's register stack and frame array, allocated with its NativeCtx: enough
// for most goroutines, which then never allocate for their calls; deeper ones grow.
constexpr uint32_t kInitialStackSlots = 16;
constexpr uint32_t kInitialFrames = 2;

// Go's report of a stack overflow: the limit and where the stack pointer stood within the
// goroutine's stack (here: the innermost frame's base within the register stack), then
// the goroutine's frames (vm/panic.cpp), `entering` on top when a call overflowed. Go
// also prints the runtime's own stack (runtime.throw, newstack, morestack): goro has none.
[[noreturn, gnu::noinline]] void stackOverflow(NativeCtx& cx, const FuncProto* entering) {
  char where[128];
  auto lo = reinterpret_cast<uintptr_t>(cx.stack);
  uintptr_t sp = lo + (cx.nframes ? cx.top().base : 0) * sizeof(Slot);
  std::snprintf(where, sizeof where, "runtime: sp=%#" PRIxPTR " stack=[%#" PRIxPTR ", %#" PRIxPTR "]\n", sp, lo,
                lo + uintptr_t(cx.stackCap) * sizeof(Slot));
  fatalStackOverflow(cx, entering, std::string("runtime: goroutine stack exceeds 1000000000-byte limit\n") + where);
}

[[gnu::noinline]] void growFrames(NativeCtx& cx, const FuncProto* entering) {
  uint32_t cap = cx.framesCap ? cx.framesCap * 2 : kInitialFrames;
  if (uint64_t(cap) * sizeof(Frame) + uint64_t(cx.stackCap) * sizeof(Slot) > 2 * kMaxStackBytes)
    stackOverflow(cx, entering);
  auto* frames = static_cast<Frame*>(gc::alloc(sizeof(Frame) * cap));
  if (cx.nframes) std::memcpy(frames, cx.frames, sizeof(Frame) * cx.nframes);
  cx.frames = frames;
  cx.framesCap = cap;
}

inline void pushFrame(NativeCtx& cx, const FuncProto* proto, uint32_t base, const Closure* closure, uint8_t flags) {
  if (__builtin_expect(uint64_t(base) + proto->nregs > cx.stackCap, 0))
    ensureStack(cx, uint64_t(base) + proto->nregs, proto);
  if (__builtin_expect(cx.nframes == cx.framesCap, 0)) growFrames(cx, proto);
  Frame& f = cx.frames[cx.nframes++];
  f.proto = proto;
  f.pc = proto->code.data();
  f.base = base;
  f.flags = flags;
  f.closure = closure;
  f.defers = nullptr;
  f.deferPanic = nullptr;
}

// Runs a native with io at stack[ioBase]; results land at stack[ioBase] even when the
// stack moved while the native called back into Go.
void callNative(NativeCtx& cx, const FuncProto* proto, uint32_t ioBase) {
  Slot* stackBefore = cx.stack;
  Slot* io = cx.stack + ioBase;
  uint32_t savedTop = cx.nativeTop;
  cx.nativeTop = ioBase + std::max(proto->nparams, proto->nresults);
  proto->native(cx, io);
  cx.nativeTop = savedTop;
  if (cx.stack != stackBefore && proto->nresults)
    std::memcpy(cx.stack + ioBase, io, sizeof(Slot) * proto->nresults);
}

}  // namespace

void setDebugHook(void (*hook)(NativeCtx&, const FuncProto*, uint32_t pc)) { gDebugHook = hook; }

void ensureStack(NativeCtx& cx, uint64_t slots, const FuncProto* entering) {
  if (slots <= cx.stackCap) return;
  if (slots * sizeof(Slot) > kMaxStackBytes) stackOverflow(cx, entering);
  uint64_t cap = cx.stackCap ? cx.stackCap : kInitialStackSlots;
  while (cap < slots) cap *= 2;
  auto* stack = static_cast<Slot*>(gc::alloc(sizeof(Slot) * cap));
  if (cx.stackCap) std::memcpy(stack, cx.stack, sizeof(Slot) * cx.stackCap);
  cx.stack = stack;
  cx.stackCap = static_cast<uint32_t>(cap);
}

NativeCtx* newNativeCtx(Program* prog, rt::G* g) {
  // One allocation for the context, its initial frames and its initial registers. A
  // recycled G record brings the block of the goroutine it last ran (G::spareVm), which
  // nothing references any more: cleared, it serves again, so short-lived goroutines
  // allocate nothing here.
  static_assert(sizeof(NativeCtx) % alignof(Frame) == 0 && sizeof(Frame) % alignof(Slot) == 0);
  constexpr size_t kBytes = sizeof(NativeCtx) + sizeof(Frame) * kInitialFrames + sizeof(Slot) * kInitialStackSlots;
  char* memory = g ? static_cast<char*>(std::exchange(g->spareVm, nullptr)) : nullptr;
  if (memory) {
    static_cast<NativeCtx*>(static_cast<void*>(memory))->~NativeCtx();
    std::memset(memory, 0, kBytes);
  } else {
    memory = static_cast<char*>(gc::alloc(kBytes));
  }
  auto* cx = new (memory) NativeCtx();
  cx->prog = prog;
  cx->g = g;
  cx->budget = rt::timeSliceBudget(kPreemptBudget);
  cx->frames = reinterpret_cast<Frame*>(memory + sizeof(NativeCtx));
  cx->framesCap = kInitialFrames;
  cx->stack = reinterpret_cast<Slot*>(memory + sizeof(NativeCtx) + sizeof(Frame) * kInitialFrames);
  cx->stackCap = kInitialStackSlots;
  if (g) g->vm = cx;
  return cx;
}

namespace {

// How the running goroutine may suspend: off its carrier when nothing but its entry
// function, execute() and run() is below (see the design comment).
inline rt::Suspend suspendMode(const NativeCtx& cx) {
  return cx.reentries == 0 && cx.g ? rt::Suspend::OnReturn : rt::Suspend::Now;
}

}  // namespace

rt::Suspend blockingMode(NativeCtx& cx) {
  rt::Suspend how = suspendMode(cx);
  if (how == rt::Suspend::OnReturn) cx.leavingFiber = true;
  return how;
}

NativeCtx& currentCtx() { return *static_cast<NativeCtx*>(rt::current()->vm); }

bool enterClosure(NativeCtx& cx, const Closure* fn, uint32_t argBase, uint8_t flags) {
  const FuncProto* proto = fn->proto;
  switch (proto->kind) {
    case ProtoKind::Bytecode:
      pushFrame(cx, proto, argBase, fn, flags);
      return true;
    case ProtoKind::Native:
      callNative(cx, proto, argBase);
      return false;
    case ProtoKind::Bound: {
      // Shift the arguments up one slot and put the bound receiver first.
      const FuncProto* target = proto->target;
      ensureStack(cx, uint64_t(argBase) + std::max<uint32_t>(target->nregs, target->nparams) + 1);
      Slot* args = cx.stack + argBase;
      std::memmove(args + 1, args, sizeof(Slot) * proto->nparams);
      Slot recv;
      recv.p = fn->captured[0];
      // The bound block never changes: copy it only for a method that may modify it.
      if (const Type* rt = target->recvType; rt && rt->isAggregate() && !(target->borrowedParams & 1)) {
        void* copy = allocValue(rt);
        std::memcpy(copy, recv.p, rt->size);
        recv.p = copy;
      }
      args[0] = recv;
      if (target->kind == ProtoKind::Native) {
        callNative(cx, target, argBase);
        return false;
      }
      pushFrame(cx, target, argBase, nullptr, flags);
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- slow paths

namespace {

[[noreturn, gnu::noinline]] void throwDivide(NativeCtx& cx) { throwRuntimeError(cx, "integer divide by zero"); }

[[noreturn, gnu::noinline]] void throwSliceBounds(NativeCtx& cx, int64_t lo, int64_t hi, int64_t max, int64_t cap,
                                                  bool three, bool isLen) {
  const char* what = isLen ? "length" : "capacity";
  std::string m = "slice bounds out of range ";
  auto s = [](int64_t v) { return std::to_string(v); };
  if (three) {
    if (max < 0 || max > cap) m += "[::" + s(max) + "] with " + what + " " + s(cap);
    else if (hi < 0 || hi > max) m += "[:" + s(hi) + ":" + s(max) + "]";
    else m += "[" + s(lo) + ":" + s(hi) + ":]";
  } else {
    if (hi < 0 || hi > cap) m += "[:" + s(hi) + "] with " + what + " " + s(cap);
    else m += "[" + s(lo) + ":" + s(hi) + "]";
  }
  throwRuntimeError(cx, m);
}

inline void checkSlice(NativeCtx& cx, int64_t lo, int64_t hi, int64_t max, int64_t cap, bool three, bool isLen) {
  if (uint64_t(max) > uint64_t(cap) || uint64_t(hi) > uint64_t(max) || uint64_t(lo) > uint64_t(hi))
    throwSliceBounds(cx, lo, hi, max, cap, three, isLen);
}

int64_t f64ToI64(double f) {
  if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(f);
}

uint64_t f64ToU64(double f) {
  if (f >= -9223372036854775808.0 && f < 9223372036854775808.0) return uint64_t(int64_t(f));
  if (f >= 9223372036854775808.0 && f < 18446744073709551616.0) return static_cast<uint64_t>(f);
  return 0x8000000000000000ull;
}

int compareStrings(const String* a, const String* b) {
  std::string_view x = strView(a), y = strView(b);
  return x.compare(y);
}

// Unsigned division by a divisor known only at run time (d != 0). Divisors are usually
// small and often powers of two (i % len(s)): a power of two shifts or masks, operands
// below 2^32 use the 32-bit divide, which costs a fraction of the 64-bit one on x86.
inline uint64_t quotientU(uint64_t n, uint64_t d) {
  if ((d & (d - 1)) == 0) return n >> __builtin_ctzll(d);
  if (((n | d) >> 32) == 0) return uint32_t(n) / uint32_t(d);
  return n / d;
}
inline uint64_t remainderU(uint64_t n, uint64_t d) {
  if ((d & (d - 1)) == 0) return n & (d - 1);
  if (((n | d) >> 32) == 0) return uint32_t(n) % uint32_t(d);
  return n % d;
}
// Signed operands that are both non-negative divide as unsigned ones.
inline bool bothNonNegative(int64_t a, int64_t b) { return (a | b) >= 0; }

bool equalStrings(const String* a, const String* b) {
  if (a == b) return true;
  int64_t n = strLen(a);
  if (n != strLen(b)) return false;
  return n == 0 || std::memcmp(a->data, b->data, size_t(n)) == 0;
}

String* concat(const String* a, const String* b) {
  int64_t la = strLen(a), lb = strLen(b);
  if (la == 0) return const_cast<String*>(b);
  if (lb == 0) return const_cast<String*>(a);
  char* out;
  String* s = newStringUninit(la + lb, &out);
  std::memcpy(out, a->data, size_t(la));
  std::memcpy(out + la, b->data, size_t(lb));
  return s;
}

}  // namespace

// Decodes one UTF-8 sequence as Go does: invalid input yields (U+FFFD, 1).
int32_t decodeRune(const unsigned char* p, int64_t n, int* width) {
  unsigned char c = p[0];
  *width = 1;
  if (c < 0x80) return c;
  auto cont = [&](int i) { return i < n && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *width = 2;
    return ((c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    int32_t r = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (r >= 0x800 && !(r >= 0xD800 && r <= 0xDFFF)) {
      *width = 3;
      return r;
    }
    return 0xFFFD;
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    int32_t r = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (r >= 0x10000 && r <= 0x10FFFF) {
      *width = 4;
      return r;
    }
  }
  return 0xFFFD;
}

// Encodes r as UTF-8 into out (4 bytes of room); invalid code points become U+FFFD.
int encodeRune(int64_t r, char* out) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out[0] = char(r);
    return 1;
  }
  if (r < 0x800) {
    out[0] = char(0xC0 | (r >> 6));
    out[1] = char(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = char(0xE0 | (r >> 12));
    out[1] = char(0x80 | ((r >> 6) & 0x3F));
    out[2] = char(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (r >> 18));
  out[1] = char(0x80 | ((r >> 12) & 0x3F));
  out[2] = char(0x80 | ((r >> 6) & 0x3F));
  out[3] = char(0x80 | (r & 0x3F));
  return 4;
}

namespace {

String* stringFromRunes(const Slice* s) {
  std::string out;
  char buf[4];
  for (int64_t i = 0; i < sliceLen(s); i++) out.append(buf, size_t(encodeRune(reinterpret_cast<int32_t*>(s->data)[i], buf)));
  return newString(out);
}

Slice* runesFromString(const String* str) {
  int64_t n = strLen(str);
  auto* p = reinterpret_cast<const unsigned char*>(n ? str->data : "");
  int64_t count = 0;
  for (int64_t i = 0; i < n;) {
    int w;
    decodeRune(p + i, n - i, &w);
    i += w;
    count++;
  }
  Slice* s = newSlice(TypeTable::get().basic(Kind::Int32), count, int64_t(roundUpSize(uint64_t(count) * 4) / 4));
  auto* out = reinterpret_cast<int32_t*>(s->data);
  for (int64_t i = 0, k = 0; i < n; k++) {
    int w;
    out[k] = decodeRune(p + i, n - i, &w);
    i += w;
  }
  return s;
}

[[noreturn, gnu::noinline]] void throwMakeSlice(NativeCtx& cx, bool len) {
  throwRuntimeError(cx, len ? "makeslice: len out of range" : "makeslice: cap out of range");
}

Slice* makeSlice(NativeCtx& cx, const Type* elem, int64_t len, int64_t cap) {
  uint64_t limit = elem->size ? (uint64_t(1) << 40) / elem->size : (uint64_t(1) << 40);
  if (uint64_t(len) > limit) throwMakeSlice(cx, true);
  if (cap < len || uint64_t(cap) > limit) throwMakeSlice(cx, false);
  return newSlice(elem, len, cap);
}

// Returns s with room for `extra` more elements (len unchanged).
Slice* reserve(const Type* elem, Slice* s, int64_t extra) {
  int64_t len = sliceLen(s);
  if (s && len + extra <= s->cap) return s;
  return growSlice(elem, s, len + extra);
}

Slice* withLen(Slice* s, int64_t len) {
  auto* out = static_cast<Slice*>(gc::alloc(sizeof(Slice)));
  out->data = s->data;
  out->len = len;
  out->cap = s->cap;
  return out;
}

[[noreturn, gnu::noinline]] void throwAssert(NativeCtx& cx, const Iface* v, const Type* target, const Type* staticType) {
  std::string m = "interface conversion: " + staticType->toString() + " is ";
  m += v ? v->type->toString() : "nil";
  m += ", not " + target->toString();
  throwPanic(cx, makeRuntimeError(m));
}

[[noreturn, gnu::noinline]] void throwAssertIface(NativeCtx& cx, const Iface* v, const Type* target) {
  std::string m = "interface conversion: ";
  if (!v) {
    m += "interface is nil, not " + target->toString();
  } else {
    std::string missing;
    implements(v->type, target, &missing);
    m += v->type->toString() + " is not " + target->toString() + ": missing method " + missing;
  }
  throwPanic(cx, makeRuntimeError(m));
}

// A value read out of a map, in register form: aggregates are copied, because the entry
// moves when the map grows. An absent entry reads as the zero value.
Slot mapValue(const Type* t, const void* at) {
  Slot v;
  if (t->isAggregate()) {
    void* copy = allocValue(t);
    if (at) std::memcpy(copy, at, t->size);
    v.p = copy;
    return v;
  }
  if (!at) {
    v.u = 0;
    return v;
  }
  return loadValue(t, at);
}

// A recycled block for a value of type t, or null (the caller allocates and clears).
inline void* takeSpareBlock(NativeCtx& cx, const Type* t) {
  if (t->hasPointers || t->size - 1 >= kRecycleMaxBytes) return nullptr;
  NativeCtx::SpareBlocks& spare = cx.spares[(t->size - 1) / 8];
  return spare.count ? spare.blocks[--spare.count] : nullptr;
}

Closure* makeClosure(const FuncProto* proto, const Slot* captured) {
  auto* c = static_cast<Closure*>(gc::alloc(sizeof(Closure) + sizeof(void*) * proto->ncaptured));
  c->proto = proto;
  c->ncaptured = proto->ncaptured;
  for (uint32_t i = 0; i < proto->ncaptured; i++) c->captured[i] = captured[i].p;
  return c;
}

Closure* bindReceiver(const FuncProto* method, Slot recv) {
  FuncProto* bound = boundProtoFor(const_cast<FuncProto*>(method));
  auto* c = static_cast<Closure*>(gc::alloc(sizeof(Closure) + sizeof(void*)));
  c->proto = bound;
  c->ncaptured = 1;
  c->captured[0] = recv.p;
  return c;
}

Defer* makeDefer(const Closure* fn, const Slot* args, uint32_t nargs) {
  auto* d = static_cast<Defer*>(gc::alloc(sizeof(Defer) + sizeof(Slot) * nargs));
  d->fn = fn;
  d->nargs = nargs;
  std::memcpy(d->args, args, sizeof(Slot) * nargs);
  return d;
}

struct GoStart {
  Program* prog;
  const FuncProto* creator;  // the function running the go statement
  const Instr* creatorPc;    // just after the go statement
  const Closure* fn;         // the function value the goroutine calls ...
  uint32_t nargs;
  Slot args[];               // ... with these arguments, evaluated at the go statement
};

// The entry function of goroutines started by `go`: called again after every stackless
// suspension, it resumes where the goroutine's state says.
void goroutineMain(void* arg) {
  rt::G* g = rt::current();
  auto* cx = static_cast<NativeCtx*>(g->vm);
  bool starting = !cx;
  if (starting) {
    auto* start = static_cast<GoStart*>(arg);
    cx = newNativeCtx(start->prog, g);
    cx->creator = start->creator;
    cx->creatorPc = start->creatorPc;
    ensureStack(*cx, start->nargs + 1);
    std::memcpy(cx->stack, start->args, sizeof(Slot) * start->nargs);
  }
  cx->leavingFiber = false;
  try {
    // A native body (`go wg.Wait()`) runs inside enterClosure.
    if (starting) enterClosure(*cx, static_cast<GoStart*>(arg)->fn, 0, 0);
    if (cx->nframes) execute(*cx, 0);
  } catch (PanicUnwind&) {
    finishUnwinding(*cx);
  }
}

}  // namespace

// ---------------------------------------------------------------- the loop

namespace {

// The registers SELECT writes: the chosen case's index (-1: default), its value and ok.
void storeSelectResult(Slot* R, const Instr* ins, int chosen, Slot value, bool ok) {
  R[ins->a].i = chosen;
  if (chosen >= 0) {
    R[ins->b + 2 * chosen + 1] = value;
    R[ins->a + 1].u = ok;
  }
}

// Completes the channel instruction `ins` of the top frame, whose operation blocked and
// has since been completed by another goroutine (or interrupted by a close).
void completeBlocked(NativeCtx& cx, const Instr* ins) {
  Slot* R = cx.stack + cx.top().base;
  switch (ins->op) {
    case Op::SEND:
      rt::chanSendFinish();
      break;
    case Op::RECV:
    case Op::RECV_OK: {
      bool ok;
      R[ins->a] = rt::chanRecvFinish(&ok);
      if (ins->op == Op::RECV_OK) R[ins->a + 1].u = ok;
      break;
    }
    case Op::SELECT: {
      Slot value;
      bool ok;
      int chosen = rt::selectFinish(&value, &ok);
      storeSelectResult(R, ins, chosen, value, ok);
      break;
    }
    default:
      __builtin_unreachable();
  }
}

// The blocking instruction `ins` parked the goroutine stacklessly: leave run(); the frame's
// pc (saved) is already past it.
void suspendAt(NativeCtx& cx, const Instr* ins) {
  cx.blockedAt = ins;
  cx.leavingFiber = true;
}

// A preemption point whose budget ran out: true when the goroutine yields off its carrier
// (run() must return), false to go on (after a yield that kept the carrier, or none).
bool preempt(NativeCtx& cx) {
  if (cx.interrupt && cx.interrupt->load(std::memory_order_relaxed) == kInterruptRequested) {
    cx.interrupt->store(kInterruptDelivered, std::memory_order_relaxed);
    goexit(cx);
  }
  rt::Suspend how = suspendMode(cx);
  if (!rt::preempt(how) || how == rt::Suspend::Now) return false;
  cx.leavingFiber = true;
  return true;
}

void run(NativeCtx& cx, uint32_t stopDepth) {
  Frame* f = &cx.top();
  const Instr* pc = f->pc;
  const Instr* ins;
  Slot* R = cx.stack + f->base;
  const Slot* K = f->proto->consts.data();

// Re-reads the cached frame state after anything that may push/pop frames or move the stack.
#define RELOAD()                          \
  do {                                    \
    f = &cx.top();                        \
    pc = f->pc;                           \
    R = cx.stack + f->base;               \
    K = f->proto->consts.data();          \
  } while (0)
#define SAVE() (f->pc = pc)
#define A ins->a
#define B ins->b
#define C ins->c
#define RA R[ins->a]
#define RB R[ins->b]
#define RC R[ins->c]
#define EXT_WORD (pc[0])
#define SKIP_EXT() (pc++)
#define PREEMPT_POINT()                                \
  do {                                                 \
    if (--cx.budget <= 0) {                            \
      SAVE();                                          \
      cx.budget = rt::timeSliceBudget(kPreemptBudget); \
      if (preempt(cx)) return;                         \
    }                                                  \
  } while (0)
// Pushes the frame of a bytecode call whose arguments start at stack slot `base_` and
// switches the cached state to it.
#define ENTER_BYTECODE(proto_, base_, closure_)     \
  do {                                              \
    const FuncProto* callee_ = (proto_);            \
    uint32_t calleeBase_ = (base_);                 \
    pushFrame(cx, callee_, calleeBase_, closure_, 0); \
    f = &cx.frames[cx.nframes - 1];                 \
    pc = callee_->code.data();                      \
    R = cx.stack + calleeBase_;                     \
    K = callee_->consts.data();                     \
  } while (0)
#define JUMP(off)                         \
  do {                                    \
    int32_t off_ = (off);                 \
    pc += off_;                           \
    if (off_ < 0) PREEMPT_POINT();        \
  } while (0)

#if GORO_COMPUTED_GOTO
  static const void* const kDispatch[kOpCount] = {
#define OP(name, format, semantics) &&L_##name,
#include "vm/opcodes.def"
#undef OP
  };
  static const void* const kDebugDispatch[kOpCount] = {
#define OP(name, format, semantics) &&L_debug_hook,
#include "vm/opcodes.def"
#undef OP
  };
  const void* const* table = cx.debugging ? kDebugDispatch : kDispatch;
#define CASE(name) L_##name:
#define NEXT()                \
  do {                        \
    ins = pc++;               \
    goto* table[int(ins->op)]; \
  } while (0)
  NEXT();
L_debug_hook:
  if (gDebugHook) {
    f->pc = pc;  // as saved around calls: the next instruction (traces show the one before)
    gDebugHook(cx, f->proto, uint32_t(ins - f->proto->code.data()));
  }
  goto* kDispatch[int(ins->op)];
#else
#define CASE(name) case Op::name:
#define NEXT() continue
  for (;;) {
    ins = pc++;
    if (__builtin_expect(cx.debugging, 0) && gDebugHook) {
      f->pc = pc;
      gDebugHook(cx, f->proto, uint32_t(ins - f->proto->code.data()));
    }
    switch (ins->op) {
#endif

  CASE(NOP) NEXT();
  CASE(EXT) NEXT();
  CASE(MOVE) RA = RB; NEXT();
  CASE(LOADI) RA.i = ins->sbc; NEXT();
  CASE(LOADK) RA = K[ins->ubc]; NEXT();
  CASE(LOADZ) RA.u = 0; NEXT();

  CASE(ADD_I64) RA.u = RB.u + RC.u; NEXT();
  CASE(SUB_I64) RA.u = RB.u - RC.u; NEXT();
  CASE(MUL_I64) RA.u = RB.u * RC.u; NEXT();
  CASE(DIV_I64) {
    int64_t d = RC.i;
    if (__builtin_expect(d == 0, 0)) { SAVE(); throwDivide(cx); }
    if (bothNonNegative(RB.i, d)) RA.u = quotientU(RB.u, uint64_t(d));
    else RA.i = d == -1 ? int64_t(0 - RB.u) : RB.i / d;
    NEXT();
  }
  CASE(REM_I64) {
    int64_t d = RC.i;
    if (__builtin_expect(d == 0, 0)) { SAVE(); throwDivide(cx); }
    if (bothNonNegative(RB.i, d)) RA.u = remainderU(RB.u, uint64_t(d));
    else RA.i = d == -1 ? 0 : RB.i % d;
    NEXT();
  }
  CASE(DIV_U64) {
    uint64_t d = RC.u;
    if (__builtin_expect(d == 0, 0)) { SAVE(); throwDivide(cx); }
    RA.u = quotientU(RB.u, d);
    NEXT();
  }
  CASE(REM_U64) {
    uint64_t d = RC.u;
    if (__builtin_expect(d == 0, 0)) { SAVE(); throwDivide(cx); }
    RA.u = remainderU(RB.u, d);
    NEXT();
  }
  CASE(ADDI_I64) RA.u = RB.u + uint64_t(int64_t(ins->sc())); NEXT();
  CASE(MULI_I64) RA.u = RB.u * uint64_t(int64_t(ins->sc())); NEXT();
  CASE(ADDK_I64) RA.u = RB.u + K[C].u; NEXT();
  CASE(MULK_I64) RA.u = RB.u * K[C].u; NEXT();
  CASE(DIVK_I64) RA.i = divideByConst(RB.i, *static_cast<const ConstDivisor*>(K[C].p)); NEXT();
  CASE(REMK_I64) RA.i = remainderByConst(RB.i, *static_cast<const ConstDivisor*>(K[C].p)); NEXT();
  CASE(DIVP2_I64) {
    // Negative dividends are biased by 2^C - 1 so the arithmetic shift truncates toward zero.
    int64_t n = RB.i;
    uint64_t bias = uint64_t(n >> 63) >> (64 - C);
    RA.i = int64_t(uint64_t(n) + bias) >> C;
    NEXT();
  }
  CASE(NEG_I64) RA.u = 0 - RB.u; NEXT();
  CASE(AND_I64) RA.u = RB.u & RC.u; NEXT();
  CASE(OR_I64) RA.u = RB.u | RC.u; NEXT();
  CASE(XOR_I64) RA.u = RB.u ^ RC.u; NEXT();
  CASE(ANDNOT_I64) RA.u = RB.u & ~RC.u; NEXT();
  CASE(COMPL_I64) RA.u = ~RB.u; NEXT();
  CASE(SHL_I64) RA.u = RC.u >= 64 ? 0 : RB.u << RC.u; NEXT();
  CASE(SHR_I64) RA.i = RB.i >> (RC.u >= 64 ? 63 : RC.u); NEXT();
  CASE(SHR_U64) RA.u = RC.u >= 64 ? 0 : RB.u >> RC.u; NEXT();
  CASE(CHECK_SHIFT)
    if (RA.i < 0) { SAVE(); throwRuntimeError(cx, "negative shift amount"); }
    NEXT();
  CASE(SEXT8) RA.i = int8_t(RB.u); NEXT();
  CASE(SEXT16) RA.i = int16_t(RB.u); NEXT();
  CASE(SEXT32) RA.i = int32_t(RB.u); NEXT();
  CASE(ZEXT8) RA.u = uint8_t(RB.u); NEXT();
  CASE(ZEXT16) RA.u = uint16_t(RB.u); NEXT();
  CASE(ZEXT32) RA.u = uint32_t(RB.u); NEXT();

  CASE(ADD_F64) RA.f = RB.f + RC.f; NEXT();
  CASE(SUB_F64) RA.f = RB.f - RC.f; NEXT();
  CASE(MUL_F64) RA.f = RB.f * RC.f; NEXT();
  CASE(DIV_F64) RA.f = RB.f / RC.f; NEXT();
  CASE(NEG_F64) RA.f = -RB.f; NEXT();
  CASE(ROUND_F32) RA.f = double(float(RB.f)); NEXT();
  CASE(I64_TO_F64) RA.f = double(RB.i); NEXT();
  CASE(U64_TO_F64) RA.f = double(RB.u); NEXT();
  CASE(F64_TO_I64) RA.i = f64ToI64(RB.f); NEXT();
  CASE(F64_TO_U64) RA.u = f64ToU64(RB.f); NEXT();

  CASE(EQ_I64) RA.u = RB.u == RC.u; NEXT();
  CASE(NE_I64) RA.u = RB.u != RC.u; NEXT();
  CASE(LT_I64) RA.u = RB.i < RC.i; NEXT();
  CASE(LE_I64) RA.u = RB.i <= RC.i; NEXT();
  CASE(LT_U64) RA.u = RB.u < RC.u; NEXT();
  CASE(LE_U64) RA.u = RB.u <= RC.u; NEXT();
  CASE(EQ_F64) RA.u = RB.f == RC.f; NEXT();
  CASE(NE_F64) RA.u = RB.f != RC.f; NEXT();
  CASE(LT_F64) RA.u = RB.f < RC.f; NEXT();
  CASE(LE_F64) RA.u = RB.f <= RC.f; NEXT();
  CASE(EQ_STR) RA.u = equalStrings(static_cast<String*>(RB.p), static_cast<String*>(RC.p)); NEXT();
  CASE(NE_STR) RA.u = !equalStrings(static_cast<String*>(RB.p), static_cast<String*>(RC.p)); NEXT();
  CASE(LT_STR) RA.u = compareStrings(static_cast<String*>(RB.p), static_cast<String*>(RC.p)) < 0; NEXT();
  CASE(LE_STR) RA.u = compareStrings(static_cast<String*>(RB.p), static_cast<String*>(RC.p)) <= 0; NEXT();
  CASE(EQ_IFACE) {
    auto* x = static_cast<Iface*>(RB.p);
    auto* y = static_cast<Iface*>(RC.p);
    if (!x || !y || x->type != y->type) RA.u = x == y;  // nil or different dynamic types
    else { SAVE(); RA.u = ifacesEqual(cx, x, y); }
    NEXT();
  }
  CASE(EQ_MEM) {
    auto* t = static_cast<const Type*>(K[EXT_WORD.a].p);
    SKIP_EXT();
    SAVE();
    RA.u = valuesEqual(cx, t, RB, RC);
    NEXT();
  }
  CASE(NOT) RA.u = !RB.u; NEXT();

  CASE(JMP) JUMP(ins->sbc); NEXT();
  CASE(JMP_IF) if (RA.u) JUMP(ins->sbc); NEXT();
  CASE(JMP_IFNOT) if (!RA.u) JUMP(ins->sbc); NEXT();
  CASE(JLT_I64) if (RA.i < RB.i) JUMP(ins->sc()); NEXT();
  CASE(JLE_I64) if (RA.i <= RB.i) JUMP(ins->sc()); NEXT();
  CASE(JGE_I64) if (RA.i >= RB.i) JUMP(ins->sc()); NEXT();
  CASE(JGT_I64) if (RA.i > RB.i) JUMP(ins->sc()); NEXT();
  CASE(JEQ_I64) if (RA.u == RB.u) JUMP(ins->sc()); NEXT();
  CASE(JNE_I64) if (RA.u != RB.u) JUMP(ins->sc()); NEXT();
  CASE(JLTI_I64) if (RA.i < ins->sb()) JUMP(ins->sc()); NEXT();
  CASE(JGEI_I64) if (RA.i >= ins->sb()) JUMP(ins->sc()); NEXT();
  CASE(JEQI_I64) if (RA.i == ins->sb()) JUMP(ins->sc()); NEXT();
  CASE(JNEI_I64) if (RA.i != ins->sb()) JUMP(ins->sc()); NEXT();
  CASE(JLTK_I64) if (RA.i < K[B].i) JUMP(ins->sc()); NEXT();
  CASE(JGEK_I64) if (RA.i >= K[B].i) JUMP(ins->sc()); NEXT();
  CASE(JEQK_I64) if (RA.i == K[B].i) JUMP(ins->sc()); NEXT();
  CASE(JNEK_I64) if (RA.i != K[B].i) JUMP(ins->sc()); NEXT();
  CASE(JMASKZ) if ((RA.u & B) == 0) JUMP(ins->sc()); NEXT();
  CASE(JMASKNZ) if ((RA.u & B) != 0) JUMP(ins->sc()); NEXT();

#define LOAD_CASE(name, T, field)                                  \
  CASE(name) {                                                     \
    char* p_ = static_cast<char*>(RB.p);                           \
    if (__builtin_expect(!p_, 0)) { SAVE(); throwNilDeref(cx); }   \
    T v_;                                                          \
    std::memcpy(&v_, p_ + C, sizeof v_);                           \
    RA.field = v_;                                                 \
    NEXT();                                                        \
  }
  LOAD_CASE(LOAD_I8, int8_t, i)
  LOAD_CASE(LOAD_U8, uint8_t, u)
  LOAD_CASE(LOAD_I16, int16_t, i)
  LOAD_CASE(LOAD_U16, uint16_t, u)
  LOAD_CASE(LOAD_I32, int32_t, i)
  LOAD_CASE(LOAD_U32, uint32_t, u)
  LOAD_CASE(LOAD_F32, float, f)
  LOAD_CASE(LOAD_W, uint64_t, u)
#undef LOAD_CASE
#define STORE_CASE(name, T, expr)                                  \
  CASE(name) {                                                     \
    char* p_ = static_cast<char*>(RA.p);                           \
    if (__builtin_expect(!p_, 0)) { SAVE(); throwNilDeref(cx); }   \
    T v_ = static_cast<T>(expr);                                   \
    std::memcpy(p_ + B, &v_, sizeof v_);                           \
    NEXT();                                                        \
  }
  STORE_CASE(STORE_8, uint8_t, RC.u)
  STORE_CASE(STORE_16, uint16_t, RC.u)
  STORE_CASE(STORE_32, uint32_t, RC.u)
  STORE_CASE(STORE_F32, float, RC.f)
  STORE_CASE(STORE_W, uint64_t, RC.u)
#undef STORE_CASE
  CASE(ADDR_OFF) {
    char* p = static_cast<char*>(RB.p);
    if (__builtin_expect(!p, 0)) { SAVE(); throwNilDeref(cx); }
    RA.p = p + C;
    NEXT();
  }
  CASE(COPY_MEM) {
    size_t n = size_t(EXT_WORD.a) * 65536 + C;
    SKIP_EXT();
    if (__builtin_expect(!RA.p || !RB.p, 0)) { SAVE(); throwNilDeref(cx); }
    if (RA.p != RB.p) std::memmove(RA.p, RB.p, n);
    NEXT();
  }
  CASE(NEW) {
    auto* t = static_cast<const Type*>(K[ins->ubc].p);
    void* block = takeSpareBlock(cx, t);
    if (block) std::memset(block, 0, t->size);
    RA.p = block ? block : allocValue(t);
    NEXT();
  }
  CASE(CLONE) {
    auto* t = static_cast<const Type*>(K[C].p);
    if (__builtin_expect(!RB.p, 0)) { SAVE(); throwNilDeref(cx); }
    void* copy = takeSpareBlock(cx, t);
    if (!copy) copy = allocValue(t);
    std::memcpy(copy, RB.p, t->size);
    RA.p = copy;
    NEXT();
  }
  CASE(RECYCLE) {
    auto* t = static_cast<const Type*>(K[C].p);
    NativeCtx::SpareBlocks& spare = cx.spares[(t->size - 1) / 8];
    if (RA.p && spare.count < std::size(spare.blocks)) spare.blocks[spare.count++] = RA.p;
    RA.p = nullptr;
    NEXT();
  }
  CASE(NIL_CHECK) if (__builtin_expect(!RA.p, 0)) { SAVE(); throwNilDeref(cx); } NEXT();
  CASE(GLOAD) std::memcpy(&RA, K[ins->ubc].p, sizeof(Slot)); NEXT();
  CASE(GSTORE) std::memcpy(K[ins->ubc].p, &RA, sizeof(Slot)); NEXT();

  CASE(LEN_STR) RA.i = strLen(static_cast<String*>(RB.p)); NEXT();
  CASE(CONCAT) RA.p = concat(static_cast<String*>(RB.p), static_cast<String*>(RC.p)); NEXT();
  CASE(INDEX_STR) {
    auto* s = static_cast<String*>(RB.p);
    int64_t n = strLen(s);
    if (__builtin_expect(RC.u >= uint64_t(n), 0)) { SAVE(); throwIndex(cx, RC.i, n); }
    RA.u = uint8_t(s->data[RC.i]);
    NEXT();
  }
  CASE(SLICE_STR) {
    auto* s = static_cast<String*>(RB.p);
    int64_t n = strLen(s), lo = R[C].i, hi = R[C + 1].i;
    SAVE();
    checkSlice(cx, lo, hi, n, n, false, true);
    if (lo == 0 && hi == n) {
      RA.p = s;
    } else if (lo == hi) {
      RA.p = nullptr;
    } else {
      auto* out = static_cast<String*>(gc::alloc(sizeof(String)));
      out->data = s->data + lo;
      out->len = hi - lo;
      RA.p = out;
    }
    NEXT();
  }
  CASE(STR_FROM_BYTES) {
    auto* s = static_cast<Slice*>(RB.p);
    RA.p = sliceLen(s) ? newString(std::string_view(s->data, size_t(s->len))) : nullptr;
    NEXT();
  }
  CASE(STR_TO_BYTES) {
    auto* s = static_cast<String*>(RB.p);
    int64_t n = strLen(s);
    Slice* out = newSlice(TypeTable::get().basic(Kind::Uint8), n, int64_t(roundUpSize(uint64_t(n))));
    if (n) std::memcpy(out->data, s->data, size_t(n));
    RA.p = out;
    NEXT();
  }
  CASE(STR_FROM_RUNES) RA.p = stringFromRunes(static_cast<Slice*>(RB.p)); NEXT();
  CASE(STR_TO_RUNES) RA.p = runesFromString(static_cast<String*>(RB.p)); NEXT();
  CASE(STR_FROM_RUNE) {
    char buf[4];
    int n = encodeRune(RB.i, buf);
    RA.p = newString(std::string_view(buf, size_t(n)));
    NEXT();
  }
  CASE(DECODE_RUNE) {
    auto* s = static_cast<String*>(RB.p);
    int64_t i = RC.i;
    int w;
    int32_t r = decodeRune(reinterpret_cast<const unsigned char*>(s->data) + i, s->len - i, &w);
    R[A].i = r;
    R[A + 1].i = w;
    NEXT();
  }

  CASE(LEN_SLICE) RA.i = sliceLen(static_cast<Slice*>(RB.p)); NEXT();
  CASE(CAP_SLICE) { auto* s = static_cast<Slice*>(RB.p); RA.i = s ? s->cap : 0; NEXT(); }
  CASE(MAKE_SLICE) {
    SAVE();
    RA.p = makeSlice(cx, static_cast<const Type*>(K[C].p), R[B].i, R[B + 1].i);
    NEXT();
  }
  CASE(SLICE_LIT) {
    auto* elem = static_cast<const Type*>(K[EXT_WORD.a].p);
    SKIP_EXT();
    Slice* s = newSlice(elem, C, C);
    for (uint32_t i = 0; i < C; i++) storeValue(elem, s->data + size_t(i) * elem->size, R[B + i]);
    RA.p = s;
    NEXT();
  }
  CASE(INDEX_ADDR) {
    auto* s = static_cast<Slice*>(RB.p);
    uint32_t size = EXT_WORD.a;
    SKIP_EXT();
    int64_t n = sliceLen(s);
    if (__builtin_expect(RC.u >= uint64_t(n), 0)) { SAVE(); throwIndex(cx, RC.i, n); }
    RA.p = s->data + RC.u * size;
    NEXT();
  }
  CASE(ARRAY_ADDR) {
    uint32_t size = EXT_WORD.a;
    int64_t n = int64_t(EXT_WORD.b) | (int64_t(EXT_WORD.c) << 16);
    SKIP_EXT();
    if (__builtin_expect(!RB.p, 0)) { SAVE(); throwNilDeref(cx); }
    if (__builtin_expect(RC.u >= uint64_t(n), 0)) { SAVE(); throwIndex(cx, RC.i, n); }
    RA.p = static_cast<char*>(RB.p) + RC.u * size;
    NEXT();
  }
  CASE(SLICE_GET_W) {
    auto* s = static_cast<Slice*>(RB.p);
    int64_t n = sliceLen(s);
    if (__builtin_expect(RC.u >= uint64_t(n), 0)) { SAVE(); throwIndex(cx, RC.i, n); }
    std::memcpy(&RA, s->data + RC.u * 8, 8);
    NEXT();
  }
  CASE(SLICE_SET_W) {
    auto* s = static_cast<Slice*>(RA.p);
    int64_t n = sliceLen(s);
    if (__builtin_expect(RB.u >= uint64_t(n), 0)) { SAVE(); throwIndex(cx, RB.i, n); }
    std::memcpy(s->data + RB.u * 8, &RC, 8);
    NEXT();
  }
  CASE(SLICE_GET_U8) {
    auto* s = static_cast<Slice*>(RB.p);
    int64_t n = sliceLen(s);
    if (__builtin_expect(RC.u >= uint64_t(n), 0)) { SAVE(); throwIndex(cx, RC.i, n); }
    RA.u = uint8_t(s->data[RC.u]);
    NEXT();
  }
  CASE(SLICE_SET_8) {
    auto* s = static_cast<Slice*>(RA.p);
    int64_t n = sliceLen(s);
    if (__builtin_expect(RB.u >= uint64_t(n), 0)) { SAVE(); throwIndex(cx, RB.i, n); }
    s->data[RB.u] = char(RC.u);
    NEXT();
  }
  CASE(RESLICE) {
    auto* s = static_cast<Slice*>(RB.p);
    uint32_t size = EXT_WORD.a;
    bool three = EXT_WORD.b;
    SKIP_EXT();
    int64_t cap = s ? s->cap : 0, lo = R[C].i, hi = R[C + 1].i, max = R[C + 2].i;
    SAVE();
    checkSlice(cx, lo, hi, max, cap, three, false);
    if (!s) {
      RA.p = nullptr;  // nil[0:0] stays nil
    } else {
      auto* out = static_cast<Slice*>(gc::alloc(sizeof(Slice)));
      out->data = max - lo ? s->data + lo * size : s->data;
      out->len = hi - lo;
      out->cap = max - lo;
      RA.p = out;
    }
    NEXT();
  }
  CASE(SLICE_ARRAY) {
    char* arr = static_cast<char*>(RB.p);
    uint32_t size = EXT_WORD.a;
    int64_t n = int64_t(EXT_WORD.b) | (int64_t(EXT_WORD.c & 0x7FFF) << 16);
    bool three = EXT_WORD.c & 0x8000;
    SKIP_EXT();
    if (__builtin_expect(!arr, 0)) { SAVE(); throwNilDeref(cx); }
    int64_t lo = R[C].i, hi = R[C + 1].i, max = R[C + 2].i;
    SAVE();
    checkSlice(cx, lo, hi, max, n, three, !three);
    auto* out = static_cast<Slice*>(gc::alloc(sizeof(Slice)));
    out->data = arr + lo * size;
    out->len = hi - lo;
    out->cap = max - lo;
    RA.p = out;
    NEXT();
  }
  CASE(SLICE_TO_ARRAY_PTR) {
    auto* s = static_cast<Slice*>(RB.p);
    int64_t n = K[C].i;
    if (__builtin_expect(sliceLen(s) < n, 0)) {
      SAVE();
      throwRuntimeError(cx, "cannot convert slice with length " + std::to_string(sliceLen(s)) +
                                " to pointer to array with length " + std::to_string(n));
    }
    RA.p = s ? s->data : nullptr;
    NEXT();
  }
  CASE(APPEND) {
    auto* elem = static_cast<const Type*>(K[EXT_WORD.a].p);
    SKIP_EXT();
    auto* s = static_cast<Slice*>(RB.p);
    int64_t len = sliceLen(s);
    Slice* out = withLen(reserve(elem, s, C), len + C);
    for (uint32_t i = 0; i < C; i++) storeValue(elem, out->data + size_t(len + i) * elem->size, R[B + 1 + i]);
    RA.p = out;
    NEXT();
  }
  CASE(APPEND_SLICE) {
    auto* elem = static_cast<const Type*>(K[EXT_WORD.a].p);
    SKIP_EXT();
    auto* s = static_cast<Slice*>(RB.p);
    auto* t = static_cast<Slice*>(RC.p);
    int64_t len = sliceLen(s), n = sliceLen(t);
    if (n == 0) {
      RA.p = s;
      NEXT();
    }
    Slice* out = withLen(reserve(elem, s, n), len + n);
    std::memmove(out->data + len * elem->size, t->data, size_t(n) * elem->size);
    RA.p = out;
    NEXT();
  }
  CASE(APPEND_STR) {
    auto* s = static_cast<Slice*>(RB.p);
    auto* t = static_cast<String*>(RC.p);
    int64_t len = sliceLen(s), n = strLen(t);
    if (n == 0) {
      RA.p = s;
      NEXT();
    }
    Slice* out = withLen(reserve(TypeTable::get().basic(Kind::Uint8), s, n), len + n);
    std::memcpy(out->data + len, t->data, size_t(n));
    RA.p = out;
    NEXT();
  }
  CASE(COPY_SLICE) {
    uint32_t size = EXT_WORD.a;
    SKIP_EXT();
    auto* dst = static_cast<Slice*>(RB.p);
    auto* src = static_cast<Slice*>(RC.p);
    int64_t n = std::min(sliceLen(dst), sliceLen(src));
    if (n) std::memmove(dst->data, src->data, size_t(n) * size);
    RA.i = n;
    NEXT();
  }
  CASE(COPY_STR) {
    auto* dst = static_cast<Slice*>(RB.p);
    auto* src = static_cast<String*>(RC.p);
    int64_t n = std::min(sliceLen(dst), strLen(src));
    if (n) std::memmove(dst->data, src->data, size_t(n));
    RA.i = n;
    NEXT();
  }
  CASE(CLEAR_SLICE) {
    auto* s = static_cast<Slice*>(RA.p);
    if (sliceLen(s)) std::memset(s->data, 0, size_t(s->len) * C);
    NEXT();
  }

  CASE(MAKE_MAP) RA.p = mapMake(static_cast<const Type*>(K[C].p), RB.i); NEXT();
  CASE(MAP_GET) {
    auto* vt = static_cast<const Type*>(K[EXT_WORD.a].p);
    SKIP_EXT();
    SAVE();
    const void* v = mapLookup(static_cast<Map*>(RB.p), RC);
    RA = mapValue(vt, v);
    NEXT();
  }
  CASE(MAP_GET_OK) {
    auto* vt = static_cast<const Type*>(K[EXT_WORD.a].p);
    SKIP_EXT();
    SAVE();
    const void* v = mapLookup(static_cast<Map*>(RB.p), RC);
    R[A] = mapValue(vt, v);
    R[A + 1].u = v != nullptr;
    NEXT();
  }
  CASE(MAP_SET) {
    auto* vt = static_cast<const Type*>(K[EXT_WORD.a].p);
    SKIP_EXT();
    SAVE();
    storeValue(vt, mapAssign(static_cast<Map*>(RA.p), RB), RC);
    NEXT();
  }
  CASE(MAP_DELETE) SAVE(); mapDelete(static_cast<Map*>(RA.p), RB); NEXT();
  CASE(MAP_LEN) RA.i = mapLen(static_cast<Map*>(RB.p)); NEXT();
  CASE(MAP_CLEAR) mapClear(static_cast<Map*>(RA.p)); NEXT();
  CASE(MAP_ITER) {
    auto* it = new (gc::alloc(sizeof(MapIter))) MapIter();
    mapIterInit(*it, static_cast<Map*>(RB.p));
    RA.p = it;
    NEXT();
  }
  CASE(MAP_NEXT) {
    auto* kt = static_cast<const Type*>(K[EXT_WORD.a].p);
    auto* vt = static_cast<const Type*>(K[EXT_WORD.b].p);
    SKIP_EXT();
    auto* it = static_cast<MapIter*>(RA.p);
    if (!mapIterNext(*it)) {
      JUMP(ins->sc());
      NEXT();
    }
    R[B] = mapValue(kt, it->key);
    R[B + 1] = mapValue(vt, it->value);
    NEXT();
  }

  CASE(MAKE_CHAN) {
    auto* elem = static_cast<const Type*>(K[C].p);
    Slot zero;
    zero.u = 0;
    if (elem->isAggregate()) zero.p = allocValue(elem);
    SAVE();
    RA.p = rt::makeChan(RB.i, zero);
    NEXT();
  }
  CASE(SEND) {
    SAVE();
    rt::Suspend how = suspendMode(cx);
    if (!rt::chanSendStart(static_cast<rt::Chan*>(RA.p), RB, how)) {
      if (how == rt::Suspend::OnReturn) return suspendAt(cx, ins);
      completeBlocked(cx, ins);
    }
    NEXT();
  }
  CASE(RECV)
  CASE(RECV_OK) {
    SAVE();
    rt::Suspend how = suspendMode(cx);
    Slot v;
    bool ok;
    if (!rt::chanRecvStart(static_cast<rt::Chan*>(RB.p), &v, &ok, how)) {
      if (how == rt::Suspend::OnReturn) return suspendAt(cx, ins);
      completeBlocked(cx, ins);
      NEXT();
    }
    RA = v;
    if (ins->op == Op::RECV_OK) R[A + 1].u = ok;
    NEXT();
  }
  CASE(CLOSE) SAVE(); rt::chanClose(static_cast<rt::Chan*>(RA.p)); NEXT();
  CASE(CHAN_LEN) RA.i = rt::chanLen(static_cast<rt::Chan*>(RB.p)); NEXT();
  CASE(CHAN_CAP) RA.i = rt::chanCap(static_cast<rt::Chan*>(RB.p)); NEXT();
  CASE(SELECT) {
    bool hasDefault = EXT_WORD.a;
    int nsends = EXT_WORD.b;
    SKIP_EXT();
    SAVE();
    int n = C;
    rt::Suspend how = suspendMode(cx);
    if (n == 0 && !hasDefault) {
      rt::blockForeverStart(how);
      return suspendAt(cx, ins);  // never resumes
    }
    // Large selects keep their cases in GC memory (the collector must see the channels and
    // values on the way into the waiters).
    constexpr int kInlineCases = 16;
    rt::SelectCase inlineCases[kInlineCases];
    auto* cases = n <= kInlineCases ? inlineCases
                                    : static_cast<rt::SelectCase*>(gc::alloc(sizeof(rt::SelectCase) * size_t(n)));
    for (int i = 0; i < n; i++) {
      cases[i].chan = static_cast<rt::Chan*>(R[B + 2 * i].p);
      cases[i].isSend = i < nsends;
      cases[i].value = R[B + 2 * i + 1];
      cases[i].ok = false;
    }
    int chosen = rt::selectStart(cases, n, hasDefault, how);
    if (chosen == rt::kSelectBlocked) {
      if (how == rt::Suspend::OnReturn) return suspendAt(cx, ins);
      completeBlocked(cx, ins);
      NEXT();
    }
    storeSelectResult(R, ins, chosen, chosen >= 0 ? cases[chosen].value : Slot{}, chosen >= 0 && cases[chosen].ok);
    NEXT();
  }

  CASE(CLOSURE) {
    auto* proto = static_cast<const FuncProto*>(K[ins->ubc].p);
    uint32_t first = EXT_WORD.a;
    SKIP_EXT();
    RA.p = makeClosure(proto, R + first);
    NEXT();
  }
  CASE(LOAD_CAPTURED) RA.p = f->closure->captured[C]; NEXT();
  CASE(CLOAD) std::memcpy(&RA, f->closure->captured[C], sizeof(Slot)); NEXT();
  CASE(CSTORE) std::memcpy(f->closure->captured[C], &RA, sizeof(Slot)); NEXT();
  CASE(CALL) {
    auto* callee = static_cast<const FuncProto*>(K[ins->ubc].p);
    SAVE();
    if (callee->kind == ProtoKind::Native) {
      callNative(cx, callee, f->base + A);
      if (__builtin_expect(cx.leavingFiber, 0)) return;
      RELOAD();
      NEXT();
    }
    ENTER_BYTECODE(callee, f->base + A, nullptr);
    PREEMPT_POINT();
    NEXT();
  }
  CASE(CALL_CLOSURE) {
    auto* fn = static_cast<const Closure*>(RB.p);
    SAVE();
    if (__builtin_expect(!fn, 0)) throwNilDeref(cx);
    if (fn->proto->kind == ProtoKind::Bytecode) {
      ENTER_BYTECODE(fn->proto, f->base + A, fn);
    } else {
      enterClosure(cx, fn, f->base + A, 0);
      if (__builtin_expect(cx.leavingFiber, 0)) return;
      RELOAD();
    }
    PREEMPT_POINT();
    NEXT();
  }
  CASE(CALL_IFACE) {
    auto* recv = static_cast<Iface*>(RA.p);
    SAVE();
    if (__builtin_expect(!recv, 0)) throwNilDeref(cx);
    IfaceCallSite* site = f->proto->callSites[B];
    const MethodTarget* target = site->cached(recv->type);
    Slot word = recv->word;
    if (!target) {
      target = resolveMethod(recv->type, site->name);
      site->remember(target);
    }
    if (target->viaInterface) {
      const Type* type = recv->type;
      target = resolveDynamic(cx, type, word, site->name);
    }
    RA = target->wordIsReceiver ? word : receiverFor(cx, *target, word);
    if (target->proto->kind == ProtoKind::Native) {
      callNative(cx, target->proto, f->base + A);
      if (__builtin_expect(cx.leavingFiber, 0)) return;
      RELOAD();
    } else {
      ENTER_BYTECODE(target->proto, f->base + A, nullptr);
    }
    PREEMPT_POINT();
    NEXT();
  }
  CASE(BIND_METHOD) {
    // An aggregate receiver arrives as a fresh copy; each call copies it again, since
    // the callee owns its receiver (see boundProtoFor).
    RA.p = bindReceiver(static_cast<const FuncProto*>(K[C].p), RB);
    NEXT();
  }
  CASE(BIND_IFACE) {
    auto* recv = static_cast<Iface*>(RB.p);
    SAVE();
    if (__builtin_expect(!recv, 0)) throwNilDeref(cx);
    const Type* type = recv->type;
    Slot word = recv->word;
    const MethodTarget* target = resolveDynamic(cx, type, word, f->proto->callSites[C]->name);
    RA.p = bindReceiver(target->proto, receiverFor(cx, *target, word));
    NEXT();
  }
  CASE(RETURN) {
    uint8_t flags = f->flags;
    cx.nframes--;
    if (cx.nframes == stopDepth) return;
    RELOAD();
    if (flags & kFrameDeferredPanic) {
      if (!unwindPanic(cx, stopDepth)) throw PanicUnwind{};
      RELOAD();
    }
    NEXT();
  }
  CASE(RUN_DEFERS) {
    Defer* d = f->defers;
    if (!d) NEXT();
    f->defers = d->next;
    f->pc = ins;  // execute RUN_DEFERS again when the deferred call returns
    uint32_t argBase = f->base + f->proto->nregs;
    ensureStack(cx, uint64_t(argBase) + d->nargs + 1);
    std::memcpy(cx.stack + argBase, d->args, sizeof(Slot) * d->nargs);
    if (__builtin_expect(!d->fn, 0)) { SAVE(); throwNilDeref(cx); }  // defer of a nil func value
    enterClosure(cx, d->fn, argBase, kFrameDeferred);
    if (__builtin_expect(cx.leavingFiber, 0)) return;
    RELOAD();
    NEXT();
  }
  CASE(DEFER) {
    auto* fn = static_cast<const Closure*>(RA.p);  // nil panics when the call runs, not here
    Defer* d = makeDefer(fn, R + A + 1, B);
    d->next = f->defers;
    f->defers = d;
    NEXT();
  }
  CASE(GO) {
    auto* fn = static_cast<const Closure*>(RA.p);
    if (__builtin_expect(!fn, 0)) { SAVE(); throwRuntimeError(cx, "invalid memory address or nil pointer dereference", true); }
    auto* start = static_cast<GoStart*>(gc::alloc(sizeof(GoStart) + sizeof(Slot) * B));
    start->prog = cx.prog;
    start->creator = f->proto;
    start->creatorPc = pc;
    start->fn = fn;
    start->nargs = B;
    std::memcpy(start->args, R + A + 1, sizeof(Slot) * B);
    rt::spawn(goroutineMain, start);
    NEXT();
  }
  CASE(PANIC) SAVE(); throwPanic(cx, static_cast<Iface*>(RA.p));
  CASE(RECOVER) {
    RA.p = nullptr;
    PanicRecord* p = cx.panicking;
    // B = 1: `defer recover()`. It recovers for the function whose return runs it; run by a
    // panic's unwinding it is called by no deferred function and recovers nothing.
    const Frame* g = f;
    if (B) g = (f->flags & kFrameDeferred) && cx.nframes > 1 ? &cx.frames[cx.nframes - 2] : nullptr;
    if (g && (g->flags & kFrameDeferredPanic) && p && g->deferPanic == p && !p->recovered && !p->aborted &&
        !p->goexit) {
      p->recovered = true;
      RA.p = p->value;
    }
    NEXT();
  }

  CASE(MAKE_IFACE) {
    auto* t = static_cast<const Type*>(K[C].p);
    Slot w = RB;
    if (t->isAggregate()) {
      void* copy = allocValue(t);
      std::memcpy(copy, w.p, t->size);
      w.p = copy;
    }
    RA.p = newIface(t, w);
    NEXT();
  }
  CASE(ASSERT) {
    auto* v = static_cast<Iface*>(RB.p);
    auto* t = static_cast<const Type*>(K[C].p);
    auto* staticType = static_cast<const Type*>(K[EXT_WORD.a].p);
    SKIP_EXT();
    if (__builtin_expect(!v || v->type != t, 0)) { SAVE(); throwAssert(cx, v, t, staticType); }
    RA = v->word;
    NEXT();
  }
  CASE(ASSERT_OK) {
    auto* v = static_cast<Iface*>(RB.p);
    auto* t = static_cast<const Type*>(K[C].p);
    bool ok = v && v->type == t;
    if (ok) RA = v->word;
    else if (t->isAggregate()) RA.p = allocValue(t);
    else RA.u = 0;
    R[A + 1].u = ok;
    NEXT();
  }
  CASE(ASSERT_IFACE) {
    auto* v = static_cast<Iface*>(RB.p);
    auto* t = static_cast<const Type*>(K[C].p);
    if (__builtin_expect(!v || !implements(v->type, t), 0)) { SAVE(); throwAssertIface(cx, v, t); }
    RA.p = v;
    NEXT();
  }
  CASE(ASSERT_IFACE_OK) {
    auto* v = static_cast<Iface*>(RB.p);
    bool ok = v && implements(v->type, static_cast<const Type*>(K[C].p));
    RA.p = ok ? v : nullptr;
    R[A + 1].u = ok;
    NEXT();
  }
  CASE(DYN_TYPE) { auto* v = static_cast<Iface*>(RB.p); RA.p = v ? const_cast<Type*>(v->type) : nullptr; NEXT(); }
  CASE(IMPLEMENTS) {
    auto* v = static_cast<Iface*>(RB.p);
    RA.u = v && implements(v->type, static_cast<const Type*>(K[C].p));
    NEXT();
  }

  CASE(PRINT) printBuiltin(R + A, B, false); NEXT();
  CASE(PRINTLN) printBuiltin(R + A, B, true); NEXT();
  CASE(PANIC_INDEX) SAVE(); throwIndex(cx, RA.i, RB.i);
  CASE(UNREACHABLE) SAVE(); throwRuntimeError(cx, "goro: function ended without a return statement");

#if !GORO_COMPUTED_GOTO
      case Op::Count_: __builtin_unreachable();
    }
  }
#endif
#undef CASE
#undef NEXT
#undef RELOAD
#undef SAVE
#undef A
#undef B
#undef C
#undef RA
#undef RB
#undef RC
#undef EXT_WORD
#undef SKIP_EXT
#undef PREEMPT_POINT
#undef JUMP
#undef ENTER_BYTECODE
}

}  // namespace

void execute(NativeCtx& cx, uint32_t stopDepth) {
  for (;;) {
    try {
      if (const Instr* blocked = std::exchange(cx.blockedAt, nullptr)) completeBlocked(cx, blocked);
      run(cx, stopDepth);
      return;
    } catch (PanicUnwind&) {
      if (!unwindPanic(cx, stopDepth)) throw;
    }
  }
}

// ---------------------------------------------------------------- entry points

namespace {

// Deadlock reports print each goroutine's frames (rt::setGoroutineDumper).
void dumpFrames(rt::G* dumped, std::string& out) {
  if (dumped->vm) out += formatFrames(*static_cast<NativeCtx*>(dumped->vm));
}

// Goroutine 1's entry function: the package initialisers in order, then main.main. Like
// goroutineMain it is called again after every stackless suspension.
void mainGoroutine(void* arg) {
  auto* prog = static_cast<Program*>(arg);
  rt::G* g = rt::current();
  auto* cx = static_cast<NativeCtx*>(g->vm);
  if (!cx) {
    rt::setGoroutineDumper(dumpFrames);  // the scheduler exists only from here on
    cx = newNativeCtx(prog, g);
  }
  cx->leavingFiber = false;
  try {
    for (;;) {
      if (cx->nframes) execute(*cx, 0);
      if (cx->leavingFiber || cx->nextInit > prog->inits.size()) return;
      uint32_t next = cx->nextInit++;
      FuncProto* proto = next < prog->inits.size() ? prog->inits[next] : prog->main;
      if (proto) pushFrame(*cx, proto, 0, nullptr, 0);
    }
  } catch (PanicUnwind&) {
    finishUnwinding(*cx);
    rt::mainGoexited();  // main.main will not return: the program goes on without it
  }
}

// Where a native's callback window may start: above the running frame and any native io.
uint32_t calleeBase(NativeCtx& cx) {
  uint32_t base = cx.nativeTop;
  if (cx.nframes) base = std::max(base, cx.top().base + cx.top().proto->nregs);
  return base;
}

// What `goro run --timeline` names goroutines by: the function a goroutine runs and the
// `go` statement that started it (as "created by" in traces, but as file.go:line).
rt::timeline::Origin goroutineOrigin(void (*entry)(void*), void* arg) {
  if (entry == mainGoroutine) {
    auto* prog = static_cast<Program*>(arg);
    return {prog, prog->main, nullptr, nullptr};
  }
  if (entry != goroutineMain) return {};
  auto* start = static_cast<GoStart*>(arg);
  return {start->prog, start->fn->proto, start->creator, start->creatorPc - 1};
}

rt::timeline::OriginText describeOrigin(const rt::timeline::Origin& origin) {
  auto* prog = static_cast<const Program*>(origin.program);
  auto* function = static_cast<const FuncProto*>(origin.function);
  auto* creator = static_cast<const FuncProto*>(origin.creator);
  rt::timeline::OriginText text;
  if (function) text.function = function->name;
  if (creator && prog && prog->files && creator->file < prog->files->size()) {
    const std::string& path = prog->files->file(creator->file).path;
    auto at = static_cast<const Instr*>(origin.statement);
    text.position = path.substr(path.find_last_of('/') + 1) + ":" +
                    std::to_string(creator->lineAt(uint32_t(at - creator->code.data())));
  }
  return text;
}

}  // namespace

void runProgram(Program* prog, const rt::Options& opts) {
  rt::timeline::setOriginDescriber({goroutineOrigin, describeOrigin});
  rt::run(opts, mainGoroutine, prog);
}

namespace {

struct Interactive {
  Program* prog;
  void (*session)(NativeCtx&, void*);
  void* arg;
  bool initialized = false;  // the program's initialisers have run
  std::atomic<rt::G*> current{nullptr};  // the goroutine running the session now
};

// The goroutine that runs a REPL session: goroutine 1, and after an input deadlocked, a
// new one (the deadlocked goroutines stay blocked). Inputs run under native code
// (runRecovering), so it blocks keeping its carrier and this entry runs once.
void interactiveGoroutine(void* arg) {
  auto* run = static_cast<Interactive*>(arg);
  run->current.store(rt::current());
  NativeCtx* cx = newNativeCtx(run->prog, rt::current());
  cx->interactive = true;
  if (!std::exchange(run->initialized, true))
    for (FuncProto* init : run->prog->inits) runRecovering(*cx, init);
  run->session(*cx, run->arg);
  if (!sessionReplaced()) rt::exitProcess(0);
  rt::mainGoexited();  // goroutine 1 may end here without ending the process
}

Interactive* interactive = nullptr;  // the process's REPL session

// An input blocked for good: Go's report, reworded, and the session goes on.
rt::DeadlockRecovery abandonBlockedInput(const std::string& report) {
  std::string text = report;
  text.replace(0, text.find('\n'), "all goroutines are asleep - deadlock! The input is abandoned; the session goes on.");
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  interactive->current.store(nullptr);  // the blocked session goroutine may yet be woken: it must stop then
  return {interactiveGoroutine, interactive};
}

}  // namespace

void runInteractive(Program* prog, const rt::Options& opts, void (*session)(NativeCtx&, void*), void* arg) {
  interactive = new Interactive{prog, session, arg};
  rt::run(opts,
          [](void* run) {
            rt::setGoroutineDumper(dumpFrames);
            rt::setDeadlockHandler(abandonBlockedInput);
            interactiveGoroutine(run);
          },
          interactive);
}

bool sessionReplaced() { return interactive && interactive->current.load() != rt::current(); }

bool runRecovering(NativeCtx& cx, const FuncProto* fn) {
  uint32_t depth = cx.nframes;
  uint32_t base = calleeBase(cx);
  ensureStack(cx, uint64_t(base) + std::max<uint32_t>(fn->nregs, 1) + 1);
  ReentryScope nativeBelow(cx);
  try {
    pushFrame(cx, fn, base, nullptr, 0);
    execute(cx, depth);
    return true;
  } catch (PanicUnwind&) {
    if (!cx.panicking->goexit) {
      std::string text = unrecoveredPanicText(cx);
      std::fwrite(text.data(), 1, text.size(), stderr);
    }
  } catch (InputAbandoned&) {
  }
  cx.panicking = nullptr;
  cx.nframes = depth;
  return false;
}

void callClosure(NativeCtx& cx, const Closure* fn, Slot* io) {
  const FuncProto* proto = fn->proto;
  uint32_t base = calleeBase(cx);
  uint32_t nparams = proto->nparams, nresults = proto->nresults;
  ensureStack(cx, uint64_t(base) + std::max(nparams, nresults) + 1);
  std::memcpy(cx.stack + base, io, sizeof(Slot) * nparams);
  uint32_t depth = cx.nframes;
  ReentryScope nativeBelow(cx);
  if (enterClosure(cx, fn, base, 0)) execute(cx, depth);
  std::memcpy(io, cx.stack + base, sizeof(Slot) * nresults);
}

bool callMethod(NativeCtx& cx, const Type* t, Slot word, std::string_view name, Slot* io) {
  const MethodTarget* target = resolveDynamic(cx, t, word, name);
  if (!target) return false;
  const FuncProto* proto = target->proto;
  uint32_t base = calleeBase(cx);
  uint32_t nparams = proto->nparams, nresults = proto->nresults;
  ensureStack(cx, uint64_t(base) + std::max(nparams, nresults) + 1);
  cx.stack[base] = receiverFor(cx, *target, word);
  if (nparams > 1) std::memcpy(cx.stack + base + 1, io, sizeof(Slot) * (nparams - 1));
  uint32_t depth = cx.nframes;
  ReentryScope nativeBelow(cx);
  if (proto->kind == ProtoKind::Native) {
    callNative(cx, proto, base);
  } else {
    pushFrame(cx, proto, base, nullptr, 0);
    execute(cx, depth);
  }
  std::memcpy(io, cx.stack + base, sizeof(Slot) * nresults);
  return true;
}

void callMethodRecover(NativeCtx& cx, const Type* t, Slot word, std::string_view name, Slot* io, bool* panicked,
                       Iface** panicValue) {
  *panicked = false;
  uint32_t depth = cx.nframes;
  try {
    callMethod(cx, t, word, name, io);
  } catch (PanicUnwind&) {
    // The unwinder stopped at our depth: the panic ends here, as if recovered. A Goexit
    // goes on, as recover() does not stop it.
    PanicRecord* p = cx.panicking;
    if (p->goexit) throw;
    cx.panicking = p->link;
    cx.nframes = depth;
    *panicked = true;
    *panicValue = p->value;
  }
}

}  // namespace goro

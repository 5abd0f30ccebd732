// Go panics: raising them (vm/panic.h), unwinding frames through deferred calls and
// recover, and printing an unrecovered panic as Go 1.19 does before exiting with status 2.
//
// Design: a panic is a PanicRecord on the goroutine's NativeCtx plus a C++ exception
// (PanicUnwind) that gets it out of whatever native or interpreter code raised it. The
// unwinder then works on the VM's own frame stack: deferred calls run as ordinary frames
// flagged kFrameDeferredPanic, so recover() can tell whether it is called directly by a
// deferred call of the current panic. Only frames above a native that called back into
// Go are unwound by one execute(); the rest propagates to the enclosing one as PanicUnwind.
//
// runtime.Goexit is a PanicRecord flagged `goexit` on the same path, as in Go's runtime:
// recover() returns nil while it unwinds, a panic raised by one of its deferred calls
// links to it and, if recovered, hands the unwinding back to the Goexit instead of
// resuming the recovering frame, and when it reaches the goroutine's bottom frame the
// goroutine simply ends.
#include "vm/panic.h"

#include <unistd.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <vector>

#include "frontend/diag.h"
#include "frontend/scope.h"
#include "runtime/gc.h"
#include "runtime/timeline.h"
#include "vm/interp.h"
#include "vm/type.h"
#include "vm/vmstate.h"

namespace goro {

namespace {

// Goroutine traces. Go never unwinds a panicking goroutine's stack before printing it:
// deferred calls run on top of the frame that panicked, so a panic raised in a deferred
// call prints the deferred call's frames above those of the panic that called it. goro's
// unwinder pops frames as it goes; instead each panic captures its trace when it starts:
// the frames from the top of the VM stack down to the deferred call it interrupts (if
// any), followed by the trace of the panic (or Goexit) running that deferred call.
//
// Frame lines are Go's "function(...)" then "\tfile:line +0xN", with these choices:
//  - the argument list is always "(...)" (or "()" for a function without parameters): Go
//    prints raw argument words, which depend on its register ABI and which it marks as
//    unreliable itself; "(...)" is what Go prints for inlined frames;
//  - the offset is the index of the executing instruction in the function's bytecode (as
//    `goro disasm` numbers them, here in hex), standing in for Go's machine-code offset;
//  - the file is the source's absolute path, as gc records it (FileSet::add);
//  - only frames that ran in goro are shown: Go's runtime frames (the `panic(...)` frame
//    between a deferred call and its panicking caller, runtime.Goexit, runtime.gopark,
//    sync.runtime_Semacquire, ...) have no counterpart, and the compiler's own wrappers
//    are hidden as gc hides its wrappers; stdlib functions goro implements in Go source
//    are shown with goro's file names ("$GOROOT/src/sync/sync.go");
//  - as in Go 1.19, at most 100 frames, then "...additional frames elided...".
struct CapturedTrace {
  uint32_t n;
  bool elided;
  struct Entry {
    const FuncProto* proto;
    const Instr* at;  // the executing instruction; null: at the function's entry
  } frames[];
};

// Every PanicRecord of a goroutine is the head of one of these (see captureTrace).
struct PanicState {
  PanicRecord record;
  CapturedTrace* trace;
  uintptr_t faultAddress;  // sigsegv: the address Go's [signal SIGSEGV ...] line shows
};

constexpr uint32_t kMaxTraceFrames = 100;

// `entering`: a function being called whose frame is not pushed yet (stack overflow).
CapturedTrace* captureTrace(const NativeCtx& cx, const FuncProto* entering = nullptr) {
  std::vector<CapturedTrace::Entry> entries;
  bool elided = false;
  if (entering) entries.push_back({entering, nullptr});
  bool aboveIsDeferred = false;
  for (uint32_t i = cx.nframes; i-- > 0 && entries.size() <= kMaxTraceFrames;) {
    const Frame& f = cx.frames[i];
    // A frame's pc is the instruction after the executing one, except below a deferred
    // call run by RUN_DEFERS, which sets pc to itself to run again when the call returns.
    const Instr* at = aboveIsDeferred || f.pc == f.proto->code.data() ? f.pc : f.pc - 1;
    if (!f.proto->wrapper) entries.push_back({f.proto, at});
    if ((f.flags & kFrameDeferredPanic) && f.deferPanic) {
      const CapturedTrace* below = reinterpret_cast<const PanicState*>(f.deferPanic)->trace;
      entries.insert(entries.end(), below->frames, below->frames + below->n);
      elided = below->elided;
      break;
    }
    aboveIsDeferred = f.flags & kFrameDeferred;
  }
  if (entries.size() > kMaxTraceFrames) {
    entries.resize(kMaxTraceFrames);
    elided = true;
  }
  auto n = uint32_t(entries.size());
  auto* t = static_cast<CapturedTrace*>(gc::allocAtomic(sizeof(CapturedTrace) + n * sizeof(CapturedTrace::Entry)));
  t->n = n;
  t->elided = elided;
  std::copy(entries.begin(), entries.end(), t->frames);
  return t;
}

// The address a nil dereference by the executing instruction touched, which Go's SIGSEGV
// line shows: the field's offset for a load or store through a nil pointer, else 0 (Go
// checks nil explicitly before other accesses, faulting at address 0).
uintptr_t nilFaultAddress(const NativeCtx& cx) {
  if (!cx.nframes) return 0;
  const Frame& f = cx.frames[cx.nframes - 1];
  if (f.pc <= f.proto->code.data()) return 0;
  const Instr& ins = f.pc[-1];
  auto isNil = [&](uint16_t reg) { return cx.stack[f.base + reg].p == nullptr; };
  switch (ins.op) {
    case Op::LOAD_I8: case Op::LOAD_U8: case Op::LOAD_I16: case Op::LOAD_U16: case Op::LOAD_I32: case Op::LOAD_U32:
    case Op::LOAD_F32: case Op::LOAD_W: case Op::ADDR_OFF:
      return isNil(ins.b) ? ins.c : 0;
    case Op::STORE_8: case Op::STORE_16: case Op::STORE_32: case Op::STORE_F32: case Op::STORE_W:
      return isNil(ins.a) ? ins.b : 0;
    default: return 0;
  }
}

// Starts unwinding a panic (or, with value null and goexit set, a Goexit).
[[noreturn]] void startUnwinding(NativeCtx& cx, Iface* value, bool goexit, bool sigsegv, uintptr_t faultAddress) {
  auto* state = static_cast<PanicState*>(gc::alloc(sizeof(PanicState)));
  state->record.link = cx.panicking;
  state->record.value = value;
  state->record.goexit = goexit;
  state->record.sigsegv = sigsegv;
  state->trace = captureTrace(cx);
  state->faultAddress = faultAddress;
  cx.panicking = &state->record;
  throw PanicUnwind{};
}

void writeStderr(const std::string& s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = ::write(2, s.data() + off, s.size() - off);
    if (n <= 0) break;
    off += size_t(n);
  }
}

// "\tfile.go:12 +0x1c\n" for the instruction `at`, or for the function's declaration
// when `at` is null.
std::string positionLine(const Program* prog, const FuncProto* proto, const Instr* at) {
  uint32_t index = at ? uint32_t(at - proto->code.data()) : 0;
  char offset[24];
  std::snprintf(offset, sizeof offset, " +0x%" PRIx32 "\n", index);
  std::string s = "\t";
  if (prog && prog->files && proto->file < prog->files->size()) s += prog->files->file(proto->file).tracePath;
  uint32_t line = at ? proto->lineAt(index) : proto->declLine;
  return s.append(1, ':').append(std::to_string(line)).append(offset);
}

std::string frameLine(const Program* prog, const FuncProto* proto, const Instr* at) {
  return proto->name + (proto->nparams ? "(...)\n" : "()\n") + positionLine(prog, proto, at);
}

std::string createdByLine(const NativeCtx& cx) {
  if (!cx.creator) return {};
  return "created by " + cx.creator->name + "\n" + positionLine(cx.prog, cx.creator, cx.creatorPc - 1);
}

std::string frameLines(const Program* prog, const CapturedTrace* t) {
  std::string s;
  for (uint32_t i = 0; i < t->n; i++) s += frameLine(prog, t->frames[i].proto, t->frames[i].at);
  if (t->elided) s += "...additional frames elided...\n";
  return s;
}

std::string goroutineHeader(const NativeCtx& cx) {
  return "\ngoroutine " + std::to_string(cx.g ? cx.g->id : 1) + " [running]:\n";
}

// The runtime's error values: one named string type whose value is the whole Error() text.
void nativeErrorString(NativeCtx&, Slot*) {}  // Error() returns the receiver itself
void nativeRuntimeError(NativeCtx&, Slot*) {}

const Type* runtimeErrorType() {
  static const Type* type = [] {
    TypeTable& tt = TypeTable::get();
    Type* named = tt.newNamed("errorString", "runtime");
    const Type* str = tt.basic(Kind::String);
    auto method = [&](const char* name, NativeFn fn, std::vector<const Type*> results) {
      auto* proto = new FuncProto();
      proto->name = std::string("runtime.errorString.") + name;
      proto->kind = ProtoKind::Native;
      proto->native = fn;
      proto->nparams = 1;
      proto->nresults = uint16_t(results.size());
      proto->nregs = 1;
      proto->recvType = named;
      auto* obj = new Object();
      obj->kind = ObjKind::Func;
      obj->name = name;
      obj->isMethod = true;
      obj->isNative = true;
      obj->proto = proto;
      Method m;
      m.name = name;
      m.sig = tt.func({}, std::move(results), false);
      m.obj = obj;
      obj->type = m.sig;
      return m;
    };
    named->methods.push_back(method("Error", nativeErrorString, {str}));
    named->methods.push_back(method("RuntimeError", nativeRuntimeError, {}));
    tt.complete(named, str);
    return named;
  }();
  return type;
}

std::string formatPrintFloat(double v) {
  if (v != v) return "NaN";
  if (v == __builtin_inf()) return "+Inf";
  if (v == -__builtin_inf()) return "-Inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.6e", v);
  // C prints at least two exponent digits; Go's print uses three.
  std::string s = buf;
  size_t e = s.find('e');
  std::string mant = s.substr(0, e + 2), exp = s.substr(e + 2);
  while (exp.size() < 3) exp = "0" + exp;
  return mant + exp;
}

// Go 1.19's printpanicval: Error(), String(), basic values, else "(T) address". Without
// a VM state (cx null) no method can run: the value is printed as if it had none.
std::string panicValueText(NativeCtx* cx, const Iface* v) {
  if (!v) return "nil";
  const Type* t = v->type;
  if (t == runtimeErrorType()) return std::string(strView(static_cast<String*>(v->word.p)));  // Error() is the value
  for (const char* name : {"Error", "String"}) {
    const MethodTarget* m = cx ? resolveMethod(t, name) : nullptr;
    if (m && (m->viaInterface || (m->proto->nparams == 1 && m->proto->nresults == 1))) {
      Slot io[1];
      callMethod(*cx, t, v->word, name, io);
      return std::string(strView(static_cast<String*>(io[0].p)));
    }
  }
  std::string text;
  Slot w = v->word;
  switch (t->ukind()) {
    case Kind::Bool: text = w.u ? "true" : "false"; break;
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      text = std::to_string(w.i);
      break;
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
      text = std::to_string(w.u);
      break;
    case Kind::Float32: case Kind::Float64: text = formatPrintFloat(w.f); break;
    case Kind::String:
      text = std::string(strView(static_cast<String*>(w.p)));
      if (!t->isNamed()) return text;
      text.insert(0, 1, '"');
      text.push_back('"');
      break;
    default: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(w.p));
      return std::string("(").append(t->toString()).append(") ").append(buf);
    }
  }
  if (!t->isNamed()) return text;
  std::string named = t->toString();
  named.append(1, '(').append(text).append(1, ')');
  return named;
}

// Go's printpanics: a Goexit in the chain prints nothing and no tab before the next panic.
// Without a VM state (cx null) the values print as if they had no methods.
std::string panicChainText(NativeCtx* cx, PanicRecord* p) {
  std::string s;
  if (p->link) {
    s = panicChainText(cx, p->link);
    if (!p->link->goexit) s += "\t";
  }
  if (p->goexit) return s;
  s.append("panic: ").append(panicValueText(cx, p->value));
  if (p->recovered) s += " [recovered]";
  return s + "\n";
}

// The VM state of the goroutine running on this thread; null on a thread that runs no
// goroutine and in goroutines the runtime started without the VM.
NativeCtx* runningCtx() {
  rt::G* g = rt::current();
  return g ? static_cast<NativeCtx*>(g->vm) : nullptr;
}

// A panic with no Go frames to unwind (see HostPanic in vm/panic.h).
[[noreturn]] void panicWithoutFrames(const std::string& text) {
  rt::G* g = rt::current();
  if (!g) throw HostPanic(text);
  writeStderr("panic: " + text + "\n\ngoroutine " + std::to_string(g->id) + " [running]:\n");
  rt::exitProcess(2);
}

// Raises panic(value): through the goroutine's frames, or without frames.
[[noreturn]] void raise(Iface* value) {
  if (NativeCtx* cx = runningCtx()) throwPanic(*cx, value);
  panicWithoutFrames(panicValueText(nullptr, value));
}

}  // namespace

void finishUnwinding(NativeCtx& cx) {
  if (cx.panicking->goexit) return;
  std::string text = unrecoveredPanicText(cx);
  if (cx.panicking->goexit) return;  // a Goexit in the panic value's Error method ends the goroutine
  if (rt::timeline::enabled) rt::timeline::recordPanic();
  writeStderr(text);
  rt::exitProcess(2);
}

std::string unrecoveredPanicText(NativeCtx& cx) {
  PanicRecord* p = cx.panicking;
  auto* state = reinterpret_cast<PanicState*>(p);
  std::string out;
  try {
    out = panicChainText(&cx, p);
  } catch (PanicUnwind&) {
    // An Error or String method of a panic value panicked. Go calls them under a deferred
    // recover() (preprintpanics): a panic is fatal, while a Goexit, and panic(nil), for
    // which recover() returns nil, get past it: the goroutine ends, or the values print
    // without their methods. Go's trace shows the method's frames on top of the panic's.
    if (cx.panicking->goexit) return "";
    if (Iface* failure = cx.panicking->value) {
      TypeTable& tt = TypeTable::get();
      std::string what = failure->type == tt.basic(Kind::String)
                             ? ": " + std::string(strView(static_cast<String*>(failure->word.p)))
                             : ": type " + failure->type->toString();
      const CapturedTrace* inMethod = reinterpret_cast<PanicState*>(cx.panicking)->trace;
      writeStderr("fatal error: panic while printing panic value" + what + "\n" + goroutineHeader(cx) +
                  frameLines(cx.prog, inMethod) + frameLines(cx.prog, state->trace) + createdByLine(cx));
      rt::exitProcess(2);
    }
    out = panicChainText(nullptr, p);
  }
  if (p->sigsegv) {
    char line[96];
    std::snprintf(line, sizeof line, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%" PRIxPTR " pc=0x0]\n",
                  state->faultAddress);
    out += line;
  }
  return out + goroutineHeader(cx) + frameLines(cx.prog, state->trace) + createdByLine(cx);
}

Iface* makeRuntimeError(std::string_view text) {
  Slot w;
  w.p = newString(text);
  return newIface(runtimeErrorType(), w);
}

void throwPanic(NativeCtx& cx, Iface* value, bool sigsegv) { startUnwinding(cx, value, false, sigsegv, 0); }

void goexit(NativeCtx& cx) { startUnwinding(cx, nullptr, true, false, 0); }

void throwRuntimeError(NativeCtx& cx, std::string msg, bool sigsegv) {
  throwPanic(cx, makeRuntimeError("runtime error: " + msg), sigsegv);
}

void throwNilDeref(NativeCtx& cx) {
  startUnwinding(cx, makeRuntimeError("runtime error: invalid memory address or nil pointer dereference"), false, true,
                 nilFaultAddress(cx));
}

void throwIndex(NativeCtx& cx, int64_t index, int64_t length) {
  if (index < 0) throwRuntimeError(cx, "index out of range [" + std::to_string(index) + "]");
  throwRuntimeError(cx, "index out of range [" + std::to_string(index) + "] with length " + std::to_string(length));
}

bool unwindPanic(NativeCtx& cx, uint32_t stopDepth) {
  for (;;) {
    PanicRecord* p = cx.panicking;
    if (p->recovered) {
      cx.panicking = p->link;
      if (PanicRecord* below = cx.panicking; below && below->goexit && below->aborted) {
        // The recovered panic had unwound past a deferred call of a Goexit: the Goexit
        // goes on from the frame that recovered, with that frame's next deferred call.
        below->aborted = false;
        continue;
      }
      // The deferred call that recovered has returned: the frame that deferred it
      // resumes at its epilogue (remaining deferred calls, then a normal return).
      while (cx.panicking && cx.panicking->aborted) cx.panicking = cx.panicking->link;
      Frame& f = cx.top();
      f.pc = f.proto->code.data() + f.proto->epilogue;
      return true;
    }
    if (cx.nframes == stopDepth) return false;
    Frame& f = cx.top();
    if (Defer* d = f.defers) {
      f.defers = d->next;
      uint32_t argBase = f.base + f.proto->nregs;
      ensureStack(cx, uint64_t(argBase) + d->nargs + 1);
      std::memcpy(cx.stack + argBase, d->args, sizeof(Slot) * d->nargs);
      try {
        if (!d->fn) throwNilDeref(cx);  // defer of a nil func value
        ReentryScope nativeRunsHere(cx);  // a deferred native runs inside this catch handler
        if (enterClosure(cx, d->fn, argBase, kFrameDeferredPanic)) {
          cx.top().deferPanic = p;
          return true;
        }
      } catch (PanicUnwind&) {
        // A deferred native panicked: the new panic continues the unwinding.
      }
      continue;
    }
    if ((f.flags & kFrameDeferredPanic) && f.deferPanic != p) f.deferPanic->aborted = true;
    cx.nframes--;
  }
}

std::string formatFrames(const NativeCtx& cx) { return frameLines(cx.prog, captureTrace(cx)) + createdByLine(cx); }

void fatalStackOverflow(NativeCtx& cx, const FuncProto* entering, const std::string& runtimeLines) {
  writeStderr(runtimeLines + "fatal error: stack overflow\n" + goroutineHeader(cx) +
              frameLines(cx.prog, captureTrace(cx, entering)) + createdByLine(cx));
  if (cx.interactive) throw InputAbandoned{};
  rt::exitProcess(2);
}

// ---------------------------------------------------------------- vm/panic.h

void panicRuntimeError(std::string_view msg) { raise(makeRuntimeError("runtime error: " + std::string(msg))); }

void panicPlainRuntimeError(std::string_view msg) { raise(makeRuntimeError(msg)); }

void panicValue(Iface* v) { raise(v); }

void panicString(std::string_view msg) {
  Slot w;
  w.p = newString(msg);
  raise(newIface(TypeTable::get().basic(Kind::String), w));
}

void fatalError(std::string_view msg) {
  std::string out = "fatal error: " + std::string(msg) + "\n";
  if (rt::G* g = rt::current(); g && g->vm) {
    NativeCtx& cx = *static_cast<NativeCtx*>(g->vm);
    out += goroutineHeader(cx) + formatFrames(cx);
  }
  writeStderr(out);
  rt::exitProcess(2);
}

// ---------------------------------------------------------------- print builtins

void printBuiltin(Slot* args, uint32_t n, bool newline) {
  std::string out;
  char buf[64];
  for (uint32_t i = 0; i < n; i++) {
    if (newline && i) out += ' ';
    auto* v = static_cast<Iface*>(args[i].p);
    if (!v) {
      out += "(0x0,0x0)";
      continue;
    }
    Slot w = v->word;
    switch (v->type->ukind()) {
      case Kind::Bool: out += w.u ? "true" : "false"; break;
      case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
        out += std::to_string(w.i);
        break;
      case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
        out += std::to_string(w.u);
        break;
      case Kind::Float32: case Kind::Float64: out += formatPrintFloat(w.f); break;
      case Kind::String: out += strView(static_cast<String*>(w.p)); break;
      case Kind::Slice: {
        auto* s = static_cast<Slice*>(w.p);
        std::snprintf(buf, sizeof buf, "[%" PRId64 "/%" PRId64 "]0x%" PRIxPTR, sliceLen(s), s ? s->cap : 0,
                      reinterpret_cast<uintptr_t>(s ? s->data : nullptr));
        out += buf;
        break;
      }
      case Kind::Interface: {
        auto* inner = static_cast<Iface*>(w.p);
        std::snprintf(buf, sizeof buf, "(0x%" PRIxPTR ",0x%" PRIxPTR ")",
                      reinterpret_cast<uintptr_t>(inner ? inner->type : nullptr),
                      reinterpret_cast<uintptr_t>(inner ? inner->word.p : nullptr));
        out += buf;
        break;
      }
      default:
        std::snprintf(buf, sizeof buf, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(w.p));
        out += buf;
        break;
    }
  }
  if (newline) out += '\n';
  writeStderr(out);
}

}  // namespace goro

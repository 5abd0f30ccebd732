// Compiled code: instructions, function prototypes with their constants and line tables,
// and the Program the compiler hands to the interpreter.
//
// Design: one FuncProto per Go function (declared functions, methods, function literals,
// the package initialiser) and per native function of the stdlib. A bytecode function
// runs in a window of `nregs` 8-byte registers on its goroutine's register stack; its
// arguments arrive in R[0..nparams) and its results leave in R[0..nresults), so a call
// needs no copying: the caller evaluates arguments into consecutive registers R[A], ...
// and the callee's window starts at R[A]. Natives follow the same convention (vm/native.h).
// Everything a proto references at run time (strings, closures, types) is either
// uncollectable GC memory or plain C++ memory that lives as long as the program; the
// REPL appends protos and globals to a running Program, so nothing here is ever moved.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "vm/native.h"
#include "vm/value.h"

namespace goro {

struct Type;
class FileSet;

enum class Op : uint16_t {
#define OP(name, format, semantics) name,
#include "vm/opcodes.def"
#undef OP
  Count_
};
constexpr int kOpCount = static_cast<int>(Op::Count_);
extern const char* const kOpNames[kOpCount];
extern const char* const kOpFormats[kOpCount];
extern const char* const kOpSemantics[kOpCount];

// RECYCLE takes pointer-free blocks of at most this many bytes (NativeCtx::spares).
constexpr uint32_t kRecycleMaxBytes = 64;

struct Instr {
  Op op;
  uint16_t a;
  union {
    struct {
      uint16_t b;
      uint16_t c;
    };
    int32_t sbc;   // B and C as one signed 32-bit operand
    uint32_t ubc;  // ... or unsigned
  };
  int16_t sb() const { return static_cast<int16_t>(b); }
  int16_t sc() const { return static_cast<int16_t>(c); }
};
static_assert(sizeof(Instr) == 8);

// Maps instruction indexes to source lines: entry i covers [pc_i, pc_{i+1}).
struct LineEntry {
  uint32_t pc;
  uint32_t line;
};

// How a method found on a dynamic type is called: the method's proto, plus the walk from
// the interface's word to the receiver through embedded fields.
struct MethodTarget {
  struct Hop {
    uint32_t offset;  // of the embedded field within its struct
    bool deref;       // the embedded field is a pointer: load it
  };
  const Type* dynType = nullptr;
  const FuncProto* proto = nullptr;
  std::vector<Hop> hops;
  bool startsFromValue = false;  // the word is a value (not a pointer) of dynType
  bool viaInterface = false;     // promoted from an embedded interface: no proto; the hops
                                 // lead to the interface field, whose value is called
  const Type* loadType = nullptr;  // value receiver: load (and copy) a value of this type
  const Type* recvType = nullptr;  // for messages: the type whose method it is
  bool wordIsReceiver = false;     // the interface's word is passed as is (no hops, no copy)
};

// A call site of an interface method: the name, and a polymorphic inline cache of the
// resolutions for the last few dynamic types seen there (a loop over a slice of shapes
// cycles through several). Entries are replaced round robin, each atomically, so
// goroutines on other workers always read a complete resolution.
struct IfaceCallSite {
  static constexpr uint32_t kCacheEntries = 4;
  std::string name;
  std::atomic<const MethodTarget*> cache[kCacheEntries] = {};
  std::atomic<uint32_t> nextVictim{0};

  const MethodTarget* cached(const Type* dynType) const {
    for (const auto& entry : cache) {
      const MethodTarget* t = entry.load(std::memory_order_acquire);
      if (t && t->dynType == dynType) return t;
    }
    return nullptr;
  }
  void remember(const MethodTarget* target) {
    uint32_t victim = nextVictim.fetch_add(1, std::memory_order_relaxed) % kCacheEntries;
    cache[victim].store(target, std::memory_order_release);
  }
};

enum class ProtoKind : uint8_t {
  Bytecode,
  Native,
  Bound,  // a method value: captured[0] is the receiver, `target` the method
};

struct FuncProto {
  std::string name;  // as Go prints it in traces: main.f, main.(*T).M, main.main.func1
  ProtoKind kind = ProtoKind::Bytecode;
  const Type* sig = nullptr;  // Func type (methods: without the receiver)
  uint16_t nparams = 0;       // argument slots, receiver first, a variadic tail as one slice
  uint16_t nresults = 0;
  uint16_t nregs = 0;         // window size, at least max(nparams, nresults)
  uint16_t ncaptured = 0;
  // Borrowing (frontend/borrow.h): bit i set when struct parameter slot i is only read,
  // so a caller may lend its block instead of a copy; `still` when nothing can change a
  // lent block while the body runs.
  uint64_t borrowedParams = 0;
  bool still = false;

  std::vector<Instr> code;
  std::vector<Slot> consts;
  std::vector<std::string> constText;  // how the disassembler shows each constant
  std::vector<LineEntry> lines;
  std::vector<IfaceCallSite*> callSites;
  uint32_t file = 0;          // FileSet index of the source file
  uint32_t declLine = 0;
  uint32_t epilogue = 0;      // pc where a recovered panic resumes: run defers, return
  bool wrapper = false;       // compiler-made glue, hidden in traces as gc hides its wrappers

  NativeFn native = nullptr;          // Native
  const FuncProto* target = nullptr;  // Bound: the method
  const Type* recvType = nullptr;     // methods: the receiver's type (T or *T)

  Closure* funcValue = nullptr;  // the shared func value of a proto without captures
  FuncProto* boundProto = nullptr;  // lazily made Bound proto for method values of this method

  // For the stepping debugger: each named local variable, the register that holds it
  // (its value, or a box holding it) and the instructions [from, to) it is in scope for.
  struct LocalVar {
    std::string name;
    const Type* type;
    uint16_t reg;
    bool boxed;
    uint32_t from, to;
  };
  std::vector<LocalVar> locals;

  uint32_t lineAt(uint32_t pc) const;
};

// Makes the shared func value of a proto with no captured variables.
Closure* staticClosure(FuncProto* proto);
// The Bound proto used for method values of `method`. Calls through it copy an aggregate
// receiver afresh each time, because a callee owns (and may modify) its receiver.
FuncProto* boundProtoFor(FuncProto* method);

struct Program {
  std::vector<FuncProto*> protos;  // every compiled function, in compilation order
  std::vector<FuncProto*> inits;   // run in order: per package, dependencies first, its
                                   // variable initialiser, then its init()s
  FuncProto* main = nullptr;       // main.main
  const FileSet* files = nullptr;
};

// A permanent (never collected) Go string, for constants.
String* permanentString(std::string_view bytes);

}  // namespace goro

// The interpreter on hand-assembled bytecode: arithmetic and loops, calls, closures,
// panics with Go's messages, defer/recover, strings and slices (append growth as Go 1.19).
#include <doctest/doctest.h>

#include <string>

#include "vm/bytecode.h"
#include "vm/interp.h"
#include "vm/type.h"
#include "vm/vmstate.h"

using namespace goro;

namespace {

// A tiny assembler: labels are instruction indexes, jumps are patched by `bind`.
struct Asm {
  FuncProto* p;
  explicit Asm(const char* name, int nparams, int nresults, int nregs) : p(new FuncProto()) {
    p->name = name;
    p->nparams = uint16_t(nparams);
    p->nresults = uint16_t(nresults);
    p->nregs = uint16_t(nregs);
  }
  size_t op(Op o, int a = 0, int b = 0, int c = 0) {
    Instr in;
    in.op = o;
    in.a = uint16_t(a);
    in.b = uint16_t(b);
    in.c = uint16_t(c);
    p->code.push_back(in);
    return p->code.size() - 1;
  }
  size_t opBC(Op o, int a, int32_t bc) {
    size_t at = op(o, a);
    p->code[at].sbc = bc;
    return at;
  }
  uint32_t k(Slot v) {
    p->consts.push_back(v);
    return uint32_t(p->consts.size() - 1);
  }
  uint32_t kType(const Type* t) {
    Slot v;
    v.p = const_cast<Type*>(t);
    return k(v);
  }
  uint32_t kProto(FuncProto* f) {
    Slot v;
    v.p = f;
    return k(v);
  }
  // Points the jump at `at` to the next instruction to be emitted (or `target`).
  void bind(size_t at, size_t target = size_t(-1)) {
    if (target == size_t(-1)) target = p->code.size();
    int32_t off = int32_t(target) - int32_t(at + 1);
    Instr& in = p->code[at];
    if (in.op == Op::JMP || in.op == Op::JMP_IF || in.op == Op::JMP_IFNOT) in.sbc = off;
    else in.c = uint16_t(int16_t(off));
  }
};

Program* testProgram() {
  static Program prog;
  return &prog;
}

// Runs proto with integer arguments, returning its first result.
Slot run(FuncProto* f, std::initializer_list<int64_t> args) {
  NativeCtx* cx = newNativeCtx(testProgram(), nullptr);
  Slot io[8] = {};
  int i = 0;
  for (int64_t a : args) io[i++].i = a;
  callClosure(*cx, staticClosure(f), io);
  return io[0];
}

// Runs proto expecting a panic; returns the panic value's Error() text (runtime errors).
std::string runPanics(FuncProto* f, std::initializer_list<int64_t> args) {
  NativeCtx* cx = newNativeCtx(testProgram(), nullptr);
  Slot io[8] = {};
  int i = 0;
  for (int64_t a : args) io[i++].i = a;
  try {
    callClosure(*cx, staticClosure(f), io);
  } catch (PanicUnwind&) {
    Iface* v = cx->panicking->value;
    return v ? std::string(strView(static_cast<String*>(v->word.p))) : "nil";
  }
  return "no panic";
}

}  // namespace

TEST_CASE("a counted loop with a fused compare-and-branch") {
  // sum := 0; for i := 0; i < n; i++ { sum += i }; return sum
  Asm a("t.sum", 1, 1, 3);
  a.opBC(Op::LOADI, 1, 0);
  a.opBC(Op::LOADI, 2, 0);
  size_t toCond = a.op(Op::JMP);
  size_t top = a.p->code.size();
  a.op(Op::ADD_I64, 1, 1, 2);
  a.op(Op::ADDI_I64, 2, 2, 1);
  a.bind(toCond);
  a.bind(a.op(Op::JLT_I64, 2, 0), top);
  a.op(Op::MOVE, 0, 1);
  a.op(Op::RETURN);
  CHECK(run(a.p, {100}).i == 4950);
  CHECK(run(a.p, {0}).i == 0);
}

TEST_CASE("recursive calls share the register stack") {
  // fib(n) = n < 2 ? n : fib(n-1) + fib(n-2)
  Asm a("t.fib", 1, 1, 3);
  uint32_t self = a.kProto(a.p);
  size_t rec = a.op(Op::JGEI_I64, 0, 2);
  a.op(Op::RETURN);
  a.bind(rec);
  a.op(Op::ADDI_I64, 1, 0, uint16_t(int16_t(-1)));
  a.opBC(Op::CALL, 1, int32_t(self));
  a.op(Op::ADDI_I64, 2, 0, uint16_t(int16_t(-2)));
  a.opBC(Op::CALL, 2, int32_t(self));
  a.op(Op::ADD_I64, 0, 1, 2);
  a.op(Op::RETURN);
  CHECK(run(a.p, {20}).i == 6765);
}

TEST_CASE("integer division follows Go, including the panics") {
  Asm div("t.div", 2, 1, 2);
  div.op(Op::DIV_I64, 0, 0, 1);
  div.op(Op::RETURN);
  CHECK(run(div.p, {-7, 2}).i == -3);
  CHECK(run(div.p, {INT64_MIN, -1}).i == INT64_MIN);
  CHECK(runPanics(div.p, {1, 0}) == "runtime error: integer divide by zero");

  Asm rem("t.rem", 2, 1, 2);
  rem.op(Op::REM_I64, 0, 0, 1);
  rem.op(Op::RETURN);
  CHECK(run(rem.p, {-7, 2}).i == -1);
  CHECK(run(rem.p, {INT64_MIN, -1}).i == 0);
}

TEST_CASE("division by a power of two rounds toward zero") {
  Asm div("t.divp2", 1, 1, 1);
  div.op(Op::DIVP2_I64, 0, 0, 3);
  div.op(Op::RETURN);
  CHECK(run(div.p, {17}).i == 2);
  CHECK(run(div.p, {-17}).i == -2);
  CHECK(run(div.p, {-8}).i == -1);
  CHECK(run(div.p, {-7}).i == 0);
  CHECK(run(div.p, {INT64_MIN}).i == INT64_MIN / 8);
  CHECK(run(div.p, {INT64_MAX}).i == INT64_MAX / 8);

  Asm half("t.half", 1, 1, 1);
  half.op(Op::DIVP2_I64, 0, 0, 62);
  half.op(Op::RETURN);
  CHECK(run(half.p, {INT64_MIN}).i == -2);
  CHECK(run(half.p, {INT64_MIN + 1}).i == -1);
  CHECK(run(half.p, {-1}).i == 0);
}

TEST_CASE("low-bits branches") {
  // return x & mask == 0 ? 1 : 0, once with each branch sense
  for (Op o : {Op::JMASKZ, Op::JMASKNZ}) {
    Asm a("t.mask", 1, 1, 1);
    size_t j = a.op(o, 0, 0xFFFF);
    a.opBC(Op::LOADI, 0, o == Op::JMASKZ ? 0 : 1);
    a.op(Op::RETURN);
    a.bind(j);
    a.opBC(Op::LOADI, 0, o == Op::JMASKZ ? 1 : 0);
    a.op(Op::RETURN);
    CHECK(run(a.p, {0}).i == 1);
    CHECK(run(a.p, {-65536}).i == 1);
    CHECK(run(a.p, {INT64_MIN}).i == 1);
    CHECK(run(a.p, {65537}).i == 0);
    CHECK(run(a.p, {-1}).i == 0);
    CHECK(run(a.p, {-65535}).i == 0);
  }
}

TEST_CASE("sub-word integers wrap by re-narrowing") {
  Asm a("t.int8mul", 2, 1, 2);
  a.op(Op::MUL_I64, 0, 0, 1);
  a.op(Op::SEXT8, 0, 0);
  a.op(Op::RETURN);
  CHECK(run(a.p, {100, 2}).i == -56);
  Asm u("t.uint16", 1, 1, 1);
  u.op(Op::ZEXT16, 0, 0);
  u.op(Op::RETURN);
  CHECK(run(u.p, {-1}).i == 65535);
}

TEST_CASE("shifts of 64 or more bits") {
  Asm a("t.shl", 2, 1, 2);
  a.op(Op::SHL_I64, 0, 0, 1);
  a.op(Op::RETURN);
  CHECK(run(a.p, {1, 63}).u == (1ull << 63));
  CHECK(run(a.p, {1, 64}).u == 0);
  Asm s("t.sar", 2, 1, 2);
  s.op(Op::SHR_I64, 0, 0, 1);
  s.op(Op::RETURN);
  CHECK(run(s.p, {-16, 100}).i == -1);
}

TEST_CASE("slice indexing is bounds checked with Go's message") {
  const Type* intType = TypeTable::get().basic(Kind::Int);
  // s := make([]int, n, n); return s[i]
  Asm a("t.index", 2, 1, 4);
  a.op(Op::MOVE, 2, 0);
  a.op(Op::MOVE, 3, 0);
  a.op(Op::MAKE_SLICE, 2, 2, int(a.kType(intType)));
  a.op(Op::SLICE_GET_W, 0, 2, 1);
  a.op(Op::RETURN);
  CHECK(run(a.p, {3, 2}).i == 0);
  CHECK(runPanics(a.p, {3, 5}) == "runtime error: index out of range [5] with length 3");
  CHECK(runPanics(a.p, {3, -1}) == "runtime error: index out of range [-1]");
  CHECK(runPanics(a.p, {-1, 0}) == "runtime error: makeslice: len out of range");
}

TEST_CASE("append grows capacity as Go 1.19 does") {
  const Type* intType = TypeTable::get().basic(Kind::Int);
  const Type* byteType = TypeTable::get().basic(Kind::Uint8);
  auto caps = [](const Type* elem, int n) {
    std::string out;
    Slice* s = nullptr;
    int64_t last = -1;
    for (int i = 0; i < n; i++) {
      if (!s || s->len == s->cap) s = growSlice(elem, s, sliceLen(s) + 1);
      s->len++;
      if (s->cap != last) {
        last = s->cap;
        out += std::to_string(last) + " ";
      }
    }
    return out;
  };
  // Expected values printed by Go 1.19 (append in a loop, printing each new cap()).
  CHECK(caps(intType, 5000) == "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 ");
  CHECK(caps(byteType, 5000) == "8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 ");
  Type* s3 = const_cast<Type*>(TypeTable::get().structType(
      {{"a", byteType, false, false, "", 0}, {"b", byteType, false, false, "", 0}, {"c", byteType, false, false, "", 0}}));
  CHECK(caps(s3, 3000) == "2 5 10 21 42 85 170 341 682 1066 1621 2261 3157 ");
}

TEST_CASE("strings: concatenation, comparison, indexing and slicing") {
  Asm a("t.concat", 2, 1, 2);
  a.op(Op::CONCAT, 0, 0, 1);
  a.op(Op::RETURN);
  Slot io[3];  // the slicing cases below pass three arguments
  io[0].p = newString("go");
  io[1].p = newString("ro");
  NativeCtx* cx = newNativeCtx(testProgram(), nullptr);
  callClosure(*cx, staticClosure(a.p), io);
  CHECK(strView(static_cast<String*>(io[0].p)) == "goro");

  Asm slice("t.slice", 3, 1, 3);
  slice.op(Op::SLICE_STR, 0, 0, 1);
  slice.op(Op::RETURN);
  io[0].p = newString("hello");
  io[1].i = 1;
  io[2].i = 3;
  callClosure(*cx, staticClosure(slice.p), io);
  CHECK(strView(static_cast<String*>(io[0].p)) == "el");
  io[0].p = newString("hello");
  io[1].i = 2;
  io[2].i = 9;
  try {
    callClosure(*cx, staticClosure(slice.p), io);
    FAIL("no panic");
  } catch (PanicUnwind&) {
    CHECK(strView(static_cast<String*>(cx->panicking->value->word.p)) ==
          "runtime error: slice bounds out of range [:9] with length 5");
  }
}

TEST_CASE("UTF-8 decoding yields U+FFFD for bad bytes") {
  Asm a("t.decode", 2, 2, 2);
  a.op(Op::DECODE_RUNE, 0, 0, 1);
  a.op(Op::RETURN);
  NativeCtx* cx = newNativeCtx(testProgram(), nullptr);
  Slot io[2];
  auto decode = [&](const char* bytes, int64_t at) {
    io[0].p = newString(bytes);
    io[1].i = at;
    callClosure(*cx, staticClosure(a.p), io);
    return std::make_pair(io[0].i, io[1].i);
  };
  CHECK(decode("h\xc3\xa9", 1) == std::make_pair(int64_t(0xE9), int64_t(2)));
  CHECK(decode("\xe4\xb8\x96", 0) == std::make_pair(int64_t(0x4E16), int64_t(3)));
  CHECK(decode("\xff", 0) == std::make_pair(int64_t(0xFFFD), int64_t(1)));
  CHECK(decode("\xed\xa0\x80", 0) == std::make_pair(int64_t(0xFFFD), int64_t(1)));  // a surrogate
}

TEST_CASE("defer runs on return and recover stops a panic") {
  // func inner(d) { defer recoverer(); return 10 / d }: returns 0 after recovering.
  Asm rec("t.recoverer", 0, 0, 1);
  rec.op(Op::RECOVER, 0);
  rec.op(Op::RETURN);
  Slot fn;
  fn.p = staticClosure(rec.p);
  Asm a("t.inner", 1, 1, 4);
  uint32_t k = a.k(fn);
  a.op(Op::LOADZ, 1);  // the hidden result variable
  a.opBC(Op::LOADK, 2, int32_t(k));
  a.op(Op::DEFER, 2, 0);
  a.opBC(Op::LOADI, 3, 10);
  a.op(Op::DIV_I64, 1, 3, 0);
  a.p->epilogue = uint32_t(a.p->code.size());
  a.op(Op::RUN_DEFERS);
  a.op(Op::MOVE, 0, 1);
  a.op(Op::RETURN);
  CHECK(run(a.p, {2}).i == 5);
  CHECK(run(a.p, {0}).i == 0);
}

TEST_CASE("interfaces: boxing, assertions and Go's conversion message") {
  const Type* intType = TypeTable::get().basic(Kind::Int);
  const Type* strType = TypeTable::get().basic(Kind::String);
  const Type* any = TypeTable::get().emptyInterface();
  Asm a("t.assert", 1, 1, 2);
  uint32_t ti = a.kType(intType), ts = a.kType(strType), ta = a.kType(any);
  a.op(Op::MAKE_IFACE, 1, 0, int(ti));
  a.op(Op::ASSERT, 0, 1, int(ts));
  a.op(Op::EXT, int(ta));
  a.op(Op::RETURN);
  CHECK(runPanics(a.p, {7}) == "interface conversion: interface {} is int, not string");
}

// The compiler's instruction selection, checked on the disassembly of small programs:
// typed and fused instructions, constant folding, implicit interface conversions, boxes
// for captured variables, and calls that need no argument copies.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "frontend/driver.h"
#include "vm/bytecode.h"
#include "vm/interp.h"

using namespace goro;

namespace {

// Compiles `source` as package main and returns the disassembly of its functions.
std::string disasm(const std::string& source) {
  char path[] = "/tmp/goro_compile_testXXXXXX.go";
  int fd = mkstemps(path, 3);
  REQUIRE(fd >= 0);
  std::ofstream(path) << source;
  close(fd);
  std::unique_ptr<Build> build = buildProgram({path});
  unlink(path);
  REQUIRE(build);
  REQUIRE(build->program);
  std::ostringstream out;
  disassemble(*build->program, out);
  return out.str();
}

// The disassembly of one function (from its header to the blank line after it).
std::string function(const std::string& all, const std::string& name) {
  size_t start = all.find("func " + name + " ");
  if (start == std::string::npos) return "";
  size_t end = all.find("\n\n", start);
  return all.substr(start, end - start);
}

bool has(const std::string& code, const std::string& what) { return code.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("a counted loop ends in one fused compare-and-branch") {
  std::string code = function(disasm(R"go(
package main

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() { println(sum(10)) }
)go"),
                              "main.sum");
  CHECK(has(code, "JLT_I64"));
  CHECK(has(code, "ADD_I64"));
  CHECK(!has(code, "  LT_I64"));  // no separate compare
}

TEST_CASE("constants are folded and small ones are immediates") {
  std::string code = function(disasm(R"go(
package main

const k = 6 * 7

func f(x int) int { return x + k }

func main() { println(f(1)) }
)go"),
                              "main.f");
  CHECK(has(code, "ADDI_I64       r0 r0 42"));
}

TEST_CASE("a nested call computes straight into the argument register") {
  std::string code = function(disasm(R"go(
package main

func g(x int) int { return x * 2 }
func f(x int) int { return g(g(x)) }

func main() { println(f(1)) }
)go"),
                              "main.f");
  // g's result lands where the outer call's argument goes: the same register twice.
  size_t first = code.find("CALL           r1 main.g");
  REQUIRE(first != std::string::npos);
  CHECK(code.find("CALL           r1 main.g", first + 1) != std::string::npos);
  CHECK(code.find("MOVE", code.find("CALL")) == code.find("MOVE           r0 r1"));
}

TEST_CASE("concrete values meeting an interface are boxed") {
  std::string code = function(disasm(R"go(
package main

func show(v any) { println(v != nil) }

func main() {
	show(5)
	var s fmt = "x"
	show(s)
}

type fmt string
)go"),
                              "main.main");
  CHECK(has(code, "MAKE_IFACE"));
  CHECK(has(code, "main.fmt"));
}

TEST_CASE("captured variables live in boxes shared with the closure") {
  std::string all = disasm(R"go(
package main

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func main() { println(counter()()) }
)go");
  std::string code = function(all, "main.counter");
  CHECK(has(code, "NEW            r0 int"));
  CHECK(has(code, "CLOSURE"));
  // The closure reads and writes the word in its box with one instruction each.
  std::string body = function(all, "main.counter.func1");
  CHECK(has(body, "CLOAD"));
  CHECK(has(body, "CSTORE"));
  CHECK(!has(body, "LOAD_CAPTURED"));
}

TEST_CASE("signed comparisons against constants branch on immediates") {
  std::string code = function(disasm(R"go(
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { println(fib(10)) }
)go"),
                              "main.fib");
  CHECK(has(code, "JGEI_I64       r0 2"));
  CHECK(has(code, "ADD_I64        r0 r1 r2"));
}

TEST_CASE("functions are named as gc names them in traces") {
  std::string all = disasm(R"go(
package main

type T struct{}

func (t *T) M() func() { return func() {} }

var second = func() int { return 2 }()

var first = func() int {
	f := func() int { return first0 }
	return f()
}()

var first0 = 1

func init() {}

func init() { func() {}() }

func main() {
	defer close(make(chan int))
	func() {
		func() {}()
		func() {}()
	}()
	println(first, second)
}
)go");
  // Package-level literals are numbered in source order, not in initialisation order.
  CHECK(!function(all, "main.glob..func1").empty());
  CHECK(has(function(all, "main.glob..func1"), " L8 "));
  CHECK(has(function(all, "main.glob..func2"), " L11 "));
  CHECK(!function(all, "main.glob..func2.1").empty());
  CHECK(!function(all, "main.(*T).M.func1").empty());
  CHECK(!function(all, "main.init.1.func1").empty());
  // Nested literals take no "func" prefix; the wrapper of `defer close(...)` uses no number.
  CHECK(!function(all, "main.main.func1").empty());
  CHECK(!function(all, "main.main.func1.1").empty());
  CHECK(!function(all, "main.main.func1.2").empty());
  CHECK(function(all, "main.main.func2").empty());
}

TEST_CASE("division by a constant multiplies by its reciprocal") {
  std::string code = function(disasm(R"go(
package main

func f(x int, y int8) (int, int8) { return x/7 + x%-1000003, y / -1 }

func main() {
	a, b := f(100, 5)
	println(a, b)
}
)go"),
                              "main.f");
  CHECK(has(code, "DIVK_I64       r3 r0 7"));
  CHECK(has(code, "REMK_I64       r4 r0 -1000003"));
  CHECK(has(code, "SEXT8"));  // int8(-128) / -1 wraps
  CHECK(!has(code, "DIV_I64"));
  CHECK(!has(code, "REM_I64"));
}

TEST_CASE("powers of two: low-bits branches, shifting division, constants on the left") {
  std::string all = disasm(R"go(
package main

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func tests(x int, u uint8) int {
	if x%-8 != 0 {
		return 1
	}
	if u&6 == 0 {
		return 3
	}
	if x%65536 == 0 && x%131072 != 0 {
		return 2
	}
	return 7 + x
}

func main() { println(collatz(27), tests(-16, 3)) }
)go");
  std::string collatz = function(all, "main.collatz");
  CHECK(has(collatz, "JMASKNZ        r0 1 -> "));
  CHECK(has(collatz, "DIVP2_I64      r0 r0 1"));
  CHECK(has(collatz, "MULI_I64       r2 r0 3"));
  CHECK(!has(collatz, "REMK_I64"));
  CHECK(!has(collatz, "LOADI          r3 3"));
  std::string tests = function(all, "main.tests");
  CHECK(has(tests, "JMASKZ         r0 7 -> "));      // skips the body when x%-8 is zero
  CHECK(has(tests, "JMASKNZ        r1 6 -> "));      // u&6 == 0
  CHECK(has(tests, "JMASKNZ        r0 65535 -> "));  // 2^16 is the largest mask
  CHECK(has(tests, "REMK_I64       r2 r0 131072"));  // 2^17 is not
  CHECK(has(tests, "ADDI_I64       r0 r0 7"));
}

namespace {

// The header line of one function in the disassembly.
std::string header(const std::string& all, const std::string& name) {
  std::string code = function(all, name);
  return code.substr(0, code.find('\n'));
}

const char* kBorrowProgram = R"go(
package main

type V struct{ X, Y int }
type W struct {
	In V
	N  int
}

func (v V) Dot(o V) int   { return v.X*o.X + v.Y*o.Y }
func (v V) Calls() int    { return helper(v.X) + v.Y }
func (v V) Bump() int     { v.X++; return v.X }
func (v V) Assigned() int { v = V{}; return v.X }
func (v V) Addressed() *int { return &v.X }
func (v V) Self() V       { return v }
func (v V) PassesOn() int { return helper2(v) }
func (v V) Captures() func() int { return func() int { return v.X } }
func (v V) PtrMethod() int { v.Scale(); return v.X }
func (v *V) Scale()       { v.X *= 2 }
func (w W) Inner() V      { return w.In }
func (w W) Deep() int     { return w.In.X + w.N }
func (v V) Stores(p *int) int { *p = 1; return v.X }
func (v V) Receives(c chan int) int { return <-c + v.X }

func helper(x int) int { return x }
func helper2(v V) int  { return v.X }

func main() {
	a := V{1, 2}
	b := V{3, 4}
	p := &a
	println(a.Dot(b)) // still callee: both lent
	println(b.Calls()) // b is unaliased: lent
	println(a.Calls()) // a is address-taken and Calls calls out: copied
	println(p.Dot(b)) // through a pointer, to a still callee: lent
	println(p.Calls()) // through a pointer, not still: copied
	println(V{5, 6}.Bump()) // a fresh temporary: handed over
}
)go";

}  // namespace

TEST_CASE("struct parameters that are only read are borrowed") {
  std::string all = disasm(kBorrowProgram);
  CHECK(has(header(all, "main.V.Dot"), "borrows r0 r1, still"));
  CHECK(has(header(all, "main.W.Deep"), "borrows r0, still"));
  CHECK(has(header(all, "main.helper2"), "borrows r0, still"));
  // A call lets other code run: still borrowed, but no longer still.
  CHECK(has(header(all, "main.V.Calls"), "borrows r0)"));
  CHECK(has(header(all, "main.V.Stores"), "borrows r0)"));
  CHECK(has(header(all, "main.V.Receives"), "borrows r0)"));
  // Modified, assigned, addressed, returned, passed on, captured, or the receiver of a
  // pointer method: the callee needs its own copy.
  for (const char* owner : {"main.V.Bump", "main.V.Assigned", "main.V.Addressed", "main.V.Self",
                            "main.V.PassesOn", "main.V.Captures", "main.V.PtrMethod", "main.W.Inner"}) {
    CAPTURE(owner);
    CHECK(!has(header(all, owner), "borrows"));
  }
}

TEST_CASE("callers lend a struct only when it cannot change during the call") {
  std::string code = function(disasm(kBorrowProgram), "main.main");
  // The instructions of the source line that carries `marker`.
  auto at = [&](const std::string& marker) {
    std::string src = kBorrowProgram;
    size_t line = size_t(std::count(src.begin(), src.begin() + long(src.find(marker)), '\n')) + 1;
    std::string tag = " L" + std::to_string(line) + " ", out;
    std::istringstream lines(code);
    for (std::string l; std::getline(lines, l);)
      if (has(l, tag)) out += l + "\n";
    REQUIRE(!out.empty());
    return out;
  };
  CHECK(!has(at("both lent"), "CLONE"));
  CHECK(!has(at("b is unaliased"), "CLONE"));
  CHECK(has(at("a is address-taken"), "CLONE"));
  CHECK(!has(at("to a still callee"), "CLONE"));
  CHECK(has(at("to a still callee"), "NIL_CHECK"));
  CHECK(has(at("not still: copied"), "CLONE"));
  CHECK(!has(at("handed over"), "CLONE"));
}

TEST_CASE("dead small struct blocks are recycled, shared ones are not") {
  std::string code = function(disasm(R"go(
package main

type P struct{ X, Y int }
type Q struct {
	P
	S string
}

func mk(i int) P { return P{i, i} }

func main() {
	var keep []*P
	var held P
	for i := 0; i < 3; i++ {
		local := P{i, i}
		addressed := P{i, i}
		keep = append(keep, &addressed)
		captured := P{i, i}
		f := func() int { return captured.X }
		withPointers := Q{S: "x"}
		held = mk(i)
		println(local.X, f(), withPointers.S, held.X)
	}
	println(len(keep))
}
)go"),
                              "main.main");
  int recycles = 0;
  for (size_t at = code.find("RECYCLE"); at != std::string::npos; at = code.find("RECYCLE", at + 1)) recycles++;
  // `local` at the end of the loop body, mk's result once copied into `held`, and `held`
  // at the end of main; never the address-taken, captured or pointer-holding variables.
  CHECK(recycles == 3);
  CHECK(!has(code, "RECYCLE        r4"));  // addressed
  size_t q = code.find("RECYCLE");
  while (q != std::string::npos) {
    CHECK(code.substr(q, code.find('\n', q) - q).find("main.Q") == std::string::npos);
    q = code.find("RECYCLE", q + 1);
  }
}

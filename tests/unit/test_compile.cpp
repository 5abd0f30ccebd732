// The compiler's instruction selection, checked on the disassembly of small programs:
// typed and fused instructions, constant folding, implicit interface conversions, boxes
// for captured variables, and calls that need no argument copies.
#include <doctest/doctest.h>

#include <unistd.h>

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
  std::string code = function(disasm(R"go(
package main

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func main() { println(counter()()) }
)go"),
                              "main.counter");
  CHECK(has(code, "NEW            r0 int"));
  CHECK(has(code, "CLOSURE"));
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

// The REPL's frontend (frontend/repl.h): when an input is complete, and how inputs are
// compiled into one growing package: what they declare persists, what fails is taken back.
#include <doctest/doctest.h>

#include "frontend/repl.h"
#include "stdlib/stdlib.h"

using namespace goro;

TEST_CASE("an input is incomplete while a bracket, raw string or comment is open") {
  CHECK(replInputIncomplete("func f() {"));
  CHECK(replInputIncomplete("x := []int{1,\n2"));
  CHECK(replInputIncomplete("s := `raw\nstring"));
  CHECK(replInputIncomplete("/* comment"));
  CHECK(replInputIncomplete("x := 1 +"));
  CHECK(replInputIncomplete("f(a,"));
  CHECK(replInputIncomplete("strings."));
  CHECK_FALSE(replInputIncomplete("x := 1"));
  CHECK_FALSE(replInputIncomplete("x++"));
  CHECK_FALSE(replInputIncomplete("x--"));
  CHECK_FALSE(replInputIncomplete("s := \"{(\" // ) {"));
  CHECK_FALSE(replInputIncomplete("r := '{'"));
  CHECK_FALSE(replInputIncomplete("func f() {\n}"));
  CHECK_FALSE(replInputIncomplete("s := `a{`"));
}

TEST_CASE("a session's inputs build on each other; one with errors leaves nothing behind") {
  stdlib::registerAll();
  stdlib::registerPackageAsts();
  ReplSession session;
  using Status = ReplSession::Status;
  auto compile = [&](const char* text) { return session.compile(text); };

  auto x = compile("x := 1");
  REQUIRE(x.status == Status::Ready);
  CHECK(x.shown.empty());
  auto shown = compile("x + 1");
  REQUIRE(shown.status == Status::Ready);
  REQUIRE(shown.shown.size() == 1);

  CHECK(compile("func f(n int) int {").status == Status::Incomplete);
  CHECK(compile("func f(n int) int { return n * x }").status == Status::Ready);
  CHECK(compile("f(2)").shown.size() == 1);

  auto bad = compile("y := 2\nundefinedName");
  REQUIRE(bad.status == Status::Failed);
  CHECK(bad.errors == "2:1: undefined: undefinedName\n");
  // Continuation lines name positions the same way.
  CHECK(compile("type T struct{ T }").errors == "1:6: invalid recursive type T\n\t1:6: T refers to\n\t1:6: T\n");
  auto gone = compile("y");
  CHECK(gone.status == Status::Failed);
  CHECK(gone.errors == "1:1: undefined: y\n");

  // Declaring a name again replaces it; the old one's type does not get in the way.
  CHECK(compile("x := \"now a string\"").status == Status::Ready);
  CHECK(compile("x + \"!\"").status == Status::Ready);
  auto multi = compile("import \"strings\"\nfunc pair() (int, string) { return 1, strings.ToUpper(\"a\") }");
  REQUIRE(multi.status == Status::Ready);
  CHECK(compile("pair()").shown.size() == 2);
  CHECK(compile("fmt.Println(1)").status == Status::Failed);  // not imported
  CHECK(compile("import \"fmt\"").status == Status::Ready);
  CHECK(compile("fmt.Println(1)").shown.empty());  // printing calls show no results

  // Declarations followed by statements are statements; a declaration that fails to
  // type-check stays a declaration error.
  CHECK(compile("var counter = 1; counter++").status == Status::Ready);
  CHECK(compile("counter").shown.size() == 1);
  auto undefinedInit = compile("var w = nowhere");
  CHECK(undefinedInit.errors == "1:9: undefined: nowhere\n");
}

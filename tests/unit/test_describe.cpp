// Unit test of describePackages, the generator of the README's package list.
#include <doctest/doctest.h>

#include <sstream>

#include "stdlib/stdlib.h"
#include "vm/native.h"

TEST_CASE("describePackages lists the exported API of each package") {
  goro::registerPackage(goro::PackageDef{"zz/sample", R"go(
package sample

const (
	Big = 1 << 10
	small = 2
)

var Default = New()

type Thing struct {
	hidden int
}

type helper int

func New() *Thing { return &Thing{} }

func (t *Thing) Run(n int) {}

func (t Thing) String() string { return "" }

func (h helper) Exported() {}

func internal() {}
)go", {}});
  std::ostringstream out;
  goro::stdlib::describePackages(out);
  std::string text = out.str();
  auto at = text.find("zz/sample\n");
  REQUIRE(at != std::string::npos);
  CHECK(text.substr(at) ==
        "zz/sample\n"
        "  types: Thing\n"
        "  funcs: New Thing.Run Thing.String\n"
        "  consts and vars: Big Default\n");
}

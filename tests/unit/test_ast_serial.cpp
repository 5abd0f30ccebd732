// Unit tests for the binary form of syntax trees (frontend/ast_serial.h): every stdlib
// package and golden program survives a round trip, the trees built into goro match a
// fresh parse, and malformed bytes are rejected.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "frontend/ast_serial.h"
#include "frontend/diag.h"
#include "frontend/driver.h"
#include "frontend/parser.h"
#include "stdlib/stdlib.h"
#include "vm/native.h"

using namespace goro;

namespace {

struct Parsed {
  FileSet files;
  Arena arena;
  File* file = nullptr;
  uint32_t index = 0;

  Parsed(const std::string& path, std::string source) {
    index = files.add(path, std::move(source));
    Diagnostics diags(files);
    file = parseFile(arena, files, index, diags);
    REQUIRE_MESSAGE(file, diags.format());
    REQUIRE_MESSAGE(!diags.any(), diags.format());
  }
};

// Serializes `parsed`, reads it back and checks the result has the same syntax and
// serializes to the same bytes.
void checkRoundTrip(const Parsed& parsed) {
  std::string bytes = serializeFile(*parsed.file);
  Arena arena;
  File* copy = deserializeFile(bytes, arena, parsed.index);
  REQUIRE(copy);
  std::string difference;
  CHECK_MESSAGE(sameSyntax(*parsed.file, *copy, &difference), difference);
  CHECK(serializeFile(*copy) == bytes);
}

std::string readAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const char* kSample = R"(package p

import (
	"fmt"
	m "math"
)

type T struct {
	a, b int `json:"a"`
	*T
}

func (t *T) F(xs ...int) (n int, err error) {
	defer func() { recover() }()
	for i := range xs {
		switch x := xs[i]; {
		case x > 0 && x < 10:
			n += x
			fallthrough
		default:
			n--
		}
	}
	var v interface{} = m.Pi
	switch w := v.(type) {
	case float64:
		fmt.Println(w, xs[1:2:3], map[string][]chan<- int{"k": nil})
	}
	c := make(chan int, 1)
	select {
	case c <- 1:
	case y, ok := <-c:
		_, _ = y, ok
	}
	go t.F()
	return n, nil
}
)";

}  // namespace

TEST_CASE("ast_serial: every stdlib package survives a round trip") {
  for (const PackageDef& def : allPackages()) {
    CAPTURE(def.path);
    checkRoundTrip(Parsed(stdlibSourcePath(def.path), std::string(def.goSource)));
  }
}

TEST_CASE("ast_serial: every golden program survives a round trip") {
  int programs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(GORO_TEST_PROGRAMS_DIR)) {
    if (entry.path().extension() != ".go") continue;
    CAPTURE(entry.path().string());
    checkRoundTrip(Parsed(entry.path().string(), readAll(entry.path())));
    ++programs;
  }
  CHECK(programs > 50);
}

TEST_CASE("ast_serial: the trees built into goro match a fresh parse of each package") {
  stdlib::registerPackageAsts();
  for (const PackageDef& def : allPackages()) {
    CAPTURE(def.path);
    Parsed parsed(stdlibSourcePath(def.path), std::string(def.goSource));
    const std::string_view* bytes = findPackageAst(def.path);
    REQUIRE(bytes);
    Arena arena;
    File* prebuilt = deserializeFile(*bytes, arena, parsed.index);
    REQUIRE(prebuilt);
    std::string difference;
    CHECK_MESSAGE(sameSyntax(*parsed.file, *prebuilt, &difference), difference);
  }
}

TEST_CASE("ast_serial: imports stay shared with their declaration") {
  Parsed parsed("sample.go", kSample);
  Arena arena;
  File* copy = deserializeFile(serializeFile(*parsed.file), arena, parsed.index);
  REQUIRE(copy);
  REQUIRE(copy->imports.size() == 2);
  auto* decl = copy->decls.front()->as<GenDecl>();
  REQUIRE(decl);
  CHECK(decl->specs[0] == copy->imports[0]);
  CHECK(decl->specs[1] == copy->imports[1]);
  CHECK(copy->imports[1]->name->name == "m");
  CHECK(copy->imports[1]->pathPos.line == 5);
}

TEST_CASE("ast_serial: sameSyntax names the first difference") {
  Parsed parsed("sample.go", kSample);
  std::string bytes = serializeFile(*parsed.file);
  Arena arena;
  File* copy = deserializeFile(bytes, arena, parsed.index);
  REQUIRE(copy);
  std::string difference;

  auto* method = copy->decls.back()->as<FuncDecl>();
  REQUIRE(method);
  method->name->name = "G";
  CHECK_FALSE(sameSyntax(*parsed.file, *copy, &difference));
  CHECK(difference == "\"F\" vs \"G\"");
  method->name->name = "F";

  method->sig->params->list[0]->typeExpr->pos.col += 1;
  CHECK_FALSE(sameSyntax(*parsed.file, *copy, &difference));
  CHECK(difference.rfind("position", 0) == 0);
  method->sig->params->list[0]->typeExpr->pos.col -= 1;

  copy->imports[0] = copy->imports[1];
  CHECK_FALSE(sameSyntax(*parsed.file, *copy, &difference));
}

TEST_CASE("ast_serial: malformed bytes are rejected, never crash") {
  Parsed parsed("sample.go", kSample);
  std::string bytes = serializeFile(*parsed.file);
  for (size_t length = 0; length < bytes.size(); ++length) {
    Arena arena;
    CHECK_FALSE(deserializeFile(std::string_view(bytes).substr(0, length), arena, 0));
  }
  Arena arena;
  CHECK_FALSE(deserializeFile(bytes + "x", arena, 0));  // trailing junk
  std::string otherVersion = bytes;
  otherVersion[8] = static_cast<char>(kAstFormatVersion + 1);
  CHECK_FALSE(deserializeFile(otherVersion, arena, 0));
  for (size_t at = 9; at < bytes.size(); at += 7) {  // every corruption is read safely
    std::string corrupt = bytes;
    corrupt[at] = static_cast<char>(~corrupt[at]);
    Arena scratch;
    deserializeFile(corrupt, scratch, 0);
  }
}

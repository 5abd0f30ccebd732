// The build driver: turns the command line's files into a runnable Program.
//
// source files -> parseFile (frontend/parser.h) -> checkPackage (frontend/check.h)
// -> compileProgram (frontend/compile.h). Imported stdlib packages are checked the same
// way, on demand and once each; their syntax trees were parsed from the Go source of
// their PackageDef (vm/native.h) at build time and are deserialized (frontend/ast_serial.h).
// Errors are reported in gc's format; the driver never throws.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"
#include "frontend/check.h"
#include "frontend/diag.h"
#include "frontend/scope.h"

namespace goro {

struct Program;

struct Build {
  FileSet files;
  Arena arena;
  std::vector<Package*> packages;  // dependencies first, main last
  Program* program = nullptr;
};

// The file name positions in stdlib package `importPath` are reported in:
// "$GOROOT/src/fmt/fmt.go", "$GOROOT/src/sync/atomic/atomic.go".
std::string stdlibSourcePath(std::string_view importPath);

// Checks and caches imported packages for a build; stdlib packages come from the native
// registry. A package's syntax tree is the one serialized at build time
// (frontend/ast_serial.h) when the build registered it, else its Go source is parsed
// here. Checked packages join build.packages in dependency order.
class StdlibLoader : public Importer {
 public:
  explicit StdlibLoader(Build& build);
  Package* import(const std::string& path) override;
  Diagnostics& diags() { return diags_; }

 private:
  Build& build_;
  Diagnostics diags_;
  std::map<std::string, Package*> loaded_;
};

// Expands `args` (several .go files, or one directory) into the files of package main,
// reads, parses, checks and compiles them. On failure prints the errors to stderr and
// returns null; the caller exits with status 1.
std::unique_ptr<Build> buildProgram(const std::vector<std::string>& args);

}  // namespace goro

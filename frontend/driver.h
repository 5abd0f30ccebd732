// The build driver: turns the command line's files into a runnable Program.
//
// source files -> parseFile (frontend/parser.h) -> checkPackage (frontend/check.h)
// -> compileProgram (frontend/compile.h). Imported stdlib packages are built the same
// way from the Go source in their PackageDef (vm/native.h), on demand and once each.
// Errors are reported in gc's format; the driver never throws.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontend/ast.h"
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

// Expands `args` (several .go files, or one directory) into the files of package main,
// reads, parses, checks and compiles them. On failure prints the errors to stderr and
// returns null; the caller exits with status 1.
std::unique_ptr<Build> buildProgram(const std::vector<std::string>& args);

}  // namespace goro

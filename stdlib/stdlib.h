// The standard library packages goro provides natively.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace goro::stdlib {

// Registers every package with the registry of vm/native.h. Call once at start-up.
void registerAll();

// Registers the packages' syntax trees, parsed and serialized at build time, so the
// driver need not parse their Go source (frontend/ast_serial.h). Defined in a file the
// build generates (stdlib/gen/pack_ast.cpp); lives in the goro_stdlib_asts library.
void registerPackageAsts();

// The command line the Go program sees as os.Args (args[0] is the program's name).
// Call before the program starts.
void setProgramArgs(std::vector<std::string> args);

// Prints every registered package with its exported types, functions (methods as
// Type.Name) and constants/variables, sorted: the source of the README's package list
// (`goro packages`). Call after registerAll.
void describePackages(std::ostream& out);

}  // namespace goro::stdlib

// The compiler: checked ASTs to bytecode (vm/bytecode.h).
//
// It reads only what the checker recorded (frontend/ast.h `checker:` fields and the
// Object flags of frontend/scope.h): types decide the typed instructions, constant values
// are folded in, `captured`/`addrTaken` variables live in heap boxes, and implicit
// conversions to interface types are inserted wherever a concrete value meets an
// interface-typed destination.
#pragma once

#include <vector>

namespace goro {

struct Package;
struct Program;
class FileSet;

// Compiles checked packages (dependencies first, main last) into a Program whose init
// proto initialises every package's variables in order and runs the init functions, and
// whose main proto is main.main. Reports problems (e.g. a stdlib function declared without
// a body that has no native binding) to stderr as `file:line:col: msg` and returns null.
Program* compileProgram(const std::vector<Package*>& packages, const FileSet& files);

}  // namespace goro

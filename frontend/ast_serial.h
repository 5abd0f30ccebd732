// A compact binary form of a parsed File, so that stdlib packages are parsed at build time.
//
// Design: goro's stdlib packages are Go source (vm/native.h). Parsing them with ANTLR on
// every run cost most of a small program's start-up, so the build parses each package
// once (stdlib/gen/pack_ast.cpp), stores the serialized AST in the goro binary and the
// driver rebuilds the nodes from those bytes instead. The form holds exactly the syntactic
// fields of every node kind of frontend/ast.h (what the parser sets; never the checker's
// annotations), each node's position (line and column: a serialized File lives in one
// source file, given when it is read back), and preserves nodes shared between fields
// (File::imports points into its import declarations). The field list of each node kind
// is written once, in ast_serial.cpp, and drives writing, reading and comparing alike.
//
// Encoding: a magic word and kFormatVersion, then the File node. A node is a tag (0 null,
// 1 a node seen before followed by its index in order of first appearance, else its
// NodeKind + 2), its line and column, then its fields in declaration order. Integers are
// LEB128 varints (ints zigzag-encoded), strings a length then bytes, vectors a count then
// elements.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "frontend/ast.h"

namespace goro {

// Bump whenever the encoding or the set of syntactic fields in ast.h changes.
inline constexpr uint32_t kAstFormatVersion = 1;

// The serialized form of `file`.
std::string serializeFile(const File& file);

// Rebuilds a serialized File with its nodes in `arena` and every valid position in file
// `fileIndex`. Returns null if `bytes` are not a well-formed serialization of this format
// version (never crashes on bad bytes).
File* deserializeFile(std::string_view bytes, Arena& arena, uint32_t fileIndex);

// Whether two ASTs have the same syntax: the same node kinds, positions and syntactic
// fields, and the same sharing of nodes. On a difference, `difference` (if given) names
// the first one found.
bool sameSyntax(const File& a, const File& b, std::string* difference = nullptr);

// Serialized stdlib packages, by import path, that the driver reads instead of parsing
// the package's Go source. Filled at start-up from the build's generated table
// (stdlib::registerPackageAsts); `bytes` must outlive the process's builds.
void registerPackageAst(std::string_view path, std::string_view bytes);
const std::string_view* findPackageAst(std::string_view path);

}  // namespace goro

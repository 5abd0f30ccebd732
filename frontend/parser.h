// The parser's entry point: Go source text -> AST (frontend/ast.h).
//
// Design: an ANTLR4 grammar (grammar/GoLexer.g4, GoParser.g4) recognises the syntax and a
// hand-written builder (parse_build.cpp) turns the parse tree into the AST, one top-level
// declaration at a time (parser.cpp drives this, SLL prediction first, full LL only to
// diagnose a failure). ANTLR's own error reporting is replaced: lexical errors come from a
// pass over the token stream (parse_lex.cpp) and syntax errors are worded from the failing
// rule context the way gc's recursive-descent parser words them (parse_errors.cpp).
#pragma once

#include <cstdint>

#include "frontend/ast.h"
#include "frontend/diag.h"

namespace goro {

// Parses file `fileIndex` of `files` into nodes owned by `arena`.
//
// Returns null if the file has lexical or syntax errors; they are reported to `diags` as gc
// words them. Lexical errors are all reported; of the syntax errors only the first, since
// later ones depend on how a parser recovers and gc's recovery cannot be reproduced.
//
// A few errors that gc's parser reports while still letting the type checker run are
// reported here with the File still returned, so the checker adds its own errors as gc
// does: `go`/`defer` of a non-call (GoStmt/DeferStmt::call is then null), a parenthesized
// go/defer call, and a 3-index slice without its middle or final index. Callers must
// therefore check diags.any() as well as the result.
//
// Never throws and is safe on arbitrary bytes. Nesting depth costs native stack (the
// frontend runs on a 1 GiB stack; 10,000 nested parentheses need about 30 MiB).
File* parseFile(Arena& arena, const FileSet& files, uint32_t fileIndex, Diagnostics& diags);

}  // namespace goro

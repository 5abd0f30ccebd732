// The parser's entry point: Go source text -> AST (frontend/ast.h).
//
// Design: an ANTLR4 grammar (grammar/GoLexer.g4, GoParser.g4) recognises the syntax and a
// hand-written builder (parse_build.cpp) turns the parse tree into the AST. ANTLR's own
// error reporting is replaced: lexical errors come from a pass over the token stream
// (parse_lex.cpp) and syntax errors are worded from the failing rule context the way gc's
// recursive-descent parser words them (parse_errors.cpp), so users see gc's messages.
#pragma once

#include <cstdint>

#include "frontend/ast.h"
#include "frontend/diag.h"

namespace goro {

// Parses file `fileIndex` of `files` into nodes owned by `arena`.
//
// Returns null if the file has lexical or syntax errors; they are reported to `diags`
// worded as gc words them (at least the first syntax error of a file; like gc's parser,
// parsing stops being trustworthy after one, so later ones are not guessed at).
//
// A few mistakes that gc's parser reports without stopping type checking are reported
// here while the File is still returned, so the checker can add its own errors as gc
// does: `go`/`defer` of a non-call (GoStmt/DeferStmt::call is then null), a parenthesized
// deferred call, a 3-index slice without its middle or final index, and
// "mixed named and unnamed parameters" is NOT one of them (it is a syntax error).
// Callers must check diags.any() as well as the result.
//
// Never throws; safe on arbitrary bytes. Deeply nested input recurses (the frontend runs on
// a large stack).
File* parseFile(Arena& arena, const FileSet& files, uint32_t fileIndex, Diagnostics& diags);

}  // namespace goro

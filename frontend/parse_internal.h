// Shared between the parser's translation units (parser.cpp, parse_*.cpp); not a public API.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "GoLexer.h"
#include "GoParser.h"
#include "antlr4-runtime.h"
#include "frontend/ast.h"
#include "frontend/diag.h"

namespace goro::parse {

using grammar::GoLexer;
using grammar::GoParser;

// Errors of one file, handed to Diagnostics in source order once the file is done. gc's
// scanner and parser report errors in (nearly) source order and gc stops at the tenth, so
// report order decides which errors are printed; the phases here run one after another
// over the whole file, so their errors are merged by position. Like gc's error reporting,
// the flush drops a second syntax error on a line and a repeat of the previous other
// message on the same line.
class ErrorList {
 public:
  void error(Pos pos, std::string msg) { entries_.push_back({pos, std::move(msg)}); }
  size_t count() const { return entries_.size(); }
  // Forgets errors from `end` on (gc stopped scanning at the token that ends there).
  void dropFrom(Pos end);
  void flushTo(Diagnostics& diags);

 private:
  struct Entry {
    Pos pos;
    std::string msg;
  };
  bool keeps(const Entry& e);
  std::vector<Entry> entries_;
  uint32_t lastSyntaxLine_ = 0;
  Entry lastOther_;
};

// The source decoded to code points for ANTLR, with the byte offset of every code point so
// positions can be reported in bytes as gc does.
struct SourceText {
  std::u32string codePoints;
  std::vector<uint32_t> byteOffset;      // per code point, plus one entry for the end
  std::vector<uint32_t> lineStartByte;   // byte offset of each line's first byte (line 1 = [0])
  uint32_t fileIndex = 0;
  bool truncated = false;  // decoding stopped early (see decodeSource); the end is not EOF

  Pos posOfByte(uint32_t offset) const;
  Pos posOfCodePoint(size_t index) const { return posOfByte(byteOffset[index]); }
  Pos posOf(const antlr4::Token* token) const { return posOfCodePoint(token->getStartIndex()); }
  // The position just past the token (where gc reports "newline in string").
  Pos endOf(const antlr4::Token* token) const { return posOfCodePoint(token->getStopIndex() + 1); }
};

// Decodes UTF-8, reporting gc's "invalid UTF-8 encoding", "invalid NUL character" and
// "invalid BOM in the middle of the file" and, like gc's reader, leaving those bytes out of
// the text (a leading BOM is dropped silently). Stops after the tenth such error: gc stops
// there, so nothing later could be printed.
SourceText decodeSource(const std::string& bytes, uint32_t fileIndex, ErrorList& errors);

// Reports lexical errors (invalid characters, unterminated and malformed literals) and
// turns the error tokens into what the parser should see. Returns false if any.
bool checkTokens(antlr4::CommonTokenStream& tokens, const SourceText& source, ErrorList& errors);

// gc's wording of a syntax error detected by ANTLR at `e`; `where` receives the token gc
// reports it at.
std::string syntaxErrorMessage(GoParser& parser, const antlr4::RecognitionException& e,
                               const antlr4::Token*& where);
// How gc names a token in "unexpected X" (e.g. `y`, `literal 42`, `newline`, `EOF`).
std::string describeToken(const antlr4::Token* token);

// Literal checks, gc's messages; return "" when the literal is fine. For errors inside the
// literal, `errorOffset` receives the byte offset within the text.
std::string checkNumber(std::string_view text, size_t& errorOffset);
std::string checkString(std::string_view text, size_t& errorOffset);  // interpreted "..."
std::string checkRune(std::string_view text, size_t& errorOffset);

// Builds the AST of one file from the parse trees of its parts (package clause, then each
// top-level declaration), so each declaration's parse tree can be dropped once built.
// Errors gc reports from its parser beyond the grammar go to `errors`.
class Builder;
class FileBuilder {
 public:
  FileBuilder(Arena& arena, const SourceText& source, antlr4::BufferedTokenStream& tokens,
              ErrorList& errors);
  ~FileBuilder();
  void packageClause(GoParser::PackageClauseContext* ctx, const std::string& path);
  void topLevelDecl(GoParser::TopLevelDeclContext* ctx);
  File* file() const;
  bool syntaxErrors() const;  // whether any of the reported errors is a syntax error

 private:
  std::unique_ptr<Builder> impl_;
};

}  // namespace goro::parse

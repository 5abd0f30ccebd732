// A REPL session's frontend: package main grown one typed input at a time.
//
// Design: a session is one Build whose package main starts as an empty file and gains one
// file per input, checked by a Checker that stays alive (checker.h runMore) and compiled by
// a Compiler that stays alive (Compiler::compileMore) into the one Program the VM runs. An
// input is either declarations (it starts with import, type, const, var or a named func),
// parsed as a file of its own, or statements, parsed as the body of a function
// `__replN`; that function's top-level variables are package-level variables of the
// session, so later inputs see them. When the input is a single expression (or its last
// statement is one), its values are stored in synthetic variables the REPL prints. An
// input with errors leaves no trace: the names it declared are taken back.
#pragma once

#include <memory>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/driver.h"

namespace goro {

struct FuncProto;
struct Program;
struct Type;
class Compiler;
namespace checker {
class Checker;
}

class ReplSession {
 public:
  ReplSession();
  ~ReplSession();

  // The program every input is compiled into; run its inits once before the first input.
  Program* program() const { return program_; }

  enum class Status { Incomplete, Failed, Ready };
  struct Shown {
    void* cell;        // a package-level variable's storage (vm/value.h loadValue)
    const Type* type;  // the expression's static type
  };
  struct Compiled {
    Status status = Status::Ready;
    std::string errors;          // Failed: gc's messages, positions as line:col of the input
    bool syntaxError = false;    // Failed before type checking: the input does not parse
    std::vector<FuncProto*> run;  // Ready: run these in order
    std::vector<Shown> shown;     // then print these values
  };
  // Compiles one input. Incomplete: brackets, a raw string or a comment are still open, or
  // the input ends in an operator or comma; the caller should read another line.
  Compiled compile(const std::string& input);
  // Adds the declarations of a Go file of package main (`:load`); its positions are the
  // file's own. Its main function, if any, is then an ordinary function of the session.
  Compiled load(const std::string& path);

 private:
  Compiled compileInput(const std::string& input, int n, bool declarations);
  Compiled compileFile(uint32_t index, bool declarations);
  std::string relativeErrors(const std::string& text, const std::string& path, size_t prefix) const;

  Build build_;
  StdlibLoader loader_;
  Package* main_ = nullptr;
  std::unique_ptr<checker::Checker> checker_;
  std::unique_ptr<Compiler> compiler_;
  Program* program_ = nullptr;
  size_t compiledPackages_ = 0;  // build_.packages[0..) compiled so far
  int inputs_ = 0;
};

// The text the user typed on the first line of a REPL input's file, without what the
// session wrapped around it (ReplSession::compile); other lines are returned as they are.
std::string_view replInputLine(std::string_view fileLine, uint32_t line);
// Whether a function is the one that holds a REPL input's statements.
bool isReplStatements(std::string_view functionName);

// Whether `text` is unfinished Go: an open bracket, raw string or comment, or a last token
// that wants an operand (a binary operator, a comma, a dot).
bool replInputIncomplete(const std::string& text);

}  // namespace goro

// A REPL session's frontend (see repl.h).
#include "frontend/repl.h"

#include <cctype>
#include <fstream>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include "frontend/checker.h"
#include "frontend/compile_internal.h"
#include "frontend/parser.h"

namespace goro {

namespace {

bool isIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

// A cursor over Go source that skips spaces and comments and reads tokens coarsely:
// enough to classify a REPL input, not a lexer.
struct Scan {
  std::string_view s;
  size_t i = 0;

  void skipSpace() {
    for (;;) {
      while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
      if (s.substr(i, 2) == "//") {
        while (i < s.size() && s[i] != '\n') ++i;
      } else if (s.substr(i, 2) == "/*") {
        size_t end = s.find("*/", i + 2);
        i = end == std::string_view::npos ? s.size() : end + 2;
      } else {
        return;
      }
    }
  }
  std::string_view word() {
    skipSpace();
    size_t start = i;
    while (i < s.size() && isIdentChar(s[i])) ++i;
    return s.substr(start, i - start);
  }
  bool next(char c) {
    skipSpace();
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  // After an opening '(' was read: skips to just after its matching ')'.
  void skipParens() {
    for (int depth = 1; i < s.size() && depth > 0; ++i) {
      if (s[i] == '(') ++depth;
      if (s[i] == ')') --depth;
    }
  }
};

constexpr std::string_view kPackagePrefix = "package main;";
constexpr std::string_view kStatementsFunc = "__repl";

// Declarations are parsed as a file; anything else is statements.
bool isDeclarations(const std::string& input) {
  Scan scan{input};
  std::string_view first = scan.word();
  if (first == "import" || first == "type" || first == "const" || first == "var") return true;
  if (first != "func") return false;
  if (!scan.word().empty()) return true;  // func name(...
  if (!scan.next('(')) return false;
  scan.skipParens();  // a receiver, or a function literal's parameters
  return !scan.word().empty() && scan.next('(');
}

// fmt.Println(...) and its kind are typed for their output, not their results.
bool isFmtPrint(const Expr* x) {
  auto* call = x->as<CallExpr>();
  auto* sel = call ? call->fun->as<SelectorExpr>() : nullptr;
  auto* pkg = sel ? sel->x->as<Ident>() : nullptr;
  if (!pkg || pkg->name != "fmt") return false;
  std::string_view name = sel->sel->name;
  return name.starts_with("Print") || name.starts_with("Fprint");
}

}  // namespace

std::string_view replInputLine(std::string_view fileLine, uint32_t line) {
  if (line != 1 || !fileLine.starts_with(kPackagePrefix)) return fileLine;
  fileLine.remove_prefix(kPackagePrefix.size());
  if (fileLine.starts_with("func " + std::string(kStatementsFunc))) fileLine.remove_prefix(fileLine.find("() {") + 4);
  return fileLine;
}

bool isReplStatements(std::string_view functionName) {
  return functionName.starts_with("main." + std::string(kStatementsFunc));
}

bool replInputIncomplete(const std::string& text) {
  int depth = 0;
  char lastToken = 0;      // last character outside comments and spaces
  char beforeLast = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      size_t end = text.find("*/", i + 2);
      if (end == std::string::npos) return true;
      i = end + 1;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    if (c == '`') {
      size_t end = text.find('`', i + 1);
      if (end == std::string::npos) return true;
      i = end;
    } else if (c == '"' || c == '\'') {
      // An unterminated interpreted literal ends at its line: the parser reports it.
      for (++i; i < text.size() && text[i] != c && text[i] != '\n'; ++i)
        if (text[i] == '\\') ++i;
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      --depth;
    }
    beforeLast = lastToken;
    lastToken = c;
  }
  if (depth > 0) return true;
  bool incDec = (lastToken == '+' || lastToken == '-') && beforeLast == lastToken;
  return !incDec && lastToken && std::string_view(",.+-*/%&|^<>=!:").find(lastToken) != std::string_view::npos;
}

ReplSession::ReplSession() : loader_(build_) {
  main_ = new Package();
  main_->path = "main";
  main_->name = "main";
  uint32_t index = build_.files.add("<repl>", "package main\n");
  main_->files.push_back(parseFile(build_.arena, build_.files, index, loader_.diags()));
  checker_ = std::make_unique<checker::Checker>(*main_, loader_, loader_.diags());
  checker_->startRepl();
  compiler_ = std::make_unique<Compiler>(build_.files);
  program_ = compiler_->run({main_});
}

ReplSession::~ReplSession() = default;

ReplSession::Compiled ReplSession::compile(const std::string& input) {
  if (replInputIncomplete(input)) {
    Compiled incomplete;
    incomplete.status = Status::Incomplete;
    return incomplete;
  }
  int n = ++inputs_;
  bool declarations = isDeclarations(input);
  Compiled out = compileInput(input, n, declarations);
  // `var x = 1; x++` starts like declarations but is statements.
  if (declarations && out.syntaxError) {
    Compiled statements = compileInput(input, n, false);
    if (!statements.syntaxError) return statements;
  }
  return out;
}

ReplSession::Compiled ReplSession::compileInput(const std::string& input, int n, bool declarations) {
  std::string path = "<input " + std::to_string(n) + ">";
  // The input's lines keep their numbers: what wraps it starts on its first line.
  std::string prefix(kPackagePrefix);
  if (!declarations) prefix += "func " + std::string(kStatementsFunc) + std::to_string(n) + "() {";
  std::string text = prefix + input + "\n";
  if (!declarations) text += "}\n";
  uint32_t index = build_.files.add(path, std::move(text));
  Compiled out = compileFile(index, declarations);
  out.errors = relativeErrors(out.errors, path, prefix.size());
  return out;
}

ReplSession::Compiled ReplSession::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  Compiled out;
  out.status = Status::Failed;
  if (!in) {
    out.errors = "open " + path + ": no such file or directory\n";
    return out;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return compileFile(build_.files.add(path, text.str()), true);
}

ReplSession::Compiled ReplSession::compileFile(uint32_t index, bool declarations) {
  Compiled out;
  out.status = Status::Failed;
  Diagnostics& diags = loader_.diags();
  diags.clear();
  File* file = parseFile(build_.arena, build_.files, index, diags);
  if (!file || diags.any()) {
    out.errors = diags.format();
    out.syntaxError = true;
    return out;
  }
  if (file->packageName->name != "main") {
    out.errors = build_.files.file(index).path + ": package " + file->packageName->name + ", not main\n";
    return out;
  }
  FuncDecl* statements = nullptr;
  ExprStmt* shown = nullptr;
  if (!declarations) {
    statements = file->decls.back()->as<FuncDecl>();
    auto& list = statements->body->list;
    if (!list.empty())
      if (auto* es = list.back()->as<ExprStmt>(); es && !isFmtPrint(es->x)) shown = es;
  }

  // What an input with errors must take back.
  Scope* fileScope = checker_->replScope_;
  auto packageNames = main_->scope->names;
  auto fileNames = fileScope->names;
  std::unordered_map<Type*, size_t> methodCounts;
  for (Object* obj : main_->scope->ordered)
    if (obj->kind == ObjKind::TypeName && obj->type && obj->type->isNamed())
      methodCounts[const_cast<Type*>(obj->type)] = obj->type->methods.size();
  size_t firstSpec = main_->varInitOrder.size();

  main_->files.push_back(file);
  if (!checker_->runMore(file, statements, shown)) {
    main_->files.pop_back();
    main_->scope->names = std::move(packageNames);
    fileScope->names = std::move(fileNames);
    for (auto& [type, count] : methodCounts) type->methods.resize(count);
    main_->varInitOrder.resize(firstSpec);
    out.errors = diags.format();
    diags.clear();
    return out;
  }

  std::vector<Package*> imported(build_.packages.begin() + long(compiledPackages_), build_.packages.end());
  compiledPackages_ = build_.packages.size();
  compiler_->shownStmt = shown;
  compiler_->shownValues.clear();
  out.run = compiler_->compileMore(imported, main_, file, firstSpec);
  for (const std::string& e : compiler_->takeErrors()) out.errors += e + "\n";
  if (!out.errors.empty()) return out;
  if (statements) out.run.push_back(statements->obj->proto);
  for (Object* v : compiler_->shownValues) out.shown.push_back({compiler_->globalCell(v), v->type});
  out.status = Status::Ready;
  return out;
}

// gc's "path:line:col: msg" lines with positions made relative to the input ("1:5: msg"):
// the path goes, and columns of the first line lose the wrapper's prefix.
std::string ReplSession::relativeErrors(const std::string& text, const std::string& path, size_t prefix) const {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t at = text.find(path + ":", i);
    if (at == std::string::npos) {
      out.append(text, i, std::string::npos);
      break;
    }
    // Continuation lines name the file as "./path" (Checker::posStr).
    size_t copyTo = at >= i + 2 && text.compare(at - 2, 2, "./") == 0 ? at - 2 : at;
    out.append(text, i, copyTo - i);
    auto number = [&](size_t& k) {
      size_t start = k;
      while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
      return k > start ? std::stol(text.substr(start, k - start)) : 0L;
    };
    size_t k = at + path.size() + 1;
    long line = number(k);
    long col = k < text.size() && text[k] == ':' ? number(++k) : 0;
    if (line == 1) col = std::max(1L, col - long(prefix));
    out += std::to_string(line) + ":" + std::to_string(col);
    i = k;
  }
  return out;
}

}  // namespace goro

// parseFile: decodes the source, lexes, checks tokens, parses (SLL, then LL on failure)
// and hands the parse tree to the AST builder.
#include "frontend/parser.h"

#include <algorithm>
#include <cstdio>

#include "frontend/parse_internal.h"

namespace goro {
namespace parse {

bool ErrorList::keeps(const Entry& e) {
  if (e.msg.rfind("syntax error", 0) == 0) {
    if (e.pos.line == lastSyntaxLine_) return false;
    lastSyntaxLine_ = e.pos.line;
    return true;
  }
  if (e.pos.line == lastOther_.pos.line && e.msg == lastOther_.msg) return false;
  lastOther_ = e;
  return true;
}

void ErrorList::dropFrom(Pos end) {
  std::erase_if(entries_, [&](const Entry& e) {
    if (e.pos.line != end.line) return e.pos.line > end.line;
    // An unterminated literal is reported where it ends, at `end` itself.
    return e.pos.col > end.col || (e.pos.col == end.col && e.msg.rfind("newline in ", 0) != 0);
  });
}

void ErrorList::flushTo(Diagnostics& diags) {
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
  });
  for (Entry& e : entries_)
    if (keeps(e)) diags.error(e.pos, std::move(e.msg));
  entries_.clear();
}

Pos SourceText::posOfByte(uint32_t offset) const {
  auto next = std::upper_bound(lineStartByte.begin(), lineStartByte.end(), offset);
  uint32_t line = static_cast<uint32_t>(next - lineStartByte.begin());
  return Pos{fileIndex, line, offset - lineStartByte[line - 1] + 1};
}

namespace {

// Decodes one UTF-8 sequence at `i`; returns its length, or 0 if it is malformed.
size_t decodeUtf8(const std::string& s, size_t i, char32_t& out) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  size_t len;
  char32_t cp, min;
  if (b0 < 0x80) { out = b0; return 1; }
  if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  out = cp;
  return len;
}

}  // namespace

SourceText decodeSource(const std::string& bytes, uint32_t fileIndex, ErrorList& errors) {
  SourceText src;
  src.fileIndex = fileIndex;
  src.codePoints.reserve(bytes.size());
  src.byteOffset.reserve(bytes.size() + 1);
  src.lineStartByte.push_back(0);
  // How many of these gc would keep (it drops a repeat of the previous message on its line).
  size_t kept = 0;
  Pos lastPos;
  const char* lastMsg = "";
  auto report = [&](uint32_t offset, const char* msg) {
    Pos pos = src.posOfByte(offset);
    errors.error(pos, msg);
    if (pos.line != lastPos.line || std::string_view(msg) != lastMsg) ++kept;
    lastPos = pos;
    lastMsg = msg;
  };
  size_t i = 0;
  while (i < bytes.size()) {
    char32_t cp;
    size_t len = decodeUtf8(bytes, i, cp);
    uint32_t offset = static_cast<uint32_t>(i);
    const char* invalid = nullptr;
    if (len == 0) {
      invalid = "invalid UTF-8 encoding";
      len = 1;
    } else if (cp == 0) {
      invalid = "invalid NUL character";
    } else if (cp == 0xFEFF && i != 0) {
      invalid = "invalid BOM in the middle of the file";
    }
    i += len;
    if (invalid) {
      report(offset, invalid);
      // gc gives up at its tenth error, so after ten of these nothing later in the file can
      // be printed, and lexing the rest (binary junk is slow to lex) is skipped.
      if (kept >= 10) {
        src.truncated = true;
        break;
      }
      continue;
    }
    if (cp == 0xFEFF) continue;  // a byte order mark at the start
    src.codePoints.push_back(cp);
    src.byteOffset.push_back(offset);
    if (cp == '\n') src.lineStartByte.push_back(static_cast<uint32_t>(i));
  }
  src.byteOffset.push_back(static_cast<uint32_t>(i));
  return src;
}

}  // namespace parse

namespace {

using namespace parse;

// Feeds already-decoded code points to ANTLR (its own loader throws on invalid UTF-8).
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  explicit CodePointStream(std::u32string text) {
    _data = std::move(text);
    p = 0;
  }
};

// Thrown by the error strategy to abandon a parse at the first syntax error.
struct ParseAbandoned {};

// Stops at the first syntax error instead of recovering (gc's later errors are guesses
// about recovery that ANTLR cannot reproduce). In the reporting pass it words the error.
class FirstErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit FirstErrorStrategy(bool wordErrors) : wordErrors_(wordErrors) {}
  std::string message;
  const antlr4::Token* offending = nullptr;

  void reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) override {
    if (!offending) {
      offending = e.getOffendingToken();
      if (!offending) offending = recognizer->getCurrentToken();
      if (wordErrors_) message = syntaxErrorMessage(static_cast<GoParser&>(*recognizer), e, offending);
    }
  }
  void recover(antlr4::Parser*, std::exception_ptr) override { throw ParseAbandoned{}; }
  antlr4::Token* recoverInline(antlr4::Parser* recognizer) override {
    throw antlr4::InputMismatchException(recognizer);
  }
  void sync(antlr4::Parser*) override {}

 private:
  bool wordErrors_;
};

// The reporting pass's prediction. gc's parser commits to a construct as soon as its first
// token fits (a `{` after `[]int` opens a composite literal) and reports the error where
// that construct breaks. ANTLR instead looks ahead, finds that every alternative fails
// and falls back to one that ends the rule early, so the error surfaces at the decision
// (e.g. "unexpected {"). Here, when all alternatives fail after some progress, the
// alternative that got furthest is taken, and the parse then fails where gc's would.
struct DecisionTables {
  std::vector<antlr4::dfa::DFA> dfas;
  antlr4::atn::PredictionContextCache cache;
  explicit DecisionTables(const antlr4::atn::ATN& atn) {
    for (size_t i = 0; i < atn.getNumberOfDecisions(); ++i)
      dfas.emplace_back(atn.getDecisionState(i), i);
  }
};

class FurthestAltSimulator : private DecisionTables, public antlr4::atn::ParserATNSimulator {
 public:
  FurthestAltSimulator(antlr4::Parser* parser, const antlr4::atn::ATN& atn)
      : DecisionTables(atn), ParserATNSimulator(parser, atn, dfas, cache), parser_(parser) {}

  size_t adaptivePredict(antlr4::TokenStream* input, size_t decision,
                         antlr4::ParserRuleContext* outerContext) override {
    size_t start = input->index();
    try {
      return ParserATNSimulator::adaptivePredict(input, decision, outerContext);
    } catch (antlr4::NoViableAltException& e) {
      antlr4::atn::ATNConfigSet* alive = e.getDeadEndConfigs();
      if (!alive || e.getOffendingToken()->getTokenIndex() <= start) throw;
      size_t best = antlr4::atn::ATN::INVALID_ALT_NUMBER;
      for (const auto& config : alive->configs) {
        const auto& pred = config->semanticContext;
        if (pred != antlr4::atn::SemanticContext::NONE && !pred->eval(parser_, outerContext)) continue;
        if (best == antlr4::atn::ATN::INVALID_ALT_NUMBER || config->alt < best) best = config->alt;
      }
      if (best == antlr4::atn::ATN::INVALID_ALT_NUMBER) throw;
      return best;
    }
  }

 protected:
  // Never fall back to an alternative that merely ends the rule: report instead.
  size_t getAltThatFinishedDecisionEntryRule(antlr4::atn::ATNConfigSet*) override {
    return antlr4::atn::ATN::INVALID_ALT_NUMBER;
  }

 private:
  antlr4::Parser* parser_;
};

// Parses one part of the file (the package clause or a top-level declaration) at the
// current token and hands its parse tree to `build` before the tree is freed. SLL
// prediction first; if that fails, the part is parsed again with full LL prediction to find
// and word the error as gc does. Returns false after reporting a syntax error.
template <class Context, class Build>
bool parsePart(antlr4::CommonTokenStream& tokens, const SourceText& source, ErrorList& errors,
               Context* (GoParser::*rule)(), Build&& build) {
  size_t start = tokens.index();
  {
    GoParser parser(&tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(std::make_shared<FirstErrorStrategy>(false));
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::SLL);
    try {
      build((parser.*rule)());
      return true;
    } catch (const ParseAbandoned&) {
    }
  }
  tokens.seek(start);
  GoParser parser(&tokens);
  parser.removeErrorListeners();
  auto strategy = std::make_shared<FirstErrorStrategy>(true);
  parser.setErrorHandler(strategy);
  auto* simulator = new FurthestAltSimulator(&parser, parser.getATN());  // owned by the parser
  simulator->setPredictionMode(antlr4::atn::PredictionMode::LL);
  parser.setInterpreter(simulator);
  try {
    build((parser.*rule)());
    return true;
  } catch (const ParseAbandoned&) {
    errors.error(source.posOf(strategy->offending), strategy->message);
    return false;
  }
}

void syntaxError(ErrorList& errors, const SourceText& source, const antlr4::Token* at,
                 const std::string& msg) {
  errors.error(source.posOf(at), "syntax error: " + msg);
}

bool startsDeclaration(size_t type) {
  return type == GoLexer::IMPORT || type == GoLexer::CONST || type == GoLexer::TYPE ||
         type == GoLexer::VAR || type == GoLexer::FUNC;
}

// The file level, as gc's fileOrNil: the package clause, then declarations separated by
// semicolons. Each declaration is parsed and built on its own, so a parse tree never holds
// more than one declaration (memory stays proportional to the largest one).
bool parseDeclarations(antlr4::CommonTokenStream& tokens, const SourceText& source,
                       ErrorList& errors, FileBuilder& builder, const std::string& path) {
  antlr4::Token* first = tokens.LT(1);
  if (first->getType() != GoLexer::PACKAGE) {
    // gc gives up on the file here, having scanned only this token.
    errors.dropFrom(source.endOf(first));
    syntaxError(errors, source, first, "package statement must be first");
    return false;
  }
  if (!parsePart(tokens, source, errors, &GoParser::packageClause,
                 [&](GoParser::PackageClauseContext* c) { builder.packageClause(c, path); }))
    return false;
  antlr4::Token* next = tokens.LT(1);
  if (next->getType() != GoLexer::EOS) {
    syntaxError(errors, source, next, "unexpected " + describeToken(next) + ", expecting semicolon or newline");
    return false;
  }
  tokens.consume();
  for (;;) {
    next = tokens.LT(1);
    if (next->getType() == antlr4::Token::EOF) return true;
    if (!startsDeclaration(next->getType())) {
      const std::vector<Decl*>& decls = builder.file()->decls;
      auto* last = decls.empty() ? nullptr : decls.back()->as<FuncDecl>();
      if (next->getType() == GoLexer::L_CURLY && last && !last->body)
        syntaxError(errors, source, next, "unexpected semicolon or newline before {");
      else
        syntaxError(errors, source, next, "non-declaration statement outside function body");
      return false;
    }
    if (!parsePart(tokens, source, errors, &GoParser::topLevelDecl,
                   [&](GoParser::TopLevelDeclContext* c) { builder.topLevelDecl(c); }))
      return false;
    next = tokens.LT(1);
    if (next->getType() == GoLexer::EOS) {
      tokens.consume();
    } else if (next->getType() != antlr4::Token::EOF) {
      syntaxError(errors, source, next, "unexpected " + describeToken(next) + " after top level declaration");
      return false;
    }
  }
}

}  // namespace

File* parseFile(Arena& arena, const FileSet& files, uint32_t fileIndex, Diagnostics& diags) {
  const SourceFile& file = files.file(fileIndex);
  ErrorList errors;
  File* result = nullptr;
  try {
    SourceText source = decodeSource(file.text, fileIndex, errors);
    CodePointStream input(source.codePoints);
    GoLexer lexer(&input);
    lexer.removeErrorListeners();
    antlr4::CommonTokenStream tokens(&lexer);
    tokens.fill();
    bool lexicallyValid = checkTokens(tokens, source, errors) && errors.count() == 0;
    tokens.seek(0);  // re-skips tokens checkTokens moved off the parser's channel
    FileBuilder builder(arena, source, tokens, errors);
    if (parseDeclarations(tokens, source, errors, builder, file.path) && lexicallyValid &&
        !builder.syntaxErrors())
      result = builder.file();
  } catch (const std::exception& e) {
    // ANTLR runtime failures are bugs, but must not take the interpreter down.
    errors.error(Pos{fileIndex, 1, 1}, std::string("internal parser error: ") + e.what());
    result = nullptr;
  }
  errors.flushTo(diags);
  return result;
}

}  // namespace goro

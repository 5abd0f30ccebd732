// Unit tests for the Go lexer (grammar/GoLexer.g4) and the lexical checks after it:
// semicolon insertion, literal forms, comments, and gc's lexical error messages.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "GoLexer.h"
#include "antlr4-runtime.h"
#include "frontend/diag.h"
#include "frontend/parser.h"

using goro::grammar::GoLexer;

namespace {

// The tokens the parser sees, as "TYPE" or "TYPE:text", space separated. EOS shows what
// it stands for: ";" for an explicit semicolon, "nl" for a newline or multi-line comment,
// "eof" at the end of the file.
std::string lex(const std::string& source) {
  antlr4::ANTLRInputStream input(source);
  GoLexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  std::string out;
  for (antlr4::Token* t : tokens.getTokens()) {
    if (t->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    if (!out.empty()) out += ' ';
    if (t->getType() == antlr4::Token::EOF) {
      out += "EOF";
    } else if (t->getType() == GoLexer::EOS) {
      std::string text = t->getText();
      out += text == ";" ? "EOS:;" : text == "<EOF>" || text.empty() ? "EOS:eof" : "EOS:nl";
    } else {
      out += std::string(lexer.getVocabulary().getSymbolicName(t->getType())) + ":" + t->getText();
    }
  }
  return out;
}

// The first diagnostic of parsing `source` as prog.go ("" if none).
std::string firstError(const std::string& source) {
  goro::FileSet files;
  uint32_t index = files.add("prog.go", source);
  goro::Diagnostics diags(files);
  goro::Arena arena;
  goro::parseFile(arena, files, index, diags);
  std::string all = diags.format();
  return all.substr(0, all.find('\n'));
}

}  // namespace

TEST_CASE("semicolons are inserted after tokens that can end a statement") {
  CHECK(lex("x\n") == "IDENTIFIER:x EOS:nl EOF");
  CHECK(lex("42\n\"s\"\n'c'\n`r`\n") ==
        "NUMBER:42 EOS:nl STRING_LIT:\"s\" EOS:nl RUNE_LIT:'c' EOS:nl RAW_STRING_LIT:`r` EOS:nl EOF");
  CHECK(lex(")\n]\n}\n") == "R_PAREN:) EOS:nl R_BRACKET:] EOS:nl R_CURLY:} EOS:nl EOF");
  CHECK(lex("i++\ni--\n") == "IDENTIFIER:i PLUS_PLUS:++ EOS:nl IDENTIFIER:i MINUS_MINUS:-- EOS:nl EOF");
  CHECK(lex("return\nbreak\ncontinue\nfallthrough\n") ==
        "RETURN:return EOS:nl BREAK:break EOS:nl CONTINUE:continue EOS:nl FALLTHROUGH:fallthrough EOS:nl EOF");
}

TEST_CASE("no semicolon after operators, opening brackets, commas and other keywords") {
  CHECK(lex("a +\nb\n") == "IDENTIFIER:a PLUS:+ IDENTIFIER:b EOS:nl EOF");
  CHECK(lex("f(\n)\n") == "IDENTIFIER:f L_PAREN:( R_PAREN:) EOS:nl EOF");
  CHECK(lex("{\n}") == "L_CURLY:{ R_CURLY:} EOS:eof EOF");
  CHECK(lex("a,\nb") == "IDENTIFIER:a COMMA:, IDENTIFIER:b EOS:eof EOF");
  CHECK(lex("func\nif\n") == "FUNC:func IF:if EOF");
}

TEST_CASE("the end of the file ends a statement") {
  CHECK(lex("x") == "IDENTIFIER:x EOS:eof EOF");
  CHECK(lex("x // comment") == "IDENTIFIER:x EOS:eof EOF");
  CHECK(lex("") == "EOF");
}

TEST_CASE("comments: a line comment keeps its newline, a block comment spanning lines is one") {
  CHECK(lex("x // c\ny") == "IDENTIFIER:x EOS:nl IDENTIFIER:y EOS:eof EOF");
  CHECK(lex("x /* a\nb */ y") == "IDENTIFIER:x EOS:nl IDENTIFIER:y EOS:eof EOF");
  CHECK(lex("x /* c */ y") == "IDENTIFIER:x IDENTIFIER:y EOS:eof EOF");
  CHECK(lex("a /* c */\n") == "IDENTIFIER:a EOS:nl EOF");
  CHECK(lex("/* a\nb */ x") == "IDENTIFIER:x EOS:eof EOF");
}

TEST_CASE("explicit semicolons") {
  CHECK(lex("a; b;") == "IDENTIFIER:a EOS:; IDENTIFIER:b EOS:; EOF");
  CHECK(lex("for ;;") == "FOR:for EOS:; EOS:; EOF");
}

TEST_CASE("number literals in every base and form are single tokens") {
  for (const char* n : {"0", "42", "1_000_000", "0x1F", "0X_ff", "0o17", "0O17", "017", "0b1011",
                        "0B_1", "1.5", "1.", ".5", "1e10", "1E+10", "1.5e-3", "0x1p-2", "0x1.8P+3",
                        "1i", "0.5i", "0x1Fi", "09.5", "1_0.2_5e1_0"}) {
    CAPTURE(n);
    CHECK(lex(n) == std::string("NUMBER:") + n + " EOS:eof EOF");
  }
  // An `e` is a hex digit, so this is 0x1e minus 2, as in Go.
  CHECK(lex("0x1e-2") == "NUMBER:0x1e MINUS:- NUMBER:2 EOS:eof EOF");
  CHECK(lex("x.y") == "IDENTIFIER:x DOT:. IDENTIFIER:y EOS:eof EOF");
}

TEST_CASE("rune and string literals with escapes") {
  for (const char* r : {R"('a')", R"('\n')", R"('\'')", R"('\\')", R"('\x41')", R"('\101')",
                        R"('\u00e9')", R"('\U0001F600')", "'\xc3\xa9'"}) {
    CAPTURE(r);
    CHECK(lex(r) == std::string("RUNE_LIT:") + r + " EOS:eof EOF");
    CHECK(firstError("package p\nvar c = " + std::string(r) + "\n") == "");
  }
  CHECK(lex(R"("a\"b\\c\t")") == R"(STRING_LIT:"a\"b\\c\t" EOS:eof EOF)");
  CHECK(lex("`a\nb\\n`") == "RAW_STRING_LIT:`a\nb\\n` EOS:eof EOF");
}

TEST_CASE("identifiers may use Unicode letters and digits") {
  CHECK(lex("\xc3\xa9t\xc3\xa9_2") == "IDENTIFIER:\xc3\xa9t\xc3\xa9_2 EOS:eof EOF");
  CHECK(firstError("package p\nvar \xce\xb1\xce\xb2 = 1\n") == "");
}

TEST_CASE("a file with a byte order mark at the start is fine") {
  CHECK(firstError("\xef\xbb\xbfpackage p\n") == "");
}

// Each expected message is what gc (go 1.19) printed first for the same source.
TEST_CASE("lexical errors are reported as gc reports them") {
  struct Case {
    const char* name;
    const char* source;
    const char* gc;
  };
  const Case cases[] = {
    {"badutf8", "package main\n\nfunc main() {\n\tx := \"\xff""\"\n\t_ = x\n}\n",
     "prog.go:4:8: invalid UTF-8 encoding"},
    {"badutf8b", "package main\n\nfunc main() {\n\t\xff""\n}\n",
     "prog.go:4:2: invalid UTF-8 encoding"},
    {"empty_rune", "package main\n\nfunc main() {\n\tx := ''\n}\n",
     "prog.go:4:8: empty rune literal or unescaped '"},
    {"invalid_char", "package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n",
     "prog.go:4:9: invalid character U+0040 '@'"},
    {"unterm_comment", "package main\n\nfunc main() {\n}\n/* abc\n",
     "prog.go:5:1: comment not terminated"},
    {"unterm_raw", "package main\n\nfunc main() {\n\tx := `abc\n",
     "prog.go:4:7: string not terminated"},
    {"unterm_rune", "package main\n\nfunc main() {\n\tx := 'a\n}\n",
     "prog.go:4:9: newline in rune literal"},
    {"unterm_str", "package main\n\nfunc main() {\n\tx := \"abc\n\t_ = x\n}\n",
     "prog.go:4:11: newline in string"},
    {"esc_hex", "package main\n\nfunc main() {\n\t_ = \"\\xZZ\"\n}\n",
     "prog.go:4:9: invalid character 'Z' in hexadecimal escape"},
    {"esc_octal_big", "package main\n\nfunc main() {\n\t_ = \"\\400\"\n}\n",
     "prog.go:4:11: octal escape value 256 > 255"},
    {"esc_surrogate", "package main\n\nfunc main() {\n\t_ = '\\uD800'\n}\n",
     "prog.go:4:13: escape is invalid Unicode code point U+D800"},
    {"esc_unknown", "package main\n\nfunc main() {\n\t_ = \"a\\qb\"\n}\n",
     "prog.go:4:9: unknown escape"},
    {"invalid_hash", "package main\n\nfunc main() {\n\t_ = 1 # 2\n}\n",
     "prog.go:4:8: invalid character U+0023 '#'"},
    {"invalid_unicode", "package main\n\nfunc main() {\n\tx := 1 \xe2""\x82""\xac"" 2\n}\n",
     "prog.go:4:9: invalid character U+20AC '€' in identifier"},
    {"ident_digit_first", "package main\n\nfunc main() {\n\t\xd9\xa1""a := 2\n}\n",
     "prog.go:4:2: identifier cannot begin with digit U+0661 '\xd9\xa1'"},
    {"ident_invalid_middle", "package main\n\nfunc main() {\n\tx\xe2""\x82""\xac""y := 1\n}\n",
     "prog.go:4:3: invalid character U+20AC '\xe2\x82\xac' in identifier"},
    {"num_bin", "package main\n\nfunc main() {\n\t_ = 0b102\n}\n",
     "prog.go:4:10: invalid digit '2' in binary literal"},
    {"num_exp_nodig", "package main\n\nfunc main() {\n\t_ = 1e+\n}\n",
     "prog.go:4:9: exponent has no digits"},
    {"num_hex_nodig", "package main\n\nfunc main() {\n\t_ = 0x\n}\n",
     "prog.go:4:8: hexadecimal literal has no digits"},
    {"num_hexfloat_nop", "package main\n\nfunc main() {\n\t_ = 0x1.5\n}\n",
     "prog.go:4:11: hexadecimal mantissa requires a 'p' exponent"},
    {"num_legacy_oct", "package main\n\nfunc main() {\n\t_ = 09\n}\n",
     "prog.go:4:7: invalid digit '9' in octal literal"},
    {"num_oct", "package main\n\nfunc main() {\n\t_ = 0o78\n}\n",
     "prog.go:4:9: invalid digit '8' in octal literal"},
    {"num_p_dec", "package main\n\nfunc main() {\n\t_ = 1p5\n}\n",
     "prog.go:4:7: 'p' exponent requires hexadecimal mantissa"},
    {"num_radix_bin", "package main\n\nfunc main() {\n\t_ = 0b1.0\n}\n",
     "prog.go:4:9: invalid radix point in binary literal"},
    {"num_sep", "package main\n\nfunc main() {\n\t_ = 1__0\n}\n",
     "prog.go:4:8: '_' must separate successive digits"},
    {"num_sep_end", "package main\n\nfunc main() {\n\t_ = 10_\n}\n",
     "prog.go:4:8: '_' must separate successive digits"},
    {"rune_eof", "package main\n\nfunc main() {\n\t_ = 'a",
     "prog.go:4:6: rune literal not terminated"},
    {"rune_eof_x", "package main\n\nfunc main() {\n\t_ = '\\x4'\n}\n",
     "prog.go:4:10: invalid character '\\'' in hexadecimal escape"},
    {"rune_multi", "package main\n\nfunc main() {\n\t_ = 'ab'\n}\n",
     "prog.go:4:6: more than one character in rune literal"},
    {"str_eof", "package main\n\nfunc main() {\n\t_ = \"abc",
     "prog.go:4:6: string not terminated"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(firstError(c.source) == c.gc);
  }
}

// Lexical checks after ANTLR's lexer: invalid characters, unterminated and malformed
// literals, reported with gc's scanner messages and positions.
#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cwctype>
#include <locale.h>

#include "frontend/parse_internal.h"
#include "stdlib/unicode.h"

namespace goro::parse {

namespace {

bool isDecimal(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
char lower(char c) { return static_cast<char>(c | 0x20); }

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

// Go's %q of a byte-sized character.
std::string quoteChar(char c) {
  if (c == '\'') return "'\\''";
  if (c == '\\') return "'\\\\'";
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "'\\x%02x'", static_cast<unsigned char>(c));
    return buf;
  }
  return std::string("'") + c + "'";
}

// The C.UTF-8 locale, for Unicode character classes (null if unavailable).
locale_t unicodeLocale() {
  static locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t{});
  return utf8;
}

// Go's %#U: U+0040 '@', the character only when printable (strconv.IsPrint).
std::string unicodeName(char32_t cp) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  std::string out = buf;
  bool printable = cp < 0x80 ? (cp >= 0x20 && cp != 0x7F)
                             : cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) && unicodeLocale() &&
                                   iswprint_l(static_cast<wint_t>(cp), unicodeLocale());
  if (!printable) return out;
  std::string utf8;
  if (cp < 0x80) {
    utf8 += static_cast<char>(cp);
  } else if (cp < 0x800) {
    utf8 += static_cast<char>(0xC0 | (cp >> 6));
    utf8 += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    utf8 += static_cast<char>(0xE0 | (cp >> 12));
    utf8 += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    utf8 += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    utf8 += static_cast<char>(0xF0 | (cp >> 18));
    utf8 += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    utf8 += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    utf8 += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out + " '" + utf8 + "'";
}

// gc's scanner.escape: `i` is just past the backslash; advances it past the escape.
std::string checkEscape(std::string_view s, size_t& i, char quote) {
  if (i >= s.size()) return "";
  char c = s[i];
  int digits;
  uint32_t base, max;
  switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
      ++i;
      return "";
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      digits = 3, base = 8, max = 255;
      break;
    case 'x': ++i; digits = 2, base = 16, max = 255; break;
    case 'u': ++i; digits = 4, base = 16, max = 0x10FFFF; break;
    case 'U': ++i; digits = 8, base = 16, max = 0x10FFFF; break;
    default:
      if (c == quote) { ++i; return ""; }
      return "unknown escape";
  }
  uint32_t value = 0;
  for (int k = 0; k < digits; ++k) {
    if (i >= s.size()) return "";
    char d = s[i];
    uint32_t digit = base;
    if (isDecimal(d)) digit = static_cast<uint32_t>(d - '0');
    else if (lower(d) >= 'a' && lower(d) <= 'f') digit = static_cast<uint32_t>(lower(d) - 'a' + 10);
    if (digit >= base) {
      return "invalid character " + quoteChar(d) + " in " + baseName(base) + " escape";
    }
    value = value * base + digit;
    ++i;
  }
  if (value > max && base == 8) return "octal escape value " + std::to_string(value) + " > 255";
  if (value > max || (value >= 0xD800 && value < 0xE000))
    return "escape is invalid Unicode code point " + unicodeName(value);
  return "";
}

// Skips one UTF-8 encoded character (the source was validated already).
size_t utf8Length(unsigned char b) {
  if (b < 0x80) return 1;
  if ((b & 0xE0) == 0xC0) return 2;
  if ((b & 0xF0) == 0xE0) return 3;
  if ((b & 0xF8) == 0xF0) return 4;
  return 1;
}

}  // namespace

// gc's scanner.number, replayed over the token text.
std::string checkNumber(std::string_view s, size_t& at) {
  size_t i = 0;
  int base = 10;
  char prefix = 0;
  int digsep = 0;
  long invalid = -1;
  bool seenPoint = false;
  auto digits = [&](int b) {
    int ds = 0;
    if (b <= 10) {
      char max = static_cast<char>('0' + b);
      while (i < s.size() && (isDecimal(s[i]) || s[i] == '_')) {
        if (s[i] == '_') ds |= 2;
        else {
          ds |= 1;
          if (s[i] >= max && invalid < 0) invalid = static_cast<long>(i);
        }
        ++i;
      }
    } else {
      while (i < s.size() && (isHex(s[i]) || s[i] == '_')) {
        ds |= s[i] == '_' ? 2 : 1;
        ++i;
      }
    }
    return ds;
  };
  if (s[0] == '.') {
    seenPoint = true;
    i = 1;
  } else {
    if (s[0] == '0') {
      i = 1;
      char p = i < s.size() ? lower(s[i]) : 0;
      if (p == 'x') { ++i; base = 16; prefix = 'x'; }
      else if (p == 'o') { ++i; base = 8; prefix = 'o'; }
      else if (p == 'b') { ++i; base = 2; prefix = 'b'; }
      else { base = 8; prefix = '0'; digsep = 1; }
    }
    digsep |= digits(base);
    if (i < s.size() && s[i] == '.') {
      if (prefix == 'o' || prefix == 'b') {
        at = i;
        return std::string("invalid radix point in ") + baseName(base) + " literal";
      }
      ++i;
      seenPoint = true;
    }
  }
  bool isFloat = seenPoint;
  if (seenPoint) digsep |= digits(base);
  if ((digsep & 1) == 0) {
    at = i;
    return std::string(baseName(base)) + " literal has no digits";
  }
  if (i < s.size() && (lower(s[i]) == 'e' || lower(s[i]) == 'p')) {
    char e = lower(s[i]);
    if (e == 'e' && prefix != 0 && prefix != '0') {
      at = i;
      return std::string("'") + s[i] + "' exponent requires decimal mantissa";
    }
    if (e == 'p' && prefix != 'x') {
      at = i;
      return std::string("'") + s[i] + "' exponent requires hexadecimal mantissa";
    }
    ++i;
    isFloat = true;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    int expDigits = digits(10);
    digsep = expDigits | (digsep & 2);
    if ((expDigits & 1) == 0) {
      at = i;
      return "exponent has no digits";
    }
  } else if (prefix == 'x' && isFloat) {
    at = i;
    return "hexadecimal mantissa requires a 'p' exponent";
  }
  if (!isFloat && invalid >= 0 && !(i < s.size() && s[i] == 'i')) {
    at = static_cast<size_t>(invalid);
    return "invalid digit " + quoteChar(s[invalid]) + " in " + baseName(base) + " literal";
  }
  if (digsep & 2) {
    // gc's invalidSep: '_' must sit between digits (or after the base prefix).
    char x1 = ' ', d = '.';
    size_t k = 0;
    if (s.size() >= 2 && s[0] == '0') {
      x1 = lower(s[1]);
      if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
        d = '0';
        k = 2;
      }
    }
    for (; k < s.size(); ++k) {
      char p = d;
      d = s[k];
      if (d == '_') {
        if (p != '0') { at = k; return "'_' must separate successive digits"; }
      } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
        d = '0';
      } else {
        if (p == '_') { at = k - 1; return "'_' must separate successive digits"; }
        d = '.';
      }
    }
    if (d == '_') { at = s.size() - 1; return "'_' must separate successive digits"; }
  }
  return "";
}

std::string checkString(std::string_view s, size_t& at) {
  for (size_t i = 1; i + 1 < s.size();) {
    if (s[i] == '\\') {
      ++i;
      std::string msg = checkEscape(s, i, '"');
      if (!msg.empty()) { at = i; return msg; }
      continue;
    }
    i += utf8Length(static_cast<unsigned char>(s[i]));
  }
  return "";
}

std::string checkRune(std::string_view s, size_t& at) {
  size_t count = 0;
  size_t i = 1;
  for (; i + 1 < s.size(); ++count) {
    if (s[i] == '\\') {
      ++i;
      std::string msg = checkEscape(s, i, '\'');
      if (!msg.empty()) { at = i; return msg; }
      continue;
    }
    i += utf8Length(static_cast<unsigned char>(s[i]));
  }
  if (count == 0) { at = s.size() - 1; return "empty rune literal or unescaped '"; }
  if (count != 1) { at = 0; return "more than one character in rune literal"; }
  return "";
}

bool checkTokens(antlr4::CommonTokenStream& tokens, const SourceText& source, ErrorList& errors) {
  bool ok = true;
  auto error = [&](Pos pos, std::string msg) {
    errors.error(pos, std::move(msg));
    ok = false;
  };
  // Byte offset of a position inside a token's text (tokens hold UTF-8 text).
  auto at = [&](antlr4::Token* t, size_t byteInText) {
    uint32_t start = source.byteOffset[t->getStartIndex()];
    return source.posOfByte(start + static_cast<uint32_t>(byteInText));
  };
  for (antlr4::Token* token : tokens.getTokens()) {
    auto* t = static_cast<antlr4::CommonToken*>(token);
    bool atEof = t->getStopIndex() + 1 >= source.codePoints.size();
    // A literal or comment cut off by truncated decoding is not an error of the file.
    bool cutOff = atEof && source.truncated;
    size_t offset = 0;
    std::string msg;
    switch (t->getType()) {
      case GoLexer::INVALID_CHAR: {
        char32_t cp = source.codePoints[t->getStartIndex()];
        error(source.posOf(t), "invalid character " + unicodeName(cp));
        ok = false;
        t->setChannel(antlr4::Token::HIDDEN_CHANNEL);
        break;
      }
      case GoLexer::IDENTIFIER:
        // The lexer admits every non-ASCII character (GoLexer.g4); gc's scanner accepts
        // Unicode letters anywhere and digits after the first character.
        for (size_t i = t->getStartIndex(); i <= t->getStopIndex(); ++i) {
          char32_t cp = source.codePoints[i];
          if (cp < 0x80 || stdlib::unicode::isLetter(cp)) continue;
          if (!stdlib::unicode::isDigit(cp)) {
            error(source.posOfCodePoint(i), "invalid character " + unicodeName(cp) + " in identifier");
            break;
          }
          if (i == t->getStartIndex()) {
            error(source.posOfCodePoint(i), "identifier cannot begin with digit " + unicodeName(cp));
            break;
          }
        }
        break;
      case GoLexer::UNTERMINATED_STRING:
        if (cutOff) ok = false;
        else if (atEof) error(source.posOf(t), "string not terminated");
        else error(source.endOf(t), "newline in string");
        t->setType(GoLexer::STRING_LIT);
        break;
      case GoLexer::UNTERMINATED_RAW_STRING:
        if (cutOff) ok = false;
        else error(source.posOf(t), "string not terminated");
        t->setType(GoLexer::RAW_STRING_LIT);
        break;
      case GoLexer::UNTERMINATED_RUNE:
        if (cutOff) ok = false;
        else if (atEof) error(source.posOf(t), "rune literal not terminated");
        else error(source.endOf(t), "newline in rune literal");
        t->setType(GoLexer::RUNE_LIT);
        break;
      case GoLexer::UNTERMINATED_COMMENT:
        if (cutOff) ok = false;
        else error(source.posOf(t), "comment not terminated");
        break;
      case GoLexer::NUMBER:
        msg = checkNumber(t->getText(), offset);
        break;
      case GoLexer::STRING_LIT:
        msg = checkString(t->getText(), offset);
        break;
      case GoLexer::RUNE_LIT:
        msg = checkRune(t->getText(), offset);
        break;
      default:
        break;
    }
    if (!msg.empty()) error(at(t, offset), std::move(msg));
  }
  return ok;
}

}  // namespace goro::parse

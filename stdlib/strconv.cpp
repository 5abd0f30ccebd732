// Package strconv: parsing and formatting of numbers, quoting. The formatting core is
// shared with fmt (stdlib/numfmt.cpp); errors are *NumError values built in Go from a
// status code the natives return, so their messages are exactly Go's.
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

#include "stdlib/format.h"
#include "stdlib/support.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Status codes of the parsing natives.
const (
	parseOK = iota
	parseSyntax
	parseRange
	parseBadBase
	parseBadBitSize
)

func numError(fn, s string, status, base, bitSize int) error {
	switch status {
	case parseSyntax:
		return &NumError{fn, s, ErrSyntax}
	case parseRange:
		return &NumError{fn, s, ErrRange}
	case parseBadBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)

func Atoi(s string) (int, error) {
	v, status := parseInt(s, 10, 0)
	if status != parseOK {
		return int(v), numError("Atoi", s, status, 10, 0)
	}
	return int(v), nil
}

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, status := parseInt(s, base, bitSize)
	if status != parseOK {
		return v, numError("ParseInt", s, status, base, bitSize)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, status := parseUint(s, base, bitSize)
	if status != parseOK {
		return v, numError("ParseUint", s, status, base, bitSize)
	}
	return v, nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, status := parseFloat(s, bitSize)
	if status != parseOK {
		return v, numError("ParseFloat", s, status, 10, bitSize)
	}
	return v, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func Itoa(i int) string { return FormatInt(int64(i), 10) }

func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool

func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)
func quotedPrefix(s string) (n int, ok bool)
func unquote(s string) (string, bool)

// UnquoteChar decodes the first character or escape sequence of the quoted string body s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, tail, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, tail, nil
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s.
func QuotedPrefix(s string) (string, error) {
	n, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return s[:n], nil
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string literal,
// returning the string value that s quotes.
func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }
)go";

enum ParseStatus : int64_t { kOK, kSyntax, kRange, kBadBase, kBadBitSize };

char lower(char c) { return static_cast<char>(c | 0x20); }

// Go's rule for '_' in base-prefixed literals: only between digits (or after the prefix).
bool underscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// strconv.ParseUint's algorithm; on a range error returns the maximum value.
uint64_t parseUintCore(std::string_view s, int64_t base, int64_t bitSize, ParseStatus* status) {
  *status = kOK;
  if (s.empty()) {
    *status = kSyntax;
    return 0;
  }
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') base = 2, s.remove_prefix(2);
      else if (s.size() >= 3 && lower(s[1]) == 'o') base = 8, s.remove_prefix(2);
      else if (s.size() >= 3 && lower(s[1]) == 'x') base = 16, s.remove_prefix(2);
      else base = 8, s.remove_prefix(1);
    }
  } else if (base < 2 || base > 36) {
    *status = kBadBase;
    return 0;
  }
  if (bitSize == 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) {
    *status = kBadBitSize;
    return 0;
  }
  uint64_t cutoff = std::numeric_limits<uint64_t>::max() / base + 1;
  uint64_t maxVal = bitSize == 64 ? std::numeric_limits<uint64_t>::max() : (uint64_t{1} << bitSize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      *status = kSyntax;
      return 0;
    }
    if (d >= base) {
      *status = kSyntax;
      return 0;
    }
    if (n >= cutoff) {
      *status = kRange;
      return maxVal;
    }
    n *= base;
    uint64_t n1 = n + d;
    if (n1 < n || n1 > maxVal) {
      *status = kRange;
      return maxVal;
    }
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) {
    *status = kSyntax;
    return 0;
  }
  return n;
}

void nativeParseUint(NativeCtx&, Slot* io) {
  ParseStatus status;
  uint64_t v = parseUintCore(argString(io[0]), io[1].i, io[2].i, &status);
  io[0].u = v;
  io[1].i = status;
}

void nativeParseInt(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  int64_t base = io[1].i, bitSize = io[2].i;
  if (s.empty()) {
    io[0].i = 0;
    io[1].i = kSyntax;
    return;
  }
  bool neg = false;
  if (s[0] == '+') s.remove_prefix(1);
  else if (s[0] == '-') neg = true, s.remove_prefix(1);
  ParseStatus status;
  uint64_t un = parseUintCore(s, base, bitSize, &status);
  if (status != kOK && status != kRange) {
    io[0].i = 0;
    io[1].i = status;
    return;
  }
  if (bitSize == 0) bitSize = 64;
  uint64_t cutoff = uint64_t{1} << (bitSize - 1);
  int64_t v;
  if (!neg && un >= cutoff) {
    v = static_cast<int64_t>(cutoff - 1);
    status = kRange;
  } else if (neg && un > cutoff) {
    v = -static_cast<int64_t>(cutoff - 1) - 1;
    status = kRange;
  } else {
    v = neg ? static_cast<int64_t>(0 - un) : static_cast<int64_t>(un);
  }
  io[0].i = v;
  io[1].i = status;
}

// ParseFloat: decimal and hexadecimal forms, "inf"/"infinity"/"nan" in any case, with an
// optional sign; overflow gives ±Inf with a range error.
void nativeParseFloat(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  int64_t bitSize = io[1].i;
  std::string text;
  for (char c : s)
    if (c != '_') text.push_back(c);
  bool hadUnderscore = text.size() != s.size();
  std::string_view t = text;
  bool neg = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    neg = t[0] == '-';
    t.remove_prefix(1);
  }
  std::string lowered;
  for (char c : t) lowered.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  double v = 0;
  bool ok = false;
  bool isHex = lowered.size() > 2 && lowered[0] == '0' && lowered[1] == 'x';
  if (lowered == "inf" || lowered == "infinity") {
    v = INFINITY, ok = true;
  } else if (lowered == "nan") {
    v = NAN, ok = true;
  } else if (!t.empty() && (std::isdigit(static_cast<unsigned char>(t[0])) || t[0] == '.') &&
             (!hadUnderscore || underscoreOK(s))) {
    std::string_view body = isHex ? t.substr(2) : t;
    auto fmt = isHex ? std::chars_format::hex : std::chars_format::general;
    const char* end = body.data() + body.size();
    std::from_chars_result r;
    if (bitSize == 32) {
      float f;
      r = std::from_chars(body.data(), end, f, fmt);
      v = f;
    } else {
      r = std::from_chars(body.data(), end, v, fmt);
    }
    if (r.ptr == end && r.ec == std::errc()) {
      ok = true;
    } else if (r.ptr == end && r.ec == std::errc::result_out_of_range) {
      // from_chars leaves v untouched: decide between overflow and underflow by strtod.
      double approx = std::strtod(std::string(t).c_str(), nullptr);
      if (std::fabs(approx) >= 1) {
        io[0].f = neg ? -INFINITY : INFINITY;
        io[1].i = kRange;
        return;
      }
      v = 0, ok = true;
    }
  }
  if (!ok) {
    io[0].f = 0;
    io[1].i = kSyntax;
    return;
  }
  if (bitSize == 32 && std::isinf(static_cast<float>(v)) && !std::isinf(v)) {
    io[0].f = neg ? -INFINITY : INFINITY;
    io[1].i = kRange;
    return;
  }
  io[0].f = neg ? -v : v;
  io[1].i = kOK;
}

void nativeFormatInt(NativeCtx&, Slot* io) { io[0] = stringSlot(formatInt(io[0].i, static_cast<int>(io[1].i))); }
void nativeFormatUint(NativeCtx&, Slot* io) { io[0] = stringSlot(formatUint(io[0].u, static_cast<int>(io[1].i))); }
void nativeFormatFloat(NativeCtx&, Slot* io) {
  io[0] = stringSlot(formatFloat(io[0].f, static_cast<char>(io[1].u), static_cast<int>(io[2].i),
                                 static_cast<int>(io[3].i)));
}

template <bool AsciiOnly>
void nativeQuote(NativeCtx&, Slot* io) {
  std::string out;
  appendQuote(out, argString(io[0]), AsciiOnly);
  io[0] = stringSlot(out);
}

template <bool AsciiOnly>
void nativeQuoteRune(NativeCtx&, Slot* io) {
  std::string out;
  int64_t r = io[0].i;
  appendQuoteRune(out, r < 0 || r > 0x10FFFF ? 0xFFFD : static_cast<char32_t>(r), AsciiOnly);
  io[0] = stringSlot(out);
}

void nativeCanBackquote(NativeCtx&, Slot* io) { io[0].u = canBackquote(argString(io[0])); }
void nativeIsPrint(NativeCtx&, Slot* io) {
  int64_t r = io[0].i;
  io[0].u = r >= 0 && r <= 0x10FFFF && isPrintRune(static_cast<char32_t>(r));
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (lower(c) >= 'a' && lower(c) <= 'f') return lower(c) - 'a' + 10;
  return -1;
}

// strconv.UnquoteChar: decodes the character or escape sequence at the start of s, the
// body of a literal quoted with `quote`, and advances s past it. False on a syntax error.
// `multibyte`: the value is a rune to encode as UTF-8 (\x and octal escapes are bytes).
bool unquoteChar(std::string_view& s, char quote, char32_t* value, bool* multibyte) {
  if (s.empty()) return false;
  char c = s[0];
  *multibyte = false;
  if (c == quote && (quote == '\'' || quote == '"')) return false;
  if (static_cast<unsigned char>(c) >= 0x80) {
    int width;
    *value = decodeRune(s, &width);
    *multibyte = true;
    s.remove_prefix(static_cast<size_t>(width));
    return true;
  }
  if (c != '\\') {
    *value = static_cast<unsigned char>(c);
    s.remove_prefix(1);
    return true;
  }
  if (s.size() < 2) return false;
  c = s[1];
  s.remove_prefix(2);
  switch (c) {
    case 'a': *value = '\a'; return true;
    case 'b': *value = '\b'; return true;
    case 'f': *value = '\f'; return true;
    case 'n': *value = '\n'; return true;
    case 'r': *value = '\r'; return true;
    case 't': *value = '\t'; return true;
    case 'v': *value = '\v'; return true;
    case '\\': *value = '\\'; return true;
    case '\'':
    case '"':
      if (c != quote) return false;
      *value = static_cast<unsigned char>(c);
      return true;
    case 'x':
    case 'u':
    case 'U': {
      size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      if (s.size() < digits) return false;
      uint32_t v = 0;
      for (size_t i = 0; i < digits; i++) {
        int d = hexDigit(s[i]);
        if (d < 0) return false;
        v = v << 4 | static_cast<uint32_t>(d);
      }
      s.remove_prefix(digits);
      if (c != 'x') {
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
        *multibyte = true;
      }
      *value = v;
      return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      uint32_t v = static_cast<uint32_t>(c - '0');
      if (s.size() < 2) return false;
      for (size_t i = 0; i < 2; i++) {
        if (s[i] < '0' || s[i] > '7') return false;
        v = v << 3 | static_cast<uint32_t>(s[i] - '0');
      }
      if (v > 255) return false;
      s.remove_prefix(2);
      *value = v;
      return true;
    }
    default: return false;
  }
}

// The quoted literal at the start of `in` (strconv's unquote): its length in *consumed and,
// when `out` is given, its value. Double-quoted strings without escapes must be valid UTF-8
// to be taken verbatim; otherwise every character is decoded, invalid bytes as U+FFFD.
bool scanQuoted(std::string_view in, std::string* out, size_t* consumed) {
  if (in.size() < 2) return false;
  char quote = in[0];
  size_t close = in.find(quote, 1);
  if (close == std::string_view::npos) return false;
  std::string_view body = in.substr(1, close - 1);
  if (quote == '`') {
    if (out)
      for (char c : body)
        if (c != '\r') out->push_back(c);  // raw strings drop carriage returns
    *consumed = close + 1;
    return true;
  }
  if (quote != '"' && quote != '\'') return false;
  if (body.find('\\') == std::string_view::npos && body.find('\n') == std::string_view::npos) {
    bool verbatim;
    if (quote == '"') {
      verbatim = true;
      for (std::string_view rest = body; !rest.empty() && verbatim;) {
        int width;
        char32_t r = decodeRune(rest, &width);
        verbatim = !(r == 0xFFFD && width == 1);
        rest.remove_prefix(static_cast<size_t>(width));
      }
    } else {
      int width;
      char32_t r = decodeRune(body, &width);
      verbatim = static_cast<size_t>(width) == body.size() && !(r == 0xFFFD && width == 1);
    }
    if (verbatim) {
      if (out) out->assign(body);
      *consumed = close + 1;
      return true;
    }
  }
  std::string_view rest = in.substr(1);
  while (!rest.empty() && rest[0] != quote) {
    if (rest[0] == '\n') return false;
    char32_t value;
    bool multibyte;
    if (!unquoteChar(rest, quote, &value, &multibyte)) return false;
    if (out) {
      if (value < 0x80 || !multibyte) out->push_back(static_cast<char>(value));
      else appendRune(*out, value);
    }
    if (quote == '\'') break;  // exactly one character
  }
  if (rest.empty() || rest[0] != quote) return false;
  *consumed = in.size() - rest.size() + 1;
  return true;
}

void nativeUnquoteChar(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  const String* base = static_cast<const String*>(io[0].p);
  char quote = static_cast<char>(io[1].u);
  char32_t value;
  bool multibyte;
  bool ok = unquoteChar(s, quote, &value, &multibyte);
  io[0].i = ok ? static_cast<int64_t>(value) : 0;
  io[1].u = ok && multibyte;
  io[2].p = ok ? substring(base, s) : nullptr;
  io[3].u = ok;
}

void nativeQuotedPrefix(NativeCtx&, Slot* io) {
  size_t n = 0;
  bool ok = scanQuoted(argString(io[0]), nullptr, &n);
  io[0].i = ok ? static_cast<int64_t>(n) : 0;
  io[1].u = ok;
}

void nativeUnquote(NativeCtx&, Slot* io) {
  std::string_view s = argString(io[0]);
  std::string value;
  size_t n = 0;
  bool ok = scanQuoted(s, &value, &n) && n == s.size();
  io[0] = ok ? stringSlot(value) : Slot{.p = nullptr};
  io[1].u = ok;
}

}  // namespace

void registerStrconv() {
  registerPackage(PackageDef{"strconv",
                             kSource,
                             {
                                 {"parseInt", nativeParseInt},
                                 {"parseUint", nativeParseUint},
                                 {"parseFloat", nativeParseFloat},
                                 {"FormatInt", nativeFormatInt},
                                 {"FormatUint", nativeFormatUint},
                                 {"FormatFloat", nativeFormatFloat},
                                 {"Quote", nativeQuote<false>},
                                 {"QuoteToASCII", nativeQuote<true>},
                                 {"QuoteRune", nativeQuoteRune<false>},
                                 {"QuoteRuneToASCII", nativeQuoteRune<true>},
                                 {"CanBackquote", nativeCanBackquote},
                                 {"IsPrint", nativeIsPrint},
                                 {"unquoteChar", nativeUnquoteChar},
                                 {"quotedPrefix", nativeQuotedPrefix},
                                 {"unquote", nativeUnquote},
                             }});
}

}  // namespace goro::stdlib

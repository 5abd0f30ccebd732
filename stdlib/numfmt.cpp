// The strconv layer of stdlib/format.h: float and integer text, UTF-8, quoting.
//
// Floats: std::to_chars gives the shortest round-trip digits (for float and double) and
// exactly rounded fixed-precision digits, which are precisely the digit strings Go's
// strconv computes; only %g's choice between the %e and %f layouts is Go's own, so the
// digits are laid out here following strconv's rules.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "stdlib/format.h"
#include "stdlib/unicode.h"

namespace goro::stdlib {

namespace {

// A decimal digit string d[0..nd) with the decimal point before digit dp
// (value = 0.d * 10^dp); nd == 0 means zero.
struct Decimal {
  std::string digits;
  int dp = 0;
  bool neg = false;
};

// Parses to_chars' scientific output ("-1.2345e+06", "5e-324") into a Decimal with
// trailing zeros removed.
Decimal parseScientific(std::string_view sci) {
  Decimal d;
  size_t i = 0;
  if (sci[i] == '-') {
    d.neg = true;
    i++;
  }
  size_t e = sci.find('e');
  for (; i < e; i++)
    if (sci[i] != '.') d.digits.push_back(sci[i]);
  int exp = 0;
  std::from_chars(sci.data() + e + 1 + (sci[e + 1] == '+'), sci.data() + sci.size(), exp);
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  d.dp = d.digits.empty() ? 0 : exp + 1;
  return d;
}

// Runs std::to_chars on v as a float of bitSize bits; precision < 0: shortest.
std::string toChars(double v, std::chars_format form, int precision, int bitSize) {
  // The longest shortest-form text is fixed notation of the smallest subnormal (327 bytes).
  std::string buf(400 + std::max(precision, 0), '\0');
  char* first = buf.data();
  char* last = buf.data() + buf.size();
  std::to_chars_result r;
  if (bitSize == 32) {
    float f = static_cast<float>(v);
    r = precision < 0 ? std::to_chars(first, last, f, form) : std::to_chars(first, last, f, form, precision);
  } else {
    r = precision < 0 ? std::to_chars(first, last, v, form) : std::to_chars(first, last, v, form, precision);
  }
  buf.resize(r.ptr - first);
  return buf;
}

// strconv's %e layout of d with prec digits after the point.
void layoutE(std::string& out, const Decimal& d, int prec, char expChar) {
  if (d.neg) out.push_back('-');
  int nd = static_cast<int>(d.digits.size());
  out.push_back(nd == 0 ? '0' : d.digits[0]);
  if (prec > 0) {
    out.push_back('.');
    int i = 1;
    for (int end = std::min(nd, prec + 1); i < end; i++) out.push_back(d.digits[i]);
    for (; i <= prec; i++) out.push_back('0');
  }
  out.push_back(expChar);
  int exp = nd == 0 ? 0 : d.dp - 1;
  out.push_back(exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp < 10) out.push_back('0');
  out += std::to_string(exp);
}

// strconv's %f layout of d with prec digits after the point.
void layoutF(std::string& out, const Decimal& d, int prec) {
  if (d.neg) out.push_back('-');
  int nd = static_cast<int>(d.digits.size());
  if (d.dp > 0) {
    int m = std::min(nd, d.dp);
    out.append(d.digits, 0, m);
    out.append(d.dp - m, '0');
  } else {
    out.push_back('0');
  }
  if (prec > 0) {
    out.push_back('.');
    for (int i = 1; i <= prec; i++) {
      int j = d.dp + i - 1;
      out.push_back(j >= 0 && j < nd ? d.digits[j] : '0');
    }
  }
}

std::string formatG(double v, char fmt, int prec, int bitSize) {
  bool shortest = prec < 0;
  int sig = shortest ? -1 : (prec == 0 ? 1 : prec);
  Decimal d = parseScientific(toChars(v, std::chars_format::scientific, sig < 0 ? -1 : sig - 1, bitSize));
  int nd = static_cast<int>(d.digits.size());
  if (shortest) prec = nd;
  else if (prec == 0) prec = 1;
  int eprec = prec;
  if (eprec > nd && nd >= d.dp) eprec = nd;
  // %e is used if the exponent is below -4 or at least the precision (6 for shortest).
  if (shortest) eprec = 6;
  int exp = d.dp - 1;
  std::string out;
  if (exp < -4 || exp >= eprec) {
    if (prec > nd) prec = nd;
    layoutE(out, d, prec - 1, fmt == 'G' ? 'E' : 'e');
  } else {
    if (prec > d.dp) prec = nd;
    layoutF(out, d, std::max(prec - d.dp, 0));
  }
  return out;
}

constexpr char kLowerHex[] = "0123456789abcdef";

void appendEscapedRune(std::string& out, char32_t r, char quote, bool asciiOnly) {
  if (r == static_cast<char32_t>(quote) || r == '\\') {
    out.push_back('\\');
    out.push_back(static_cast<char>(r));
    return;
  }
  if (asciiOnly ? (r < 0x80 && isPrintRune(r)) : isPrintRune(r)) {
    appendRune(out, r);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  auto hex = [&](const char* prefix, int ndigits) {
    out += prefix;
    for (int shift = (ndigits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kLowerHex[(r >> shift) & 0xF]);
  };
  if (r < ' ' || r == 0x7F) hex("\\x", 2);
  else if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
    r = 0xFFFD;
    hex("\\u", 4);
  } else if (r < 0x10000) hex("\\u", 4);
  else hex("\\U", 8);
}

// strconv 'b': decimal mantissa "p" binary exponent.
std::string formatFloatBinary(double v, int size) {
  uint64_t bits;
  int mantBits = size == 32 ? 23 : 52, expBits = size == 32 ? 8 : 11, bias = size == 32 ? -127 : -1023;
  if (size == 32) {
    float f = static_cast<float>(v);
    uint32_t b32;
    std::memcpy(&b32, &f, 4);
    bits = b32;
  } else {
    std::memcpy(&bits, &v, 8);
  }
  bool neg = (bits >> (expBits + mantBits)) & 1;
  int exp = static_cast<int>((bits >> mantBits) & ((1u << expBits) - 1));
  uint64_t mant = bits & ((uint64_t{1} << mantBits) - 1);
  if (exp == 0) exp++;
  else mant |= uint64_t{1} << mantBits;
  exp += bias - mantBits;
  std::string s = neg ? "-" : "";
  s += formatUint(mant, 10);
  s += 'p';
  if (exp >= 0) s += '+';
  s += std::to_string(exp);
  return s;
}

// strconv 'x': -0x1.23abcp+20, with prec hex digits after the point (-1: as needed).
std::string formatFloatHex(double v, int size, int prec, bool upper) {
  if (size == 32) v = static_cast<float>(v);
  bool neg = std::signbit(v);
  v = std::fabs(v);
  int exp = 0;
  uint64_t mant = 0;  // 1.xxxx with 60 fraction bits
  if (v != 0) {
    double m = std::frexp(v, &exp);  // v = m * 2^exp, m in [0.5, 1)
    mant = static_cast<uint64_t>(std::ldexp(m, 61));
    exp--;
  }
  const int fracBits = 60;
  if (prec >= 0 && prec < 15) {  // round to nearest even at prec hex digits
    int shift = fracBits - 4 * prec;
    uint64_t half = uint64_t{1} << (shift - 1);
    uint64_t rem = mant & ((uint64_t{1} << shift) - 1);
    mant >>= shift;
    if (rem > half || (rem == half && (mant & 1))) mant++;
    mant <<= shift;
    if (mant >> (fracBits + 1)) {
      mant >>= 1;
      exp++;
    }
  }
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string s = neg ? "-" : "";
  s += upper ? "0X" : "0x";
  s += static_cast<char>('0' + (mant >> fracBits));
  std::string frac;
  uint64_t f = mant & ((uint64_t{1} << fracBits) - 1);
  for (int i = 0; i < 15; i++) frac.push_back(digits[(f >> (fracBits - 4 * (i + 1))) & 0xF]);
  if (prec < 0) {
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
  } else {
    frac.resize(static_cast<size_t>(prec), '0');
  }
  if (!frac.empty()) s += "." + frac;
  s += upper ? 'P' : 'p';
  s += exp >= 0 ? '+' : '-';
  int e = std::abs(exp);
  if (e < 10) s += '0';
  s += std::to_string(e);
  return s;
}

}  // namespace

std::string formatFloat(double v, char fmt, int prec, int bitSize) {
  if (bitSize == 32) v = static_cast<float>(v);  // may overflow to Inf
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  switch (fmt) {
    case 'e':
    case 'E': {
      std::string s = toChars(v, std::chars_format::scientific, prec, bitSize);
      if (fmt == 'E')
        for (char& c : s)
          if (c == 'e') c = 'E';
      return s;
    }
    case 'f':
    case 'F': {
      if (prec >= 0) return toChars(v, std::chars_format::fixed, prec, bitSize);
      // Shortest: the round-trip digits, then zeros (to_chars' fixed form would print
      // the exact value of a large float instead).
      Decimal d = parseScientific(toChars(v, std::chars_format::scientific, -1, bitSize));
      std::string out;
      layoutF(out, d, std::max(static_cast<int>(d.digits.size()) - d.dp, 0));
      return out;
    }
    case 'b':
      return formatFloatBinary(v, bitSize);
    case 'x':
    case 'X':
      return formatFloatHex(v, bitSize, prec, fmt == 'X');
    default:
      return formatG(v, fmt, prec, bitSize);
  }
}

std::string formatUint(uint64_t v, int base) {
  char buf[65];
  auto r = std::to_chars(buf, buf + sizeof buf, v, base);
  return std::string(buf, r.ptr);
}

std::string formatInt(int64_t v, int base) {
  char buf[66];
  auto r = std::to_chars(buf, buf + sizeof buf, v, base);
  return std::string(buf, r.ptr);
}

bool isPrintRune(char32_t r) { return unicode::isPrint(r); }

char32_t decodeRune(std::string_view s, int* width) {
  if (s.empty()) {
    *width = 0;
    return 0xFFFD;
  }
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c0 = b(0);
  *width = 1;
  if (c0 < 0x80) return c0;
  int n;
  char32_t r;
  char32_t min;
  if (c0 >= 0xC2 && c0 <= 0xDF) n = 2, r = c0 & 0x1F, min = 0x80;
  else if (c0 >= 0xE0 && c0 <= 0xEF) n = 3, r = c0 & 0x0F, min = 0x800;
  else if (c0 >= 0xF0 && c0 <= 0xF4) n = 4, r = c0 & 0x07, min = 0x10000;
  else return 0xFFFD;
  if (s.size() < static_cast<size_t>(n)) return 0xFFFD;
  for (int i = 1; i < n; i++) {
    if ((b(i) & 0xC0) != 0x80) return 0xFFFD;
    r = (r << 6) | (b(i) & 0x3F);
  }
  if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
  *width = n;
  return r;
}

void appendRune(std::string& out, char32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out.push_back(static_cast<char>(r));
  } else if (r < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (r >> 6)));
    out.push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else if (r < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (r >> 12)));
    out.push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (r >> 18)));
    out.push_back(static_cast<char>(0x80 | ((r >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (r & 0x3F)));
  }
}

void appendQuote(std::string& out, std::string_view s, bool asciiOnly) {
  out.push_back('"');
  while (!s.empty()) {
    int width;
    char32_t r = decodeRune(s, &width);
    if (width == 1 && r == 0xFFFD) {
      unsigned char c = static_cast<unsigned char>(s[0]);
      out += "\\x";
      out.push_back(kLowerHex[c >> 4]);
      out.push_back(kLowerHex[c & 0xF]);
    } else {
      appendEscapedRune(out, r, '"', asciiOnly);
    }
    s.remove_prefix(width);
  }
  out.push_back('"');
}

void appendQuoteRune(std::string& out, char32_t r, bool asciiOnly) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  out.push_back('\'');
  appendEscapedRune(out, r, '\'', asciiOnly);
  out.push_back('\'');
}

bool canBackquote(std::string_view s) {
  while (!s.empty()) {
    int width;
    char32_t r = decodeRune(s, &width);
    s.remove_prefix(width);
    if (width > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == 0xFFFD) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

}  // namespace goro::stdlib

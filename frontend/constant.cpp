// Exact constant arithmetic: arbitrary-precision integers and exact rationals.
//
// Design: integer constants are sign-magnitude big integers (32-bit limbs, any size; the
// checker enforces Go's limits). Untyped float constants are exact rationals num/den
// (den > 0, gcd 1), so `1.0/3*3 == 1` holds as Go requires; they are rounded only when
// read as float64 or when the checker rounds them to a typed float context. A Constant
// shares its immutable representation, so copying one is cheap.
#include "frontend/constant.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "frontend/ast.h"

namespace goro {

namespace {

// ---------------------------------------------------------------- unsigned magnitudes

using Limbs = std::vector<uint32_t>;  // little-endian, no leading zero limbs

void trim(Limbs& a) {
  while (!a.empty() && a.back() == 0) a.pop_back();
}

int cmpMag(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

Limbs addMag(const Limbs& a, const Limbs& b) {
  Limbs r(std::max(a.size(), b.size()) + 1, 0);
  uint64_t carry = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t s = carry;
    if (i < a.size()) s += a[i];
    if (i < b.size()) s += b[i];
    r[i] = static_cast<uint32_t>(s);
    carry = s >> 32;
  }
  trim(r);
  return r;
}

// a - b with a >= b.
Limbs subMag(const Limbs& a, const Limbs& b) {
  Limbs r(a.size(), 0);
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = static_cast<int64_t>(a[i]) - borrow - (i < b.size() ? static_cast<int64_t>(b[i]) : 0);
    borrow = d < 0;
    r[i] = static_cast<uint32_t>(d + (borrow ? (int64_t(1) << 32) : 0));
  }
  trim(r);
  return r;
}

Limbs mulMag(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  Limbs r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = static_cast<uint64_t>(a[i]) * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  trim(r);
  return r;
}

size_t bitLenMag(const Limbs& a) {
  if (a.empty()) return 0;
  return (a.size() - 1) * 32 + (32 - __builtin_clz(a.back()));
}

bool bitAt(const Limbs& a, size_t i) { return i / 32 < a.size() && ((a[i / 32] >> (i % 32)) & 1); }

Limbs shlMag(const Limbs& a, size_t s) {
  if (a.empty()) return {};
  Limbs r(a.size() + s / 32 + 1, 0);
  size_t words = s / 32, bits = s % 32;
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t v = static_cast<uint64_t>(a[i]) << bits;
    r[i + words] |= static_cast<uint32_t>(v);
    r[i + words + 1] |= static_cast<uint32_t>(v >> 32);
  }
  trim(r);
  return r;
}

Limbs shrMag(const Limbs& a, size_t s) {
  size_t words = s / 32, bits = s % 32;
  if (words >= a.size()) return {};
  Limbs r(a.size() - words, 0);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t v = a[i + words];
    if (i + words + 1 < a.size()) v |= static_cast<uint64_t>(a[i + words + 1]) << 32;
    r[i] = static_cast<uint32_t>(v >> bits);
  }
  trim(r);
  return r;
}

// Quotient and remainder of a / b (b nonzero): one-limb fast path, else bitwise long
// division, which is ample for constant folding.
void divModMag(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r) {
  if (b.size() == 1) {
    q.assign(a.size(), 0);
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | a[i];
      q[i] = static_cast<uint32_t>(cur / b[0]);
      rem = cur % b[0];
    }
    trim(q);
    r.clear();
    if (rem) r.push_back(static_cast<uint32_t>(rem));
    return;
  }
  if (cmpMag(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  q.assign(a.size(), 0);
  r.clear();
  for (size_t i = bitLenMag(a); i-- > 0;) {
    r = shlMag(r, 1);
    if (bitAt(a, i)) {
      if (r.empty()) r.push_back(0);
      r[0] |= 1;
    }
    if (cmpMag(r, b) >= 0) {
      r = subMag(r, b);
      q[i / 32] |= uint32_t(1) << (i % 32);
    }
  }
  trim(q);
}

// ---------------------------------------------------------------- signed integers

struct BigInt {
  bool neg = false;
  Limbs mag;

  static BigInt fromU64(uint64_t v) {
    BigInt b;
    if (v) b.mag.push_back(static_cast<uint32_t>(v));
    if (v >> 32) b.mag.push_back(static_cast<uint32_t>(v >> 32));
    return b;
  }
  static BigInt fromI64(int64_t v) {
    BigInt b = fromU64(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v));
    b.neg = v < 0;
    return b;
  }
  bool isZero() const { return mag.empty(); }
  int sign() const { return isZero() ? 0 : neg ? -1 : 1; }
  void normalize() {
    trim(mag);
    if (mag.empty()) neg = false;
  }
};

BigInt make(bool neg, Limbs mag) {
  BigInt r;
  r.neg = neg;
  r.mag = std::move(mag);
  r.normalize();
  return r;
}

int cmp(const BigInt& a, const BigInt& b) {
  if (a.sign() != b.sign()) return a.sign() < b.sign() ? -1 : 1;
  int c = cmpMag(a.mag, b.mag);
  return a.neg ? -c : c;
}

BigInt add(const BigInt& a, const BigInt& b) {
  if (a.neg == b.neg) return make(a.neg, addMag(a.mag, b.mag));
  if (cmpMag(a.mag, b.mag) >= 0) return make(a.neg, subMag(a.mag, b.mag));
  return make(b.neg, subMag(b.mag, a.mag));
}

BigInt negate(BigInt a) {
  a.neg = !a.neg;
  a.normalize();
  return a;
}

BigInt sub(const BigInt& a, const BigInt& b) { return add(a, negate(b)); }
BigInt mul(const BigInt& a, const BigInt& b) { return make(a.neg != b.neg, mulMag(a.mag, b.mag)); }

// Truncated division, as Go's / and % on integers.
void quoRem(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  Limbs qm, rm;
  divModMag(a.mag, b.mag, qm, rm);
  q = make(a.neg != b.neg, std::move(qm));
  r = make(a.neg, std::move(rm));
}

BigInt gcd(BigInt a, BigInt b) {
  a.neg = b.neg = false;
  while (!b.isZero()) {
    BigInt q, r;
    quoRem(a, b, q, r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

BigInt pow10(unsigned n) {
  BigInt r = BigInt::fromU64(1);
  BigInt ten9 = BigInt::fromU64(1000000000);
  for (; n >= 9; n -= 9) r = mul(r, ten9);
  uint64_t rest = 1;
  while (n-- > 0) rest *= 10;
  return mul(r, BigInt::fromU64(rest));
}

// Two's complement bit operations on arbitrary-size integers: operate on a window wide
// enough for both operands plus a sign bit.
BigInt bitwise(const BigInt& a, const BigInt& b, Tok op) {
  size_t words = std::max(a.mag.size(), b.mag.size()) + 1;
  auto twos = [words](const BigInt& x) {
    Limbs w(words, 0);
    std::copy(x.mag.begin(), x.mag.end(), w.begin());
    if (x.neg) {
      for (uint32_t& limb : w) limb = ~limb;
      for (uint32_t& limb : w)
        if (++limb != 0) break;
    }
    return w;
  };
  Limbs x = twos(a), y = twos(b), r(words);
  for (size_t i = 0; i < words; ++i) {
    switch (op) {
      case Tok::And: r[i] = x[i] & y[i]; break;
      case Tok::Or: r[i] = x[i] | y[i]; break;
      case Tok::Xor: r[i] = x[i] ^ y[i]; break;
      default: r[i] = x[i] & ~y[i]; break;  // AndNot
    }
  }
  bool negative = r.back() >> 31;
  if (negative) {
    for (uint32_t& limb : r) limb = ~limb;
    for (uint32_t& limb : r)
      if (++limb != 0) break;
  }
  return make(negative, std::move(r));
}

std::string decimal(const BigInt& v) {
  if (v.isZero()) return "0";
  std::string digits;
  Limbs cur = v.mag, q, r;
  const Limbs billion{1000000000};
  while (!cur.empty()) {
    divModMag(cur, billion, q, r);
    uint32_t chunk = r.empty() ? 0 : r[0];
    for (int i = 0; i < 9; ++i) {
      digits += static_cast<char>('0' + chunk % 10);
      chunk /= 10;
      if (q.empty() && chunk == 0) break;
    }
    cur = q;
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (v.neg) digits += '-';
  std::reverse(digits.begin(), digits.end());
  return digits;
}

// The exact rational a/b rounded to the nearest binary floating-point value with `prec`
// significant bits and minimum normal exponent `emin` (ties to even), returned as a
// double: prec 53 / emin -1022 is float64, prec 24 / emin -126 is float32. Rounding
// straight from the rational avoids double rounding. Overflow yields infinity.
double roundRat(const BigInt& num, const BigInt& den, int prec, int emin) {
  if (num.isZero()) return 0.0;
  // Scale so that the quotient has 65 or 66 significant bits, then round once.
  long shift = 66 - (static_cast<long>(bitLenMag(num.mag)) - static_cast<long>(bitLenMag(den.mag)));
  Limbs n = num.mag, d = den.mag;
  if (shift > 0) n = shlMag(n, static_cast<size_t>(shift));
  else if (shift < 0) d = shlMag(d, static_cast<size_t>(-shift));
  Limbs q, r;
  divModMag(n, d, q, r);
  uint64_t bits = 0;
  size_t qlen = bitLenMag(q);
  // Keep 64 bits of quotient, folding the rest (and any remainder) into a sticky bit.
  bool sticky = !r.empty();
  if (qlen > 64) {
    size_t extra = qlen - 64;
    for (size_t i = 0; i < extra; ++i) sticky = sticky || bitAt(q, i);
    q = shrMag(q, extra);
    shift -= static_cast<long>(extra);
  }
  for (size_t i = 0; i < q.size() && i < 2; ++i) bits |= static_cast<uint64_t>(q[i]) << (32 * i);
  // bits has 64 significant bits; round to 53 with ties-to-even, unless subnormal/overflow.
  int exp2 = static_cast<int>(64 - shift);  // value = bits * 2^(-shift) = 0.bits * 2^exp2
  // Subnormals keep only the bits of weight >= 2^(emin - prec + 1).
  int keep = std::min(prec, exp2 - emin + prec - 1);
  if (keep < 0) return num.neg ? -0.0 : 0.0;
  uint64_t mant = keep > 0 ? bits >> (64 - keep) : 0;
  uint64_t rest = keep > 0 ? bits & ((uint64_t(1) << (64 - keep)) - 1) : bits;
  uint64_t half = uint64_t(1) << (63 - keep);
  if (rest > half || (rest == half && (sticky || (mant & 1)))) ++mant;
  double out = std::ldexp(static_cast<double>(mant), exp2 - keep);
  // At or beyond 2^(emax+1) the value is not finite in the format (emax = 1 - emin).
  int emax = 1 - emin;
  if (mant != 0 && (64 - __builtin_clzll(mant)) + exp2 - keep > emax + 1) out = HUGE_VAL;
  return num.neg ? -out : out;
}

double ratToDouble(const BigInt& num, const BigInt& den) { return roundRat(num, den, 53, -1022); }

}  // namespace

// ---------------------------------------------------------------- Constant

struct Constant::Rep {
  bool b = false;
  std::string s;
  BigInt num;  // Int: the value; Float: numerator
  BigInt den;  // Float: denominator (> 0)
};

// Builders that need the private representation.
struct ConstantAccess {
  static Constant make(Constant::Kind k, Constant::Rep rep) {
    Constant c;
    c.kind_ = k;
    c.rep_ = std::make_shared<const Constant::Rep>(std::move(rep));
    return c;
  }
  static Constant makeInt(BigInt v) {
    Constant::Rep rep;
    rep.num = std::move(v);
    return make(Constant::Kind::Int, std::move(rep));
  }
  // num/den reduced to lowest terms with den > 0.
  static Constant makeRat(BigInt num, BigInt den) {
    if (den.neg) {
      num = negate(num);
      den = negate(den);
    }
    BigInt g = gcd(num, den);
    if (!(g.mag.size() == 1 && g.mag[0] == 1) && !g.isZero()) {
      BigInt q, r;
      quoRem(num, g, q, r);
      num = q;
      quoRem(den, g, q, r);
      den = q;
    }
    if (num.isZero()) den = BigInt::fromU64(1);
    Constant::Rep rep;
    rep.num = std::move(num);
    rep.den = std::move(den);
    return make(Constant::Kind::Float, std::move(rep));
  }
  static const Constant::Rep& rep(const Constant& c) { return *c.rep_; }
  // Numerator and denominator of an Int or Float constant.
  static void ratio(const Constant& c, BigInt& num, BigInt& den) {
    num = c.rep_->num;
    den = c.kind_ == Constant::Kind::Int ? BigInt::fromU64(1) : c.rep_->den;
  }
};

Constant Constant::makeBool(bool b) {
  Rep rep;
  rep.b = b;
  return ConstantAccess::make(Kind::Bool, std::move(rep));
}

Constant Constant::makeString(std::string s) {
  Rep rep;
  rep.s = std::move(s);
  return ConstantAccess::make(Kind::String, std::move(rep));
}

Constant Constant::makeInt64(int64_t v) { return ConstantAccess::makeInt(BigInt::fromI64(v)); }
Constant Constant::makeUint64(uint64_t v) { return ConstantAccess::makeInt(BigInt::fromU64(v)); }

Constant Constant::makeFloat64(double v) {
  if (!std::isfinite(v)) return {};
  int exp = 0;
  double frac = std::frexp(v, &exp);  // v = frac * 2^exp, 0.5 <= |frac| < 1
  auto mant = static_cast<int64_t>(std::ldexp(frac, 53));
  exp -= 53;
  BigInt num = BigInt::fromI64(mant), den = BigInt::fromU64(1);
  if (exp > 0) num.mag = shlMag(num.mag, static_cast<size_t>(exp));
  else den.mag = shlMag(den.mag, static_cast<size_t>(-exp));
  num.normalize();
  return ConstantAccess::makeRat(std::move(num), std::move(den));
}

namespace {

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// Appends the UTF-8 encoding of code point r.
void appendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// Decodes one UTF-8 code point at text[i], advancing i; invalid bytes decode as U+FFFD.
uint32_t decodeUtf8(const std::string& text, size_t& i) {
  auto c = static_cast<unsigned char>(text[i]);
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > text.size()) {
    ++i;
    return 0xFFFD;
  }
  uint32_t r = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) r = (r << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += n;
  return r;
}

// Interprets the escapes of a quoted Go literal body. `quote` is ' or ". Returns false on a
// malformed escape. Byte escapes (\x, octal) append raw bytes; the others UTF-8.
bool unescape(const std::string& body, char quote, std::string& out) {
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    if (++i >= body.size()) return false;
    char e = body[i++];
    switch (e) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '\'':
      case '"':
        if (e != quote) return false;
        out += e;
        break;
      case 'x': case 'u': case 'U': {
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (i + n > body.size()) return false;
        uint32_t v = 0;
        for (int k = 0; k < n; ++k) {
          int d = digitValue(body[i + k]);
          if (d > 15) return false;
          v = v * 16 + d;
        }
        i += n;
        if (e == 'x') {
          out += static_cast<char>(v);
        } else {
          if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) return false;
          appendUtf8(out, v);
        }
        break;
      }
      default: {
        if (e < '0' || e > '7' || i + 2 > body.size()) return false;
        uint32_t v = e - '0';
        for (int k = 0; k < 2; ++k) {
          char d = body[i + k];
          if (d < '0' || d > '7') return false;
          v = v * 8 + (d - '0');
        }
        if (v > 255) return false;
        i += 2;
        out += static_cast<char>(v);
      }
    }
  }
  return true;
}

// Parses an integer literal with optional base prefix and underscores.
bool parseInt(std::string text, BigInt& out) {
  text.erase(std::remove(text.begin(), text.end(), '_'), text.end());
  unsigned base = 10;
  size_t i = 0;
  if (text.size() > 1 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x') base = 16, i = 2;
    else if (p == 'b') base = 2, i = 2;
    else if (p == 'o') base = 8, i = 2;
    else base = 8, i = 1;
  }
  if (i >= text.size() && base != 8) return false;
  BigInt v, b = BigInt::fromU64(base);
  for (; i < text.size(); ++i) {
    int d = digitValue(text[i]);
    if (d >= static_cast<int>(base)) return false;
    v = add(mul(v, b), BigInt::fromU64(static_cast<uint64_t>(d)));
  }
  out = v;
  return true;
}

// Parses a decimal or hexadecimal floating-point literal exactly.
bool parseFloat(std::string text, BigInt& num, BigInt& den) {
  text.erase(std::remove(text.begin(), text.end(), '_'), text.end());
  bool hex = text.size() > 1 && text[0] == '0' && (text[1] | 0x20) == 'x';
  size_t i = hex ? 2 : 0;
  unsigned base = hex ? 16 : 10;
  BigInt mant, b = BigInt::fromU64(base);
  long fracDigits = 0;
  bool seenDot = false, anyDigit = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.') {
      if (seenDot) return false;
      seenDot = true;
      continue;
    }
    int d = digitValue(c);
    if (d >= static_cast<int>(base)) break;
    anyDigit = true;
    mant = add(mul(mant, b), BigInt::fromU64(static_cast<uint64_t>(d)));
    if (seenDot) ++fracDigits;
  }
  if (!anyDigit) return false;
  long exp = 0;
  if (i < text.size()) {
    char e = static_cast<char>(text[i] | 0x20);
    if (e != (hex ? 'p' : 'e')) return false;
    ++i;
    bool negExp = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negExp = text[i++] == '-';
    if (i >= text.size()) return false;
    for (; i < text.size(); ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      exp = exp * 10 + (text[i] - '0');
      if (exp > 100000) return false;
    }
    if (negExp) exp = -exp;
  } else if (hex) {
    return false;  // hexadecimal floats need a p exponent
  }
  num = mant;
  den = BigInt::fromU64(1);
  if (hex) {
    long e2 = exp - 4 * fracDigits;
    if (e2 > 0) num.mag = shlMag(num.mag, static_cast<size_t>(e2));
    else den.mag = shlMag(den.mag, static_cast<size_t>(-e2));
  } else {
    long e10 = exp - fracDigits;
    if (e10 > 0) num = mul(num, pow10(static_cast<unsigned>(e10)));
    else den = pow10(static_cast<unsigned>(-e10));
  }
  num.normalize();
  return true;
}

}  // namespace

Constant Constant::fromLiteral(int litKind, const std::string& text) {
  switch (static_cast<LitKind>(litKind)) {
    case LitKind::Int: {
      BigInt v;
      if (!parseInt(text, v)) return {};
      return ConstantAccess::makeInt(std::move(v));
    }
    case LitKind::Float: {
      BigInt num, den;
      if (!parseFloat(text, num, den)) return {};
      return ConstantAccess::makeRat(std::move(num), std::move(den));
    }
    case LitKind::Char: {
      if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return {};
      std::string body = text.substr(1, text.size() - 2);
      uint32_t r;
      if (body[0] == '\\') {
        char e = body.size() > 1 ? body[1] : 0;
        std::string bytes;
        if (!unescape(body, '\'', bytes)) return {};
        if (e == 'x' || (e >= '0' && e <= '7')) {
          if (bytes.size() != 1) return {};
          r = static_cast<unsigned char>(bytes[0]);
        } else {
          size_t i = 0;
          r = decodeUtf8(bytes, i);
          if (i != bytes.size()) return {};
        }
      } else {
        size_t i = 0;
        r = decodeUtf8(body, i);
        if (i != body.size()) return {};
      }
      return makeInt64(r);
    }
    case LitKind::String: {
      if (text.size() < 2) return {};
      if (text.front() == '`') {
        std::string raw;
        for (size_t i = 1; i + 1 < text.size(); ++i)
          if (text[i] != '\r') raw += text[i];
        return makeString(std::move(raw));
      }
      std::string out;
      if (!unescape(text.substr(1, text.size() - 2), '"', out)) return {};
      return makeString(std::move(out));
    }
    case LitKind::Imag:
      return {};
  }
  return {};
}

Constant Constant::toInt() const {
  if (kind_ == Kind::Int) return *this;
  if (kind_ != Kind::Float || !isIntegral()) return {};
  return ConstantAccess::makeInt(rep_->num);
}

Constant Constant::toFloat() const {
  if (kind_ == Kind::Float) return *this;
  if (kind_ != Kind::Int) return {};
  return ConstantAccess::makeRat(rep_->num, BigInt::fromU64(1));
}

Constant Constant::binaryOp(const Constant& x, int opInt, const Constant& y) {
  auto op = static_cast<Tok>(opInt);
  switch (op) {
    case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq: {
      if (!x.valid() || !y.valid()) return {};
      int c;
      if (x.kind_ == Kind::Bool || y.kind_ == Kind::Bool) {
        if (x.kind_ != y.kind_) return {};
        c = x.rep_->b == y.rep_->b ? 0 : 1;
        if (op != Tok::Eql && op != Tok::Neq) return {};
      } else {
        c = compare(x, y);
      }
      bool r = op == Tok::Eql ? c == 0 : op == Tok::Neq ? c != 0 : op == Tok::Lss ? c < 0
             : op == Tok::Leq ? c <= 0 : op == Tok::Gtr ? c > 0 : c >= 0;
      return makeBool(r);
    }
    default:
      break;
  }
  if (x.kind_ == Kind::Bool && y.kind_ == Kind::Bool) {
    if (op == Tok::LAnd) return makeBool(x.rep_->b && y.rep_->b);
    if (op == Tok::LOr) return makeBool(x.rep_->b || y.rep_->b);
    return {};
  }
  if (x.kind_ == Kind::String && y.kind_ == Kind::String) {
    if (op == Tok::Add) return makeString(x.rep_->s + y.rep_->s);
    return {};
  }
  if (x.kind_ == Kind::Int && y.kind_ == Kind::Int) {
    const BigInt& a = x.rep_->num;
    const BigInt& b = y.rep_->num;
    switch (op) {
      case Tok::Add: return ConstantAccess::makeInt(add(a, b));
      case Tok::Sub: return ConstantAccess::makeInt(sub(a, b));
      case Tok::Mul: return ConstantAccess::makeInt(mul(a, b));
      case Tok::Quo:
      case Tok::Rem: {
        if (b.isZero()) return {};
        BigInt q, r;
        quoRem(a, b, q, r);
        return ConstantAccess::makeInt(op == Tok::Quo ? q : r);
      }
      case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot:
        return ConstantAccess::makeInt(bitwise(a, b, op));
      default:
        return {};
    }
  }
  bool numeric = (x.kind_ == Kind::Int || x.kind_ == Kind::Float) &&
                 (y.kind_ == Kind::Int || y.kind_ == Kind::Float);
  if (!numeric) return {};
  BigInt an, ad, bn, bd;
  ConstantAccess::ratio(x, an, ad);
  ConstantAccess::ratio(y, bn, bd);
  switch (op) {
    case Tok::Add: return ConstantAccess::makeRat(add(mul(an, bd), mul(bn, ad)), mul(ad, bd));
    case Tok::Sub: return ConstantAccess::makeRat(sub(mul(an, bd), mul(bn, ad)), mul(ad, bd));
    case Tok::Mul: return ConstantAccess::makeRat(mul(an, bn), mul(ad, bd));
    case Tok::Quo:
      if (bn.isZero()) return {};
      return ConstantAccess::makeRat(mul(an, bd), mul(ad, bn));
    default:
      return {};
  }
}

Constant Constant::unaryOp(int opInt, const Constant& x, int bitSizeForXor, bool isUnsigned) {
  auto op = static_cast<Tok>(opInt);
  switch (op) {
    case Tok::Add:
      return (x.kind_ == Kind::Int || x.kind_ == Kind::Float) ? x : Constant();
    case Tok::Sub:
      if (x.kind_ == Kind::Int) return ConstantAccess::makeInt(negate(x.rep_->num));
      if (x.kind_ == Kind::Float) return ConstantAccess::makeRat(negate(x.rep_->num), x.rep_->den);
      return {};
    case Tok::Not:
      return x.kind_ == Kind::Bool ? makeBool(!x.rep_->b) : Constant();
    case Tok::Xor: {
      if (x.kind_ != Kind::Int) return {};
      if (isUnsigned && bitSizeForXor > 0) {
        // ^x for an unsigned type of n bits is x XOR (2^n - 1).
        BigInt mask = make(false, subMag(shlMag({1}, static_cast<size_t>(bitSizeForXor)), {1}));
        return ConstantAccess::makeInt(bitwise(x.rep_->num, mask, Tok::Xor));
      }
      return ConstantAccess::makeInt(sub(negate(x.rep_->num), BigInt::fromU64(1)));  // -x-1
    }
    default:
      return {};
  }
}

Constant Constant::shift(const Constant& x, int opInt, uint64_t s) {
  Constant xi = x.toInt();
  if (!xi.valid()) return {};
  const BigInt& v = xi.rep_->num;
  if (static_cast<Tok>(opInt) == Tok::Shl) {
    if (s > 100000) return {};
    return ConstantAccess::makeInt(make(v.neg, shlMag(v.mag, static_cast<size_t>(s))));
  }
  // Arithmetic right shift rounds toward negative infinity.
  if (!v.neg) return ConstantAccess::makeInt(make(false, shrMag(v.mag, static_cast<size_t>(s))));
  BigInt magMinusOne = make(false, subMag(v.mag, {1}));
  BigInt shifted = make(false, shrMag(magMinusOne.mag, static_cast<size_t>(s)));
  return ConstantAccess::makeInt(negate(add(shifted, BigInt::fromU64(1))));
}

int Constant::compare(const Constant& x, const Constant& y) {
  if (x.kind_ == Kind::String && y.kind_ == Kind::String) {
    int c = x.rep_->s.compare(y.rep_->s);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if (x.kind_ == Kind::Bool && y.kind_ == Kind::Bool) return x.rep_->b == y.rep_->b ? 0 : 1;
  if (x.kind_ == Kind::Int && y.kind_ == Kind::Int) return cmp(x.rep_->num, y.rep_->num);
  BigInt an, ad, bn, bd;
  ConstantAccess::ratio(x, an, ad);
  ConstantAccess::ratio(y, bn, bd);
  return cmp(mul(an, bd), mul(bn, ad));
}

bool Constant::isIntegral() const {
  if (kind_ == Kind::Int) return true;
  return kind_ == Kind::Float && rep_->den.mag.size() == 1 && rep_->den.mag[0] == 1;
}

bool Constant::isNegative() const {
  return (kind_ == Kind::Int || kind_ == Kind::Float) && rep_->num.neg;
}

bool Constant::fitsInt(int bits, bool isUnsigned) const {
  if (!isIntegral()) return false;
  const BigInt& v = rep_->num;
  if (isUnsigned) return !v.neg && bitLenMag(v.mag) <= static_cast<size_t>(bits);
  if (!v.neg) return bitLenMag(v.mag) <= static_cast<size_t>(bits - 1);
  // -2^(bits-1) is the most negative value.
  Limbs limit = shlMag({1}, static_cast<size_t>(bits - 1));
  return cmpMag(v.mag, limit) <= 0;
}

namespace {

double roundTo(bool float32, const BigInt& num, const BigInt& den) {
  return float32 ? roundRat(num, den, 24, -126) : roundRat(num, den, 53, -1022);
}

}  // namespace

bool Constant::fitsFloat(bool float32) const {
  if (kind_ != Kind::Int && kind_ != Kind::Float) return false;
  BigInt num, den;
  ConstantAccess::ratio(*this, num, den);
  return std::isfinite(roundTo(float32, num, den));
}

Constant Constant::roundFloat(bool float32) const {
  if (kind_ != Kind::Int && kind_ != Kind::Float) return {};
  BigInt num, den;
  ConstantAccess::ratio(*this, num, den);
  return makeFloat64(roundTo(float32, num, den));
}

int Constant::bitLen() const {
  return kind_ == Kind::Int ? static_cast<int>(bitLenMag(rep_->num.mag)) : 0;
}

bool Constant::boolVal() const { return kind_ == Kind::Bool && rep_->b; }

const std::string& Constant::stringVal() const {
  static const std::string empty;
  return kind_ == Kind::String ? rep_->s : empty;
}

uint64_t Constant::uint64Val() const {
  Constant i = toInt();
  if (!i.valid()) return static_cast<uint64_t>(static_cast<int64_t>(float64Val()));
  const Limbs& m = i.rep_->num.mag;
  uint64_t v = 0;
  for (size_t k = 0; k < m.size() && k < 2; ++k) v |= static_cast<uint64_t>(m[k]) << (32 * k);
  return i.rep_->num.neg ? 0 - v : v;
}

int64_t Constant::int64Val() const { return static_cast<int64_t>(uint64Val()); }

double Constant::float64Val() const {
  if (kind_ == Kind::Int) return ratToDouble(rep_->num, BigInt::fromU64(1));
  if (kind_ == Kind::Float) return ratToDouble(rep_->num, rep_->den);
  return 0.0;
}

namespace {

// strconv.Quote for the messages gc prints: printable ASCII as is, common escapes, \x for
// other bytes below 0x80 and valid UTF-8 passed through.
std::string quoteGo(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\v': out += "\\v"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

}  // namespace

std::string Constant::toString() const {
  switch (kind_) {
    case Kind::None: return "unknown";
    case Kind::Bool: return rep_->b ? "true" : "false";
    case Kind::String: {
      // go/constant shortens long strings in messages.
      std::string q = quoteGo(rep_->s);
      if (q.size() > 72) q = q.substr(0, 69 - 1) + "...";
      return q;
    }
    case Kind::Int: return decimal(rep_->num);
    case Kind::Float: {
      double d = float64Val();
      char buf[64];
      if (std::isfinite(d) && (d != 0) == !rep_->num.isZero()) {
        std::snprintf(buf, sizeof buf, "%.6g", d);
        return buf;
      }
      // Beyond float64's range: go/constant's approximate decimal form, m * 10^e with
      // 1 <= |m| < 10, from the binary mantissa and exponent of num/den.
      long exp2 = static_cast<long>(bitLenMag(rep_->num.mag)) - static_cast<long>(bitLenMag(rep_->den.mag));
      BigInt num = rep_->num, den = rep_->den;
      if (exp2 > 0) den.mag = shlMag(den.mag, static_cast<size_t>(exp2));
      else num.mag = shlMag(num.mag, static_cast<size_t>(-exp2));
      double m = ratToDouble(num, den);  // 0.5 <= |m| < 2
      if (std::fabs(m) >= 1) {
        m /= 2;
        ++exp2;
      }
      double decimalExp = static_cast<double>(exp2) * (std::log(2.0) / std::log(10.0));
      auto e = static_cast<int64_t>(decimalExp);
      m *= std::pow(10.0, decimalExp - static_cast<double>(e));
      if (std::fabs(m) < 1 - 0.5e-6) {
        m *= 10;
        --e;
      } else if (std::fabs(m) >= 10) {
        m /= 10;
        ++e;
      }
      std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, static_cast<long long>(e));
      return buf;
    }
  }
  return "";
}

}  // namespace goro

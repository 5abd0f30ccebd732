// Signed integer division by a compile-time constant as a multiplication by its reciprocal.
//
// Design: `x / 7` and `x % 1000003` are everywhere in Go code, and a 64-bit idiv costs
// tens of cycles where a multiply costs three. For a divisor d the compiler computes once
// a multiplier M and a shift s such that, for every dividend magnitude a <= 2^63,
//   a / |d| == (a * M) >> (64 + s)      (M < 2^64, the 128-bit product's high word)
// (Granlund and Montgomery's round-up method: with s = floor(log2 |d|) and
// M = ceil(2^(64+s) / |d|), the error M*|d| - 2^(64+s) < |d| <= 2^(s+1) keeps
// a*M / 2^(64+s) below a/|d| + 1/|d|, so the floor is exact.) Powers of two need no
// multiplier: a >> s. Signs are applied afterwards, truncating toward zero as Go does;
// the remainder is n - q*d in wrapping arithmetic, which also makes
// math.MinInt64 / -1 == math.MinInt64 and math.MinInt64 % -1 == 0 as Go requires.
#pragma once

#include <cstdint>

namespace goro {

struct ConstDivisor {
  int64_t divisor;      // never 0
  uint64_t multiplier;  // 0: |divisor| is a power of two, divide by shifting
  uint8_t shift;
};

// The reciprocal of d (d != 0), interned: one permanent object per divisor.
const ConstDivisor* constDivisor(int64_t d);

// |n| / |d| for a magnitude of at most 2^63.
inline uint64_t divideMagnitude(uint64_t magnitude, const ConstDivisor& d) {
  return d.multiplier ? uint64_t((static_cast<unsigned __int128>(magnitude) * d.multiplier) >> 64) >> d.shift
                      : magnitude >> d.shift;
}

inline int64_t divideByConst(int64_t n, const ConstDivisor& d) {
  if ((n | d.divisor) >= 0) return int64_t(divideMagnitude(uint64_t(n), d));  // the common case
  uint64_t q = divideMagnitude(n < 0 ? 0 - uint64_t(n) : uint64_t(n), d);
  return (n < 0) != (d.divisor < 0) ? int64_t(0 - q) : int64_t(q);
}

inline int64_t remainderByConst(int64_t n, const ConstDivisor& d) {
  return int64_t(uint64_t(n) - uint64_t(divideByConst(n, d)) * uint64_t(d.divisor));
}

}  // namespace goro

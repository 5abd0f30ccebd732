// Division by constants (vm/divide.h) agrees with the hardware's truncated division for
// every divisor shape: small, large, negative, powers of two, ±1 and the extremes.
#include <doctest/doctest.h>

#include <climits>
#include <cstdint>
#include <random>
#include <vector>

#include "vm/divide.h"

using namespace goro;

TEST_CASE("constant divisors agree with truncated division") {
  std::mt19937_64 rng(6);
  std::vector<int64_t> divisors = {1, -1, 2, -2, 3, 7, -7, 10, 641, 1000003, -1000003, 1000000007,
                                   int64_t(1) << 40, -(int64_t(1) << 62), INT64_MAX, INT64_MIN, INT64_MIN + 1};
  for (int i = 0; i < 200; i++) divisors.push_back(int64_t(rng()) >> (rng() % 63));
  std::vector<int64_t> dividends = {0, 1, -1, INT64_MAX, INT64_MIN, INT64_MIN + 1, INT64_MAX - 1};
  for (int i = 0; i < 2000; i++) dividends.push_back(int64_t(rng()) >> (rng() % 63));
  for (int64_t d : divisors) {
    if (d == 0) continue;
    const ConstDivisor& cd = *constDivisor(d);
    for (int64_t n : dividends) {
      int64_t q = d == -1 ? int64_t(0 - uint64_t(n)) : n / d;  // MinInt64 / -1 wraps in Go
      int64_t r = d == -1 ? 0 : n % d;
      CAPTURE(n);
      CAPTURE(d);
      REQUIRE(divideByConst(n, cd) == q);
      REQUIRE(remainderByConst(n, cd) == r);
    }
  }
}

TEST_CASE("constant divisors are interned") {
  CHECK(constDivisor(12345) == constDivisor(12345));
  CHECK(constDivisor(12345) != constDivisor(-12345));
}

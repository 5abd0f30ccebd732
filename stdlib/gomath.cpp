// Go's float algorithms for package math (stdlib/gomath.h).
//
// A Go program prints floats with the shortest digits that round-trip, so an answer one
// ulp away from Go's shows as different digits. glibc's functions are accurate but are
// not Go's: Go computes Sin, Tan, Atan, Cbrt, Pow, Exp2 ... with its own polynomial
// approximations and argument reductions, and these ports follow them operation for
// operation, with the same constants. Go's constant expressions (4/Pi, 1/Ln10, ...) are
// exact before rounding to float64, so they appear here as correctly rounded hex literals.
#include "stdlib/gomath.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace goro::stdlib::gomath {

namespace {

constexpr double kPi = 0x1.921fb54442d18p+1;
constexpr double kPiOver2 = 0x1.921fb54442d18p+0;
constexpr double kPiOver4 = 0x1.921fb54442d18p-1;
constexpr double kThreePiOver4 = 0x1.2d97c7f3321d2p+1;
constexpr double kFourOverPi = 0x1.45f306dc9c883p+0;
constexpr double kInvLn2 = 0x1.71547652b82fep+0;
constexpr double kInvLn10 = 0x1.bcb7b1526e50ep-2;
constexpr double kSqrt2Over2 = 0x1.6a09e667f3bcdp-1;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Pi/4 split in three parts for the extended-precision reduction of moderate arguments.
constexpr double kPi4A = 7.85398125648498535156e-1;
constexpr double kPi4B = 3.77489470793079817668e-8;
constexpr double kPi4C = 2.69515142907905952645e-15;
// Above this, arguments are reduced with the bits of 4/Pi (Payne-Hanek).
constexpr double kReduceThreshold = 1 << 29;

constexpr double kSinCoef[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                               -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1};
constexpr double kCosCoef[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                               2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2};

// The binary digits of 4/Pi, most significant first, for the reduction of huge arguments.
constexpr uint64_t kFourOverPiBits[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
    0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

constexpr int kMantBits = 52;
constexpr uint64_t kExpMask = 0x7FF;
constexpr int kBias = 1023;

// x mod Pi/4 for x >= kReduceThreshold: the octant j and the remainder z, computed from
// x's mantissa times the needed 192 bits of 4/Pi.
void reduceHuge(double x, uint64_t& j, double& z) {
  uint64_t ix = std::bit_cast<uint64_t>(x);
  int exp = static_cast<int>((ix >> kMantBits) & kExpMask) - kBias - kMantBits;
  ix &= ~(kExpMask << kMantBits);
  ix |= uint64_t{1} << kMantBits;
  unsigned digit = static_cast<unsigned>(exp + 61) / 64, bitshift = static_cast<unsigned>(exp + 61) % 64;
  auto window = [&](unsigned d) {
    // bitshift is never 0 for arguments this large, so the right shift is below 64.
    return (kFourOverPiBits[d] << bitshift) | (kFourOverPiBits[d + 1] >> (64 - bitshift));
  };
  uint64_t z0 = window(digit), z1 = window(digit + 1), z2 = window(digit + 2);
  using u128 = unsigned __int128;
  uint64_t z2hi = static_cast<uint64_t>((u128{z2} * ix) >> 64);
  u128 z1prod = u128{z1} * ix;
  uint64_t z1hi = static_cast<uint64_t>(z1prod >> 64), z1lo = static_cast<uint64_t>(z1prod);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo;
  uint64_t hi = z0lo + z1hi + carry;
  j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = static_cast<unsigned>(std::countl_zero(hi));
  uint64_t e = static_cast<uint64_t>(kBias - static_cast<int>(lz + 1));
  hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)));
  hi >>= 64 - kMantBits;
  hi |= e << kMantBits;
  z = std::bit_cast<double>(hi);
  if (j & 1) {
    j++;
    j &= 7;
    z--;
  }
  z *= kPiOver4;
}

// The octant of x (x >= 0) and the remainder, mapped so that the polynomials apply.
void reduce(double x, uint64_t& j, double& z, bool octantModulo8) {
  if (x >= kReduceThreshold) {
    reduceHuge(x, j, z);
    return;
  }
  j = static_cast<uint64_t>(x * kFourOverPi);
  double y = static_cast<double>(j);
  if (j & 1) {
    j++;
    y++;
  }
  if (octantModulo8) j &= 7;
  z = ((x - y * kPi4A) - y * kPi4B) - y * kPi4C;
}

double sinPoly(double z, double zz) {
  const double* s = kSinCoef;
  return z + z * zz * ((((((s[0] * zz) + s[1]) * zz + s[2]) * zz + s[3]) * zz + s[4]) * zz + s[5]);
}
double cosPoly(double zz) {
  const double* c = kCosCoef;
  return 1.0 - 0.5 * zz + zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5]);
}

// Cephes' arctangent on [0, 0.66].
double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

// The arctangent of x >= 0, reduced to [0, 0.66].
double satan(double x) {
  constexpr double kMorebits = 6.123233995736765886130e-17;  // Pi/2 = kPiOver2 + kMorebits
  constexpr double kTan3Pi8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > kTan3Pi8) return kPiOver2 - xatan(1 / x) + kMorebits;
  return kPiOver4 + xatan((x - 1) / (x + 1)) + 0.5 * kMorebits;
}

bool isOddInt(double x) {
  if (std::fabs(x) >= 0x1p53) return false;  // every float this large is even
  double integral;
  return std::modf(x, &integral) == 0 && static_cast<int64_t>(integral) % 2 != 0;
}

// Go's Frexp: frac in [0.5, 1) and exp with x = frac * 2^exp.
double frexp(double x, int& exp) {
  exp = 0;
  if (x == 0 || std::isinf(x) || std::isnan(x)) return x;
  return std::frexp(x, &exp);
}

}  // namespace

double sin(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return kNaN;
  bool negative = x < 0;
  if (negative) x = -x;
  uint64_t j;
  double z;
  reduce(x, j, z, true);
  if (j > 3) {
    negative = !negative;
    j -= 4;
  }
  double zz = z * z;
  double y = j == 1 || j == 2 ? cosPoly(zz) : sinPoly(z, zz);
  return negative ? -y : y;
}

double cos(double x) {
  if (std::isnan(x) || std::isinf(x)) return kNaN;
  x = std::fabs(x);
  uint64_t j;
  double z;
  reduce(x, j, z, true);
  bool negative = false;
  if (j > 3) {
    j -= 4;
    negative = !negative;
  }
  if (j > 1) negative = !negative;
  double zz = z * z;
  double y = j == 1 || j == 2 ? sinPoly(z, zz) : cosPoly(zz);
  return negative ? -y : y;
}

double tan(double x) {
  constexpr double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  constexpr double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                          -5.38695755929454629881e7};
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return kNaN;
  bool negative = x < 0;
  if (negative) x = -x;
  uint64_t j;
  double z;
  reduce(x, j, z, false);
  double zz = z * z, y;
  if (zz > 1e-14)
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  else
    y = z;
  if (j & 2) y = -1 / y;
  return negative ? -y : y;
}

double atan(double x) {
  if (x == 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

double asin(double x) {
  if (x == 0) return x;
  bool negative = x < 0;
  if (negative) x = -x;
  if (x > 1) return kNaN;
  double t = std::sqrt(1 - x * x);
  t = x > 0.7 ? kPiOver2 - satan(t / x) : satan(x / t);
  return negative ? -t : t;
}

double acos(double x) { return kPiOver2 - asin(x); }

double atan2(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return kNaN;
  if (y == 0) return x >= 0 && !std::signbit(x) ? std::copysign(0.0, y) : std::copysign(kPi, y);
  if (x == 0) return std::copysign(kPiOver2, y);
  if (std::isinf(x)) {
    if (x > 0) return std::isinf(y) ? std::copysign(kPiOver4, y) : std::copysign(0.0, y);
    return std::isinf(y) ? std::copysign(kThreePiOver4, y) : std::copysign(kPi, y);
  }
  if (std::isinf(y)) return std::copysign(kPiOver2, y);
  double q = atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

double log(double x) {
  constexpr double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                   L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                   L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  if (std::isnan(x) || (std::isinf(x) && x > 0)) return x;
  if (x < 0) return kNaN;
  if (x == 0) return -kInf;
  // Go's assembly splits x into mantissa and exponent straight from the bits, without
  // normalising subnormals first (so Log(5e-324) is -709.0895657128241, as in Go).
  uint64_t bits = std::bit_cast<uint64_t>(x);
  double f1 = std::bit_cast<double>((bits & 0x000FFFFFFFFFFFFF) | std::bit_cast<uint64_t>(0.5));
  int ki = static_cast<int>((bits >> kMantBits) & kExpMask) - 0x3FE;
  if (f1 < kSqrt2Over2) {
    f1 *= 2;
    ki--;
  }
  double f = f1 - 1;
  double k = ki;
  double s = f / (2 + f);
  double s2 = s * s, s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

// Go's amd64 assembly for Exp (after Shibata's method): x = k ln2 + r, a Taylor series of
// e^(r/16), squared four times. It uses fused multiply-adds when the CPU has AVX and FMA,
// which changes the last bit of some results, so it does here too.
double exp(double x) {
  static const bool useFMA = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  constexpr double kLog2E = 1.4426950408889634073599246810018920;
  constexpr double kLn2Upper = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2Lower = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;
  constexpr double c3 = 1.6666666666666666667e-1, c4 = 4.1666666666666666667e-2, c5 = 8.3333333333333333333e-3,
                   c6 = 1.3888888888888888889e-3, c7 = 1.9841269841269841270e-4, c8 = 2.4801587301587301587e-5;
  if (std::isnan(x) || std::isinf(x)) return x < 0 ? 0 : x;
  if (x > kOverflow) return kInf;
  // CVTSD2SL: round to nearest even; out of range gives INT32_MIN (then underflow).
  double scaled = std::nearbyint(x * kLog2E);
  int32_t k = std::fabs(scaled) < 0x1p31 ? static_cast<int32_t>(scaled) : INT32_MIN;
  double fk = k;
  double r;
  if (useFMA) {
    r = std::fma(-kLn2Upper, fk, x);
    r = std::fma(-kLn2Lower, fk, r);
    r *= 0.0625;
    double p = c8;
    for (double c : {c7, c6, c5, c4, c3, 0.5, 1.0}) p = std::fma(p, r, c);
    r *= p;
    for (int i = 0; i < 3; i++) r *= r + 2.0;
    r = std::fma(r, r + 2.0, 1.0);
  } else {
    r = x - kLn2Upper * fk;
    r = r - kLn2Lower * fk;
    r *= 0.0625;
    double p = c8;
    for (double c : {c7, c6, c5, c4, c3, 0.5, 1.0}) p = p * r + c;
    r *= p;
    for (int i = 0; i < 4; i++) r *= 2.0 + r;
    r += 1.0;
  }
  // r * 2^k, through the subnormal range in two steps.
  int64_t biased = int64_t{k} + 0x3FF;
  if (biased <= 0) {
    if (biased < -52) return 0;
    r *= std::bit_cast<double>(static_cast<uint64_t>(biased + 0x3FE) << kMantBits);
    biased = 1;
  } else if (biased >= 0x7FF) {
    return kInf;
  }
  return r * std::bit_cast<double>(static_cast<uint64_t>(biased) << kMantBits);
}

double sinh(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                   P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                   Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                   Q2 = -0.173678953558233699533450911e+3;
  bool negative = x < 0;
  if (negative) x = -x;
  double t;
  if (x > 21) {
    t = exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = exp(x);
    t = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    t = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    t = t / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return negative ? -t : t;
}

double cosh(double x) {
  x = std::fabs(x);
  if (x > 21) return exp(x) * 0.5;
  double ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

double tanh(double x) {
  constexpr double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  constexpr double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
  constexpr double kHalfMaxLog = 0x1.601e678fc457bp+5;  // log(2**127) / 2
  double z = std::fabs(x);
  if (z > kHalfMaxLog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double log2(double x) {
  int exp;
  double frac = frexp(x, exp);
  if (frac == 0.5) return exp - 1;  // exact powers of two
  return log(frac) * kInvLn2 + exp;
}

double log10(double x) { return log(x) * kInvLn10; }

double exp2(double x) {
  constexpr double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  constexpr double kOverflow = 1.0239999999999999e+03, kUnderflow = -1.0740e+03;
  constexpr double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                   P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                   P5 = 4.13813679705723846039e-08;
  if (std::isnan(x) || (std::isinf(x) && x > 0)) return x;
  if (std::isinf(x)) return 0;
  if (x > kOverflow) return kInf;
  if (x < kUnderflow) return 0;
  // x = k + t with |t| <= 1/2; 2^t = e^(t ln 2), evaluated as fdlibm's exp does.
  int k = x > 0 ? static_cast<int>(x + 0.5) : x < 0 ? static_cast<int>(x - 0.5) : 0;
  double t = x - k;
  double hi = t * Ln2Hi, lo = -t * Ln2Lo;
  double r = hi - lo;
  double rr = r * r;
  double c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return std::ldexp(y, k);
}

double cbrt(double x) {
  constexpr uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01, E = 1.41428571428571436819e+00,
                   F = 1.60714285714285720630e+00, G = 3.57142857142857150787e-01,
                   kSmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool negative = x < 0;
  if (negative) x = -x;
  // A first approximation from the exponent bits, then a rational step and a Newton step.
  double t = std::bit_cast<double>(std::bit_cast<uint64_t>(x) / 3 + (B1 << 32));
  if (x < kSmallestNormal) {
    t = 0x1p54 * x;
    t = std::bit_cast<double>(std::bit_cast<uint64_t>(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = std::bit_cast<double>((std::bit_cast<uint64_t>(t) & (uint64_t{0xFFFFFFFFC} << 28)) + (uint64_t{1} << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return negative ? -t : t;
}

double pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return kNaN;
  if (x == 0) {
    if (y < 0) return isOddInt(y) ? std::copysign(kInf, x) : kInf;
    return isOddInt(y) ? x : 0;
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    return (std::fabs(x) < 1) == (y > 0) ? 0 : kInf;
  }
  if (std::isinf(x)) {
    if (x < 0) return pow(1 / x, -y);  // Pow(-0, -y)
    return y < 0 ? 0 : kInf;
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);

  double yi;
  double yf = std::modf(std::fabs(y), &yi);
  if (yf != 0 && x < 0) return kNaN;
  if (yi >= 0x1p63) {
    // yi is a large even integer: the result is 0, 1 or Inf.
    if (x == -1) return 1;
    return (std::fabs(x) < 1) == (y > 0) ? 0 : kInf;
  }
  // The fractional part through exp and log, the integral part by repeated squaring with
  // the exponent kept apart so that intermediate results cannot overflow.
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  int xe;
  double x1 = frexp(x, xe);
  int64_t xe64 = xe;
  for (auto i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe64 < -(1 << 12) || (1 << 12) < xe64) {
      ae += xe64;  // certain overflow or underflow: Ldexp sorts it out
      break;
    }
    if (i & 1) {
      a1 *= x1;
      ae += xe64;
    }
    x1 *= x1;
    xe64 <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe64--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return std::ldexp(a1, static_cast<int>(std::clamp<int64_t>(ae, -100000, 100000)));
}

double hypot(double p, double q) {
  p = std::fabs(p);
  q = std::fabs(q);
  if (std::isinf(p) || std::isinf(q)) return kInf;
  if (std::isnan(p) || std::isnan(q)) return kNaN;
  if (p == 0 && q == 0) return 0;
  double big = std::max(p, q), small = std::min(p, q);
  small /= big;
  return big * std::sqrt(1 + small * small);
}

}  // namespace goro::stdlib::gomath

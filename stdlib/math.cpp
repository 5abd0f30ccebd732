// Package math: constants in Go, functions on the C library's <cmath> where its results
// are Go's (exact operations, correctly rounded ones), and Go's own algorithms
// (stdlib/gomath.h) where Go computes differently.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "stdlib/gomath.h"
#include "stdlib/support.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package math

const (
	E       = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi      = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi     = 1.61803398874989484820458683436563811772030917980576286213544862
	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848433625472506165130196612519011
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038
	Ln2     = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E   = 1 / Ln2
	Ln10    = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E  = 1 / Ln10
)

const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func Abs(x float64) float64
func Acos(x float64) float64
func Asin(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Cbrt(x float64) float64
func Ceil(x float64) float64
func Copysign(f, sign float64) float64
func Cos(x float64) float64
func Cosh(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Floor(x float64) float64
func Hypot(p, q float64) float64
func Log(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Log2(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Mod(x, y float64) float64
func Pow(x, y float64) float64
func Remainder(x, y float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Sin(x float64) float64
func Sinh(x float64) float64
func Sqrt(x float64) float64
func Tan(x float64) float64
func Tanh(x float64) float64
func Trunc(x float64) float64
func Acosh(x float64) float64
func Asinh(x float64) float64
func Atanh(x float64) float64
func Dim(x, y float64) float64
func Erf(x float64) float64
func Erfc(x float64) float64
func Expm1(x float64) float64
func Gamma(x float64) float64
func Nextafter(x, y float64) float64
func Frexp(f float64) (frac float64, exp int)
func Ldexp(frac float64, exp int) float64
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32

func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(0x7FF0000000000000)
	}
	return Float64frombits(0xFFF0000000000000)
}

func NaN() float64 { return Float64frombits(0x7FF8000000000001) }

func IsNaN(f float64) bool { return f != f }

func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

func Signbit(x float64) bool { return Float64bits(x)&(1<<63) != 0 }

func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }

func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	_, exp := Frexp(x)
	return float64(exp - 1)
}

func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x):
		return MaxInt32
	case IsInf(x, 0):
		return MaxInt32
	}
	_, exp := Frexp(x)
	return exp - 1
}

func Modf(f float64) (int float64, frac float64) {
	int = Trunc(f)
	frac = Copysign(f-int, f)
	return
}
)go";

template <double (*F)(double)>
void unary(NativeCtx&, Slot* io) {
  io[0].f = F(io[0].f);
}

template <double (*F)(double, double)>
void binary(NativeCtx&, Slot* io) {
  io[0].f = F(io[0].f, io[1].f);
}

double absF(double x) { return std::fabs(x); }
double acoshF(double x) { return std::acosh(x); }
double asinhF(double x) { return std::asinh(x); }
double atanhF(double x) { return std::atanh(x); }
double dimF(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  double v = x - y;
  return v <= 0 ? 0 : v;  // Dim(+Inf, +Inf) is NaN through the subtraction
}
double erfF(double x) { return std::erf(x); }
double erfcF(double x) { return std::erfc(x); }
double expm1F(double x) { return std::expm1(x); }
double gammaF(double x) { return std::tgamma(x); }
double nextafterF(double x, double y) { return x == y ? x : std::nextafter(x, y); }  // Go keeps x's sign
double acosF(double x) { return gomath::acos(x); }
double asinF(double x) { return gomath::asin(x); }
double atanF(double x) { return gomath::atan(x); }
double atan2F(double y, double x) { return gomath::atan2(y, x); }
double cbrtF(double x) { return gomath::cbrt(x); }
double ceilF(double x) { return std::ceil(x); }
double copysignF(double f, double s) { return std::copysign(f, s); }
double cosF(double x) { return gomath::cos(x); }
double coshF(double x) { return gomath::cosh(x); }
double expF(double x) { return gomath::exp(x); }
double exp2F(double x) { return gomath::exp2(x); }
double floorF(double x) { return std::floor(x); }
double hypotF(double p, double q) { return gomath::hypot(p, q); }
double logF(double x) { return gomath::log(x); }
double log10F(double x) { return gomath::log10(x); }
double log1pF(double x) { return std::log1p(x); }
double log2F(double x) { return gomath::log2(x); }
double modF(double x, double y) { return std::fmod(x, y); }
double powF(double x, double y) { return gomath::pow(x, y); }
double remainderF(double x, double y) { return std::remainder(x, y); }
double roundF(double x) { return std::round(x); }
double roundEvenF(double x) { return std::nearbyint(x); }  // default rounding mode: to even
double sinF(double x) { return gomath::sin(x); }
double sinhF(double x) { return gomath::sinh(x); }
double sqrtF(double x) { return std::sqrt(x); }
double tanF(double x) { return gomath::tan(x); }
double tanhF(double x) { return gomath::tanh(x); }
double truncF(double x) { return std::trunc(x); }

// Go's Max/Min: NaN wins over everything but ±Inf handling comes first; -0 < +0.
double maxF(double x, double y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
double minF(double x, double y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

// Frexp: ±0, ±Inf and NaN come back unchanged with exponent 0.
void frexp(NativeCtx&, Slot* io) {
  double f = io[0].f;
  int exp = 0;
  if (f != 0 && std::isfinite(f)) f = std::frexp(f, &exp);
  io[0].f = f;
  io[1].i = exp;
}
void ldexp(NativeCtx&, Slot* io) {
  int64_t exp = std::clamp<int64_t>(io[1].i, -100000, 100000);  // beyond: 0 or ±Inf anyway
  io[0].f = std::ldexp(io[0].f, static_cast<int>(exp));
}

void float64bits(NativeCtx&, Slot*) {}  // the register already holds the bits
void float32bits(NativeCtx&, Slot* io) {
  float f = static_cast<float>(io[0].f);
  uint32_t b;
  std::memcpy(&b, &f, 4);
  io[0].u = b;
}
void float32frombits(NativeCtx&, Slot* io) {
  uint32_t b = static_cast<uint32_t>(io[0].u);
  float f;
  std::memcpy(&f, &b, 4);
  io[0].f = f;
}

}  // namespace

void registerMath() {
  registerPackage(PackageDef{"math",
                             kSource,
                             {
                                 {"Abs", unary<absF>},
                                 {"Acosh", unary<acoshF>},
                                 {"Asinh", unary<asinhF>},
                                 {"Atanh", unary<atanhF>},
                                 {"Dim", binary<dimF>},
                                 {"Erf", unary<erfF>},
                                 {"Erfc", unary<erfcF>},
                                 {"Expm1", unary<expm1F>},
                                 {"Gamma", unary<gammaF>},
                                 {"Nextafter", binary<nextafterF>},
                                 {"Frexp", frexp},
                                 {"Ldexp", ldexp},
                                 {"Acos", unary<acosF>},
                                 {"Asin", unary<asinF>},
                                 {"Atan", unary<atanF>},
                                 {"Atan2", binary<atan2F>},
                                 {"Cbrt", unary<cbrtF>},
                                 {"Ceil", unary<ceilF>},
                                 {"Copysign", binary<copysignF>},
                                 {"Cos", unary<cosF>},
                                 {"Cosh", unary<coshF>},
                                 {"Exp", unary<expF>},
                                 {"Exp2", unary<exp2F>},
                                 {"Floor", unary<floorF>},
                                 {"Hypot", binary<hypotF>},
                                 {"Log", unary<logF>},
                                 {"Log10", unary<log10F>},
                                 {"Log1p", unary<log1pF>},
                                 {"Log2", unary<log2F>},
                                 {"Max", binary<maxF>},
                                 {"Min", binary<minF>},
                                 {"Mod", binary<modF>},
                                 {"Pow", binary<powF>},
                                 {"Remainder", binary<remainderF>},
                                 {"Round", unary<roundF>},
                                 {"RoundToEven", unary<roundEvenF>},
                                 {"Sin", unary<sinF>},
                                 {"Sinh", unary<sinhF>},
                                 {"Sqrt", unary<sqrtF>},
                                 {"Tan", unary<tanF>},
                                 {"Tanh", unary<tanhF>},
                                 {"Trunc", unary<truncF>},
                                 {"Float64bits", float64bits},
                                 {"Float64frombits", float64bits},
                                 {"Float32bits", float32bits},
                                 {"Float32frombits", float32frombits},
                             }});
}

}  // namespace goro::stdlib

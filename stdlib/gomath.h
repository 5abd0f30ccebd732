// Go's own algorithms for the math functions whose results glibc rounds differently.
#pragma once

namespace goro::stdlib::gomath {

// Each returns, bit for bit, what Go 1.19's math package returns on amd64: the pure-Go
// (Cephes and FreeBSD derived) algorithms, or the algorithm of Go's assembly where amd64
// has one (Exp, Log, Hypot). Special values (±0, ±Inf, NaN) follow Go's documentation.
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double exp(double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double log(double x);
double log2(double x);
double log10(double x);
double exp2(double x);
double cbrt(double x);
double pow(double x, double y);
double hypot(double p, double q);

}  // namespace goro::stdlib::gomath

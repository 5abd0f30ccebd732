// math: the constants and every function issue 5 lists, on ordinary and edge values
// (signed zeros, infinities, NaN, huge and tiny arguments).
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, math.MaxInt8, math.MaxUint16)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt, math.MinInt)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Printf("%.20f %.20f\n", math.Pi, math.E)

	nz := math.Copysign(0, -1)
	args := []float64{0, nz, 1, -1, 0.5, -0.5, 2.5, -2.5, 3.7, -3.7, 1e300, -1e-300, 100, math.Inf(1), math.Inf(-1), math.NaN()}
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sqrt", math.Sqrt}, {"Abs", math.Abs}, {"Floor", math.Floor}, {"Ceil", math.Ceil},
		{"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin},
		{"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh},
		{"Tanh", math.Tanh}, {"Cbrt", math.Cbrt},
	}
	for _, u := range unary {
		fmt.Print(u.name, ":")
		for _, x := range args {
			fmt.Print(" ", u.f(x))
		}
		fmt.Println()
	}
	pairs := [][2]float64{{2, 10}, {2, -2}, {-8, 1.0 / 3}, {0, -1}, {nz, -3}, {-1, math.Inf(1)}, {1, math.NaN()},
		{7, 3}, {-7, 3}, {7, -3}, {5.5, 2}, {1e308, 10}, {3, 4}, {math.Inf(1), 2}, {math.NaN(), 0}, {0, nz}}
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Pow", math.Pow}, {"Mod", math.Mod}, {"Max", math.Max}, {"Min", math.Min},
		{"Hypot", math.Hypot}, {"Atan2", math.Atan2}, {"Remainder", math.Remainder}, {"Dim", math.Dim},
	}
	for _, b := range binary {
		fmt.Print(b.name, ":")
		for _, p := range pairs {
			fmt.Print(" ", b.f(p[0], p[1]))
		}
		fmt.Println()
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.NaN(), math.IsNaN(math.NaN()), math.IsNaN(1))
	fmt.Println(math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(1), -1), math.IsInf(math.Inf(-1), 0), math.IsInf(1e308, 0))
	fmt.Println(math.Signbit(nz), math.Signbit(0), math.Copysign(3, -1), math.Float64bits(1.5), math.Float64frombits(0x4000000000000000))
	frac, exp := math.Frexp(40)
	i, f := math.Modf(-3.25)
	s, c := math.Sincos(math.Pi / 6)
	fmt.Println(frac, exp, i, f, s, c, math.Ldexp(0.625, 6))
	fmt.Println(math.Sqrt(2)*math.Sqrt(2) == 2, math.Floor(-0.5), math.Round(-0.5), math.Round(0.5), math.Trunc(-0.9))
	fmt.Println(int64(math.Pow(2, 62)), math.Pow(10, 15), math.Pow(2, 0.5), math.Mod(10, 3.3))

	// A sweep of arguments, where one ulp of difference shows in the printed digits.
	sweep := []float64{1e10, -1e15, 1e20, 1 << 29, 1<<29 + 0.5, 1e300, 123456.789, 5e-324}
	for i := 0; i < 200; i++ {
		sweep = append(sweep, float64(i)*0.37-37, float64(i)*1.3e-3)
	}
	for _, x := range sweep {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Asin(x/40), math.Acos(x/40), math.Exp(x/8),
			math.Log(math.Abs(x)), math.Log2(math.Abs(x)), math.Log10(math.Abs(x)), math.Pow(math.Abs(x), 1.7), math.Pow(1.01, x),
			math.Cbrt(x), math.Exp2(x/4), math.Hypot(x, 3), math.Atan2(x, -2), math.Sinh(x/16), math.Tanh(x), math.Expm1(x/8), math.Log1p(math.Abs(x)))
	}
}

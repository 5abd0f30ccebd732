// The math package: rounding, special values, trigonometry, logs, float bits.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{2.5, -2.5, 3.5, 0.49999999999999994, -0.0} {
		fmt.Println(x, math.Round(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.RoundToEven(x))
	}
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Atan2(1, 1), math.Asin(1), math.Hypot(3, 4))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(0))
	fmt.Println(math.Cbrt(27), math.Pow(2, -2), math.Pow(0, 0), math.Sqrt(-1))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.NaN() == math.NaN())
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Abs(-0.0))
	fmt.Printf("%x %x\n", math.Float64bits(1.0), math.Float32bits(-2))
	fmt.Println(math.Float64frombits(0x4009_21fb_5444_2d18))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp, math.Remainder(7, 4), math.Mod(-7, 4))
	fmt.Println(math.MaxInt, math.MinInt, math.MaxUint8, math.MaxFloat32)
	fmt.Println(math.Inf(1)-math.Inf(1), math.Inf(1)*0, 1/math.Inf(-1))
	var zero float64
	fmt.Println(int64(math.Floor(1e15+0.5)), zero/1, -zero)
}

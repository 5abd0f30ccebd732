// float32 rounding at every step, printing in float32's shortest form, conversions to
// and from integers and float64, and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, float64(a), float64(a+b))
	fmt.Println(a+b == 0.3, float64(a)+float64(b))

	var sum32 float32
	var sum64 float64
	for i := 0; i < 1000; i++ {
		sum32 += 0.01
		sum64 += 0.01
	}
	fmt.Println(sum32, sum64)

	// 2^24 + 1 is not representable in float32.
	var f float32 = 16777216
	fmt.Println(f+1, f+2, f+1 == f)
	fmt.Println(float32(16777217), int32(float32(16777217)))

	// Printing with verbs.
	x := float32(1) / 3
	fmt.Printf("%v %g %f %.3f %e %G %8.2f|\n", x, x, x, x, x, x, x)
	fmt.Printf("%v %v %v\n", float32(1e20), float32(1e-20), float32(123456789))
	fmt.Println(float32(1e7), float32(1e21), float32(1e-5), float32(0.000123))
	fmt.Println(math.MaxFloat32, float32(math.MaxFloat32), math.SmallestNonzeroFloat32)

	// Overflow to infinity and NaN.
	big := float32(math.MaxFloat32)
	fmt.Println(big*2, -big*2, big*2-big*2)
	var z float32
	fmt.Println(1/z, -1/z, z/z, z == -z)
	nan := float32(math.NaN())
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)

	// Conversion to integers truncates toward zero.
	for _, v := range []float32{2.5, -2.5, 3.99, -3.99, 1e9} {
		fmt.Print(int32(v), " ", int64(v), "; ")
	}
	fmt.Println()

	// float64 -> float32 rounds to nearest even.
	fmt.Println(float32(0.1), float32(1.0000001), float32(1.00000001), float32(3.4028235e38))
	d := 1.0 / 3.0
	fmt.Println(float32(d), float64(float32(d)), float32(d) == float32(1.0/3.0))

	// Float32 math through float64 and back.
	r := float32(math.Sqrt(2))
	fmt.Println(r, r*r, float32(math.Sqrt(float64(r*r))))
	fmt.Printf("%T %T\n", r, r*2)
}

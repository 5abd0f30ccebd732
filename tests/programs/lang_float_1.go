// float64 arithmetic and how Println/%v print floats (shortest representation).
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 1.0/3.0, 2.0/3.0)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 1e-4, 1e-5)
	fmt.Println(3.0, 2.5, -0.0, 100.0)
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(math.Sqrt(2), math.Pi, math.E)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Abs(-3.25))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%.3f %8.2f %-8.2f| %e %E %g\n", math.Pi, math.Pi, math.Pi, 1234.5678, 0.000123, 1e100)
	fmt.Printf("%v %g %G\n", 1e-7, 12345678.9, 1e-10)
	fmt.Printf("%6.1f|%06.1f|%+.2f\n", -3.14, 3.14, 3.14)
	x := 10.0
	for i := 0; i < 5; i++ {
		x /= 3
		fmt.Print(x, " ")
	}
	fmt.Println()
	f := 7.9
	fmt.Println(int(f), int(-f), int64(1e18), float64(7)/2)
	fmt.Println(math.Mod(7, 3), math.Pow(2, 10), math.Max(3, 7), math.Min(3, 7))
}

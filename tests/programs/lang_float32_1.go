// float32 arithmetic rounds to single precision; printing uses float32's shortest form.
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b)
	fmt.Println(float64(a))
	var c float32 = 16777216
	fmt.Println(c+1, c+2)
	var d float32 = 1.0 / 3.0
	fmt.Println(d, float64(d))
	fmt.Printf("%v %.10f %g %T\n", d, d, d, d)
	var big float32 = 3.4e38
	fmt.Println(big*10, -big*10)
	x := float32(1)
	for i := 0; i < 6; i++ {
		x *= 1.1
	}
	fmt.Println(x)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum64 += 0.1
	}
	fmt.Println(sum64, sum64 == 1)
	fmt.Println(float32(2.5), float32(1e10), float32(123456789))
	pos, neg := float32(2.9), float32(-2.9)
	fmt.Println(int32(pos), int(neg))
}

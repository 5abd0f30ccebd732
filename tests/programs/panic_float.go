// panic with a float64: the runtime prints it in its own exponent format.
package main

func ratio(a, b float64) float64 {
	if b == 0 {
		panic(a)
	}
	return a / b
}

func main() {
	println("ratio", int(ratio(5, 2)*10))
	ratio(2.5, 0)
}

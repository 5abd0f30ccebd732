// An ASCII Mandelbrot set: float64 arithmetic in a tight loop.
package main

import "fmt"

func main() {
	const rows, cols, maxIter = 12, 40, 50
	chars := " .:-=+*#%@"
	total := 0
	for r := 0; r < rows; r++ {
		line := make([]byte, cols)
		for c := 0; c < cols; c++ {
			x0 := -2.2 + 3.0*float64(c)/cols
			y0 := -1.2 + 2.4*float64(r)/rows
			x, y := 0.0, 0.0
			i := 0
			for ; i < maxIter && x*x+y*y <= 4; i++ {
				x, y = x*x-y*y+x0, 2*x*y+y0
			}
			total += i
			line[c] = chars[i*(len(chars)-1)/maxIter]
		}
		fmt.Println(string(line))
	}
	fmt.Println("iterations:", total)
}

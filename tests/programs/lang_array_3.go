// Arrays are values: assignment, parameters, range and interface boxing copy them;
// arrays of comparable elements compare element by element.
package main

import "fmt"

type Point struct{ X, Y int }

func bump(a [3]int) [3]int {
	a[0]++
	return a
}

func bumpPtr(a *[3]int) { a[0]++ }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a != b)
	c := bump(a)
	fmt.Println(a, c)
	bumpPtr(&a)
	fmt.Println(a)

	// range over an array iterates over a copy taken when the loop starts.
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	// range over a pointer to an array sees the updates.
	arr = [4]int{1, 2, 3, 4}
	for i, v := range &arr {
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Nested arrays and arrays of structs copy deeply.
	grid := [2][2]Point{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}
	g2 := grid
	g2[1][1].X = 70
	fmt.Println(grid, g2, grid == g2)
	g2[1][1].X = 7
	fmt.Println(grid == g2)

	// Arrays inside interfaces compare by value.
	var x, y interface{} = [2]string{"a", "b"}, [2]string{"a", "b"}
	fmt.Println(x == y, x == interface{}([2]string{"a", "c"}))
	x = [2]int{1, 2}
	fmt.Println(x == y)

	// Arrays of floats: NaN elements make arrays unequal to themselves.
	nan := 0.0
	nan = nan / nan
	fa := [2]float64{1, nan}
	fmt.Println(fa == fa, [2]float64{0, 1} == [2]float64{-0.0 * 1, 1})

	// Array literals with indices and inferred length.
	d := [...]string{2: "two", 5: "five"}
	fmt.Println(len(d), d, fmt.Sprintf("%q", d))
	e := [...]int{4: 1, 2, 0: 7}
	fmt.Println(len(e), e)

	// Element pointers stay valid and alias the array.
	p := &d[2]
	*p = "TWO"
	fmt.Println(d[2])

	// Zero-length arrays.
	var empty [0]int
	fmt.Println(len(empty), empty, empty == [0]int{})

	// Struct fields of array type copy with the struct.
	type Box struct{ Vals [3]int }
	b1 := Box{[3]int{1, 2, 3}}
	b2 := b1
	b2.Vals[2] = 30
	fmt.Println(b1, b2, b1 == b2)

	// Array of arrays as a map key.
	m := map[[2][2]int]string{{{1, 2}, {3, 4}}: "x"}
	fmt.Println(m[[2][2]int{{1, 2}, {3, 4}}], len(m[[2][2]int{}]))
	fmt.Printf("%v %d %T\n", grid[0], a, d)
}

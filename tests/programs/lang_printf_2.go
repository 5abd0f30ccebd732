// Printf width, precision and flags on integers, strings and floats; diagnostics for bad verbs.
package main

import "fmt"

func main() {
	fmt.Printf("[%6d][%-6d][%06d][%+d][% d][%x][%#o][%#b]\n", 42, 42, -42, 42, 42, -255, 8, 5)
	fmt.Printf("[%10s][%-10s][%.2s][%10.3s][%q][%-8q]\n", "hello", "hello", "hello", "hello", "hi\n", "x")
	fmt.Printf("[%8.3f][%-8.2f][%08.3f][%+.1e][%.0f][%.3g]\n", 3.14159, 2.5, -3.14159, 12345.678, 2.5, 1234.5678)
	fmt.Printf("[%c][%U][%#U][%q][%x][%X]\n", 'é', 'é', 'é', 'é', "é", []byte{1, 171})
	fmt.Printf("[%*d][%-*d][%.*f]\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("[%t][%5t][%v]\n", true, false, []bool{true})
	fmt.Printf("[%d][%s]\n", "str", 5)
	fmt.Printf("[%d]\n", 1, 2)
	fmt.Printf("[%d][%d]\n", 1)
	fmt.Printf("[%!][%z]\n", 3)
	fmt.Printf("[%v][%d][%x][%s]\n", []int{10, 11}, []int{10, 11}, []int{10, 11}, []string{"a", "b"})
	fmt.Printf("[% x][%#x][% X]\n", "abc", "abc", []byte("abc"))
	fmt.Printf("[%5.1f%%]\n", 99.44)
	fmt.Printf("[%x][%X][%o][%b]\n", uint64(1)<<63, int64(-1), -8, -3)
	fmt.Printf("[%e][%g][%g][%g]\n", 0.0, 1e21, 1e20, 0.00001)
	fmt.Printf("[%v][%.2v][%10v]\n", 1.0/3, 1.0/3, "pad")
	fmt.Printf("[%3c][%-4c]\n", 'x', 'y')
	s := fmt.Sprintln("a", 1, true)
	fmt.Printf("%q\n", s)
	fmt.Printf("%s %v\n", fmt.Sprint("x", 1, 2, "y"), fmt.Sprint(1, 2))
}

package main

import (
	"fmt"
	"strconv"
)

func main() {
	fs := []float64{0, 1, -1, 0.1, 3.14, 1e6, 1e21, 1e20, 123456, 1234567, 1e-5, 1e-4, 0.000123, 100, 2.5e-10, 1.0 / 3}
	for _, f := range fs {
		fmt.Printf("%v|%g|%.3g|%e|%.2e|%f|%.1f|%G|%#g|%#.3g|%8.2f|%-8.2f|%08.2f|%+.2f|% .2f|%.0f|%#.0f|%.10g\n", f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Println(float32(0.1), float32(1e10), float32(3.4e38), strconv.FormatFloat(1.5, 'f', -1, 64), strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(1e21, 'e', -1, 64))
	fmt.Printf("%q %+q %#q %q %x % x %#x %X % #x\n", "héllo\n\x01", "héllo", "abc`", 'x', "hi", "hi", "hi", "hi", "hi")
	fmt.Printf("%U %#U %c %q %08b %o %O %#o %#x %x %5d|%-5d|%05d|%+d|%.3d|%8.3d\n", 0x1F600, 'A', 'A', '\n', 5, 8, 8, 8, 255, -255, 42, 42, -42, 42, 7, 7)
}

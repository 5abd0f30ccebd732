// Printf verbs the seed programs and first tests rely on.
package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	fmt.Printf("%d %d %d\n", 0, -42, 1234567890123)
	fmt.Printf("%s|%v|%q\n", "go", "go", "go")
	fmt.Printf("%v %v %v\n", true, 3.5, []int{1, 2})
	fmt.Printf("%f %.2f %5.2f|%-8.3f|\n", 3.14159, 3.14159, 3.14159, 2.5)
	fmt.Printf("%x %X %x %x\n", 255, 255, "hi", -1)
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.0, []string{}, T{}, map[string]int{})
	fmt.Printf("%5d|%-5d|%05d\n", 42, 42, 42)
	fmt.Printf("%q %q\n", 'x', "tab\there")
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%v %+v\n", T{1, "x"}, T{1, "x"})
	fmt.Printf("%8s|%-8s|\n", "right", "left")
	fmt.Printf("%t %v\n", false, nil)
	fmt.Printf("%e %g %g\n", 123456.789, 0.000001, 100000000.0)
	fmt.Printf("%b %o %#x\n", 10, 8, 255)
	fmt.Printf("100%%\n")
	s := fmt.Sprintf("%d-%s", 7, "seven")
	fmt.Println(s, len(s))
	fmt.Println("a", 1, "b", 2.5, true)
	fmt.Print("x", 1, 2, "y", "\n")
}

// Full slice expressions s[lo:hi:max] limit capacity, so append copies instead of
// overwriting; two-index slices of slices share the array and extend into the capacity.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4]
	fmt.Println(a, len(a), cap(a))
	a = append(a, 100)
	fmt.Println(base)
	b := base[2:4:4]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 200)
	fmt.Println(base, b)
	c := base[1:3:5]
	fmt.Println(c, len(c), cap(c), c[:cap(c)])
	c = append(c, 9, 9)
	fmt.Println(base, c)
	c = append(c, 10)
	c[0] = -1
	fmt.Println(base, c)

	// Extending a slice back into its capacity.
	d := base[:0]
	fmt.Println(d, d[:4], len(d[:0:0]), cap(base[3:]), cap(base[3:5]), cap(base[3:5:6]))

	// Arrays and pointers to arrays can be 3-index sliced too.
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	e := arr[1:2:3]
	e = append(e, "X")
	fmt.Println(arr, e, len(e), cap(e))
	e = append(e, "Y")
	e[0] = "Z"
	fmt.Println(arr, e)
	p := &arr
	fmt.Println(p[4:], len(p[:2:2]), cap(p[2:]))

	// Defaults: omitted low is 0; high of a two-index slice defaults to len.
	f := base[:]
	fmt.Println(len(f), len(base[5:]), base[8:], base[8:] == nil, base[:0] == nil)
	var nilSlice []int
	fmt.Println(nilSlice[:] == nil, nilSlice[0:0:0] == nil, len(nilSlice[:0]))

	// Strings: two-index slicing only; the result shares bytes.
	s := "hello, world"
	fmt.Println(s[7:], s[:5], s[3:3] == "", s[len(s):])
	// copy between overlapping slices.
	o := []int{1, 2, 3, 4, 5}
	n := copy(o[1:], o)
	fmt.Println(n, o)
	n = copy(o, o[2:])
	fmt.Println(n, o)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "abcdef"), string(bs))
}

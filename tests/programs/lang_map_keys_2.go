// Map keys of struct, array, interface and float type: NaN keys never match (each insert
// adds an entry, lookups miss, delete cannot remove them), +0 and -0 are one key.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Key struct {
	Name string
	Pos  [2]int
}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	m := map[Key]int{}
	m[Key{"a", [2]int{1, 2}}] = 1
	m[Key{"a", [2]int{1, 2}}]++
	m[Key{"a", [2]int{2, 1}}] = 5
	fmt.Println(len(m), m[Key{"a", [2]int{1, 2}}], m)

	am := map[[3]string]bool{{"x", "y", "z"}: true}
	fmt.Println(am[[3]string{"x", "y", "z"}], am[[3]string{"x", "y"}])

	// Interface keys: dynamic type and value both matter.
	im := map[interface{}]string{}
	im[1] = "int"
	im[int64(1)] = "int64"
	im[1.0] = "float64"
	im["1"] = "string"
	im[[2]int{1, 1}] = "array"
	im[Key{Name: "k"}] = "struct"
	im[nil] = "nil"
	fmt.Println(len(im), im[1], im[int64(1)], im[1.0], im["1"], im[[2]int{1, 1}], im[Key{Name: "k"}], im[nil])
	var sh Shape = Sq{2}
	sm := map[Shape]int{sh: 4, Sq{3}: 9}
	fmt.Println(sm[Sq{2}], sm[Sq{3}], len(sm))

	// Float keys: NaN is never equal to itself.
	fm := map[float64]int{}
	nan := math.NaN()
	fm[nan] = 1
	fm[nan] = 2
	fm[math.NaN()] = 3
	fm[0.0] = 10
	negZero := math.Copysign(0, -1)
	fm[negZero] = 20
	fm[math.Inf(1)] = 30
	_, found := fm[nan]
	fmt.Println(len(fm), found, fm[0], fm[negZero], fm[math.Inf(1)])
	delete(fm, nan)
	fmt.Println(len(fm))
	nanVals := []int{}
	for k, v := range fm {
		if k != k {
			nanVals = append(nanVals, v)
		}
	}
	sort.Ints(nanVals)
	fmt.Println(nanVals)
	fmt.Println(map[float64]int{negZero: 1, 1: 2, math.Inf(-1): 3, 0.5: 4})
	// Interface keys holding NaN behave the same.
	ifm := map[interface{}]int{nan: 1}
	ifm[nan] = 2
	fmt.Println(len(ifm))

	// Pointer keys compare by address.
	a, b := new(int), new(int)
	pm := map[*int]string{a: "a", b: "b"}
	fmt.Println(len(pm), pm[a], pm[b])

	// Channel keys compare by identity.
	c1, c2 := make(chan int), make(chan int)
	cm := map[chan int]int{c1: 1, c2: 2}
	fmt.Println(cm[c1], cm[c2], len(cm))

	// Bool and rune keys.
	bm := map[bool]string{true: "yes", false: "no"}
	rm := map[rune]int{'a': 1, 'é': 2}
	fmt.Println(bm, rm)
	// float32 keys.
	f32 := map[float32]string{0.1: "a", 0.25: "b"}
	fmt.Println(f32[0.1], f32[float32(0.25)], f32)
}

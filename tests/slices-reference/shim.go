// Go 1.21's slices functions written for Go 1.19 (tests/slices-reference/regen.sh).
package main

import (
	"math"
	"sort"
)

type ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func isNaN[T ordered](x T) bool { return x != x }
func cmpLess[T ordered](x, y T) bool { return (isNaN(x) && !isNaN(y)) || x < y }

func slices_Sort[S ~[]E, E ordered](x S) { sort.Slice(x, func(i, j int) bool { return cmpLess(x[i], x[j]) }) }
func slices_SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	sort.Slice(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })
}
func slices_BinarySearch[S ~[]E, E ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmpLess(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (isNaN(x[i]) && isNaN(target)))
}
func slices_Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}
func slices_Contains[S ~[]E, E comparable](s S, v E) bool { return slices_Index(s, v) >= 0 }
func slices_Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}
func slices_Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// builtin min/max of Go 1.21 for two values
func min2[T ordered](x, y T) T {
	if isNaN(x) || isNaN(y) {
		if isNaN(x) {
			return x
		}
		return y
	}
	if x == y {
		if f, ok := any(x).(float64); ok && math.Signbit(f) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}
func max2[T ordered](x, y T) T {
	if isNaN(x) || isNaN(y) {
		if isNaN(x) {
			return x
		}
		return y
	}
	if x == y {
		if f, ok := any(x).(float64); ok && !math.Signbit(f) {
			return x
		}
		return y
	}
	if x > y {
		return x
	}
	return y
}
func slices_Min[S ~[]E, E ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min2(m, x[i])
	}
	return m
}
func slices_Max[S ~[]E, E ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max2(m, x[i])
	}
	return m
}

// Go 1.19 does not let interfaces satisfy comparable (Go 1.20 does).
func containsAny(s []any, v any) bool {
	for i := range s {
		if v == s[i] {
			return true
		}
	}
	return false
}
func indexErr(s []error, v error) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

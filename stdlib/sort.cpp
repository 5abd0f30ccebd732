// Package sort. The algorithms are Go 1.19's, written in Go in the package source:
// pattern-defeating quicksort for Sort and Slice (whose order of equal elements is
// observable, so it must be the same algorithm step for step), insertion sort plus
// SymMerge for Stable and SliceStable. Ints and Strings sort natively with std::sort:
// equal ints or strings are indistinguishable, so any correct sort gives Go's output.
// Float64s goes through pdqsort because -0 and +0 compare equal yet print differently.
#include <algorithm>

#include "stdlib/support.h"
#include "vm/panic.h"
#include "vm/type.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package sort

// An implementation of Interface can be sorted by the routines in this package. The
// methods refer to elements of the underlying collection by integer index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It makes one call
// to data.Len and O(n*log(n)) calls to data.Less and data.Swap. It is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(n))
}

// Stable sorts data in ascending order, keeping the original order of equal elements.
func Stable(data Interface) { stable(data, data.Len()) }

// Slice sorts the slice x given the provided less function; it panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	pdqsort(&funcSorter{x, less}, 0, n, bitLen(n))
}

// SliceStable sorts x with less, keeping the original order of equal elements.
func SliceStable(x any, less func(i, j int) bool) { stable(&funcSorter{x, less}, sliceLen(x)) }

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// funcSorter adapts a slice and its less function to Interface.
type funcSorter struct {
	slice any
	less  func(i, j int) bool
}

func (f *funcSorter) Len() int           { return sliceLen(f.slice) }
func (f *funcSorter) Less(i, j int) bool { return f.less(i, j) }
func (f *funcSorter) Swap(i, j int)      { swapElems(f.slice, i, j) }

func sliceLen(x any) int
func swapElems(x any, i, j int)

// reverse forwards to data with Less reversed. (Go embeds the Interface; explicit
// forwarding methods behave the same.)
type reverse struct {
	data Interface
}

func (r *reverse) Len() int           { return r.data.Len() }
func (r *reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r *reverse) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverse{data} }

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaN before every other value, as Go does.
func (x Float64Slice) Less(i, j int) bool   { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Strings(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

func Ints(x []int)
func Strings(x []string)

func Float64s(x []float64) { Sort(Float64Slice(x)) }

func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// Search returns the smallest index i in [0, n) at which f(i) is true, assuming that on
// [0, n) f(i) == true implies f(i+1) == true; n if there is none.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// bitLen is the number of bits needed to represent n (bits.Len).
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

// ---- pattern-defeating quicksort (Go 1.19's variant, without BlockQuicksort) ----

const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of data[first+lo : first+hi] from root lo.
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// pdqsort sorts data[a:b]; limit is the number of unbalanced partitions allowed before
// falling back to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced, wasPartitioned := true, true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint && partialInsertionSort(data, a, b) {
			return
		}
		// Many elements equal to the pivot: put them first and skip them.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, alreadyPartitioned := partition(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		left, right := mid-a, b-mid
		if left < right {
			wasBalanced = left >= length/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = right >= length/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves data[pivot] to its final place mid, with smaller elements before it and
// the others after; alreadyPartitioned reports that no element had to move.
func partition(data Interface, a, b, pivot int) (mid int, alreadyPartitioned bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual puts the elements equal to data[pivot] first (none is smaller) and
// returns the index of the first greater one.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to a few out-of-order pairs; true if data[a:b] ends sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	const maxSteps, shortestShifting = 5, 50
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 { // shift the smaller one left
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 { // shift the greater one right
			for j := i + 1; j < b && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle with pseudo-random others.
func breakPatterns(data Interface, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	random := uint64(length)
	modulus := uint(1) << uint(bitLen(length))
	for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
		random ^= random << 13 // xorshift
		random ^= random >> 17
		random ^= random << 5
		other := int(uint(random) & (modulus - 1))
		if other >= length {
			other -= length
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks a pivot: fixed below 8 elements, median of three below 50, else
// Tukey's ninther. The hint tells whether the samples looked increasing or decreasing.
func choosePivot(data Interface, a, b int) (pivot int, hint int) {
	const shortestNinther, maxSwaps = 50, 4 * 3
	l := b - a
	swaps := 0
	i, j, k := a+l/4*1, a+l/4*2, a+l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered so that data[first] <= data[second].
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// ---- stable sorting: insertion-sorted blocks merged with SymMerge (Kim and Kutzner) ----

func stable(data Interface, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place (a < m < b).
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] before the first element of data[m:b] not less than it.
		i := Search(b-m, func(k int) bool { return !data.Less(m+k, a) }) + m
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] before the first element of data[a:m] greater than it.
		i := Search(m-a, func(k int) bool { return data.Less(m, a+k) }) + a
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate turns the blocks data[a:m] data[m:b] into data[m:b] data[a:m] with swaps.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
)go";

// The slice inside an `any` argument of Slice/SliceStable; panics as reflect does when
// the dynamic value is not a slice.
const Slice* sliceArg(const Slot& x, const Type** elem) {
  auto* v = static_cast<const Iface*>(x.p);
  if (v == nullptr || v->type->ukind() != Kind::Slice)
    panicString("reflect: call of Slice on " + (v ? v->type->toString() : std::string("zero")) + " Value");
  *elem = v->type->under()->elem;
  return static_cast<const Slice*>(v->word.p);
}

void nativeSliceLen(NativeCtx&, Slot* io) {
  const Type* elem;
  io[0].i = sliceLen(sliceArg(io[0], &elem));
}

void nativeSwapElems(NativeCtx&, Slot* io) {
  const Type* elem;
  const Slice* s = sliceArg(io[0], &elem);
  int64_t i = io[1].i, j = io[2].i;
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s->len) || static_cast<uint64_t>(j) >= static_cast<uint64_t>(s->len))
    panicString("reflect: slice index out of range");
  std::swap_ranges(s->data + i * elem->size, s->data + (i + 1) * elem->size, s->data + j * elem->size);
}

void nativeInts(NativeCtx&, Slot* io) {
  if (auto* s = static_cast<const Slice*>(io[0].p)) {
    auto* data = reinterpret_cast<int64_t*>(s->data);
    std::sort(data, data + s->len);
  }
}

void nativeStrings(NativeCtx&, Slot* io) {
  if (auto* s = static_cast<const Slice*>(io[0].p)) {
    auto** data = reinterpret_cast<String**>(s->data);
    std::sort(data, data + s->len, [](const String* a, const String* b) { return strView(a) < strView(b); });
  }
}

}  // namespace

void registerSort() {
  registerPackage(PackageDef{"sort",
                             kSource,
                             {
                                 {"sliceLen", nativeSliceLen},
                                 {"swapElems", nativeSwapElems},
                                 {"Ints", nativeInts},
                                 {"Strings", nativeStrings},
                             }});
}

}  // namespace goro::stdlib

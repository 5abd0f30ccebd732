// Package slices (Go 1.21's API, the functions goro provides): generic natives that work
// on any element type through the element's Type.
//
// The functions are declared over placeholder type parameters (frontend/
// check_generic_native.cpp binds them at each call); every native receives the bound
// element type after its arguments. Elements are read in place in the slice's memory:
// ordering and equality dispatch on the element's kind. SortFunc, and Sort on floats, run
// Go's pattern-defeating quicksort step for step, because the final order of elements
// that compare equal (-0 and +0, records equal under cmp) is observable.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "runtime/gc.h"
#include "stdlib/support.h"
#include "vm/hash.h"
#include "vm/interp.h"
#include "vm/panic.h"
#include "vm/type.h"
#include "vm/vmstate.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package slices

// The type parameters of the generic natives below (see PackageDef::typeParams): each call
// binds them from its arguments. Go spells all three E, constrained by cmp.Ordered,
// comparable and any.
type ordered any
type comparable any
type elem any

// Sort sorts x in ascending order; NaNs come first.
func Sort(x []ordered)

// SortFunc sorts x in ascending order as determined by cmp, which returns a negative
// number when a < b, a positive number when a > b and zero otherwise. It is not stable.
func SortFunc(x []elem, cmp func(a, b elem) int)

// BinarySearch searches for target in the sorted x and returns the position where it is
// found, or where it would appear in sort order, and whether it is really there.
func BinarySearch(x []ordered, target ordered) (int, bool)

// Contains reports whether v is present in s.
func Contains(s []comparable, v comparable) bool

// Index returns the index of the first occurrence of v in s, or -1 if not present.
func Index(s []comparable, v comparable) int

// Equal reports whether both slices have the same length and equal elements.
func Equal(s1, s2 []comparable) bool

// Reverse reverses the elements of s in place.
func Reverse(s []elem)

// Max returns the maximal value in x; it panics if x is empty. A NaN makes the result NaN.
func Max(x []ordered) ordered

// Min returns the minimal value in x; it panics if x is empty. A NaN makes the result NaN.
func Min(x []ordered) ordered
)go";

// A slice seen as elements of a known type, in memory form.
struct Elems {
  const Type* type;
  char* data;
  int64_t len;

  Elems(const Slot& slice, const Slot& elemType) : type(static_cast<const Type*>(elemType.p)) {
    auto* s = static_cast<const Slice*>(slice.p);
    data = s ? s->data : nullptr;
    len = sliceLen(s);
  }
  void* at(int64_t i) const { return data + i * type->size; }
  // Swaps two elements a word at a time when they can hold pointers, so that every
  // pointer stays visible to the collector throughout.
  void swap(int64_t i, int64_t j) const {
    char *a = static_cast<char*>(at(i)), *b = static_cast<char*>(at(j));
    if (type->size % sizeof(uint64_t) == 0) {
      auto *wa = reinterpret_cast<uint64_t*>(a), *wb = reinterpret_cast<uint64_t*>(b);
      std::swap_ranges(wa, wa + type->size / sizeof(uint64_t), wb);
    } else {
      std::swap_ranges(a, a + type->size, b);
    }
  }
};

// cmp.Compare on two values of an ordered type in memory form: NaN sorts before every
// other float and equals another NaN; -0 equals +0.
int compareOrdered(const Type* t, const void* a, const void* b) {
  auto order = [](auto x, auto y) { return x < y ? -1 : x > y ? 1 : 0; };
  auto floats = [&](double x, double y) {
    bool nx = std::isnan(x), ny = std::isnan(y);
    if (nx || ny) return nx && ny ? 0 : nx ? -1 : 1;
    return order(x, y);
  };
  auto load = [](const void* p, auto zero) {
    decltype(zero) v;
    std::memcpy(&v, p, sizeof v);
    return v;
  };
  switch (t->ukind()) {
    case Kind::Int8: return order(load(a, int8_t()), load(b, int8_t()));
    case Kind::Int16: return order(load(a, int16_t()), load(b, int16_t()));
    case Kind::Int32: return order(load(a, int32_t()), load(b, int32_t()));
    case Kind::Int: case Kind::Int64: return order(load(a, int64_t()), load(b, int64_t()));
    case Kind::Uint8: return order(load(a, uint8_t()), load(b, uint8_t()));
    case Kind::Uint16: return order(load(a, uint16_t()), load(b, uint16_t()));
    case Kind::Uint32: return order(load(a, uint32_t()), load(b, uint32_t()));
    case Kind::Uint: case Kind::Uint64: case Kind::Uintptr: return order(load(a, uint64_t()), load(b, uint64_t()));
    case Kind::Float32: return floats(load(a, float()), load(b, float()));
    case Kind::Float64: return floats(load(a, double()), load(b, double()));
    case Kind::String: return order(strView(load(a, (const String*)nullptr)), strView(load(b, (const String*)nullptr)));
    default: return 0;  // the checker admits only ordered element types
  }
}

// Go's pattern-defeating quicksort (sort/zsortfunc.go, shared by sort.Sort, sort.Slice,
// slices.Sort and slices.SortFunc), over a sequence with less(i, j) and swap(i, j).
template <typename Seq>
class Pdqsort {
 public:
  explicit Pdqsort(Seq& data) : data_(data) {}
  void sort(int64_t n) {
    int limit = 0;
    for (uint64_t u = static_cast<uint64_t>(n); u != 0; u >>= 1) limit++;
    pdqsort(0, n, limit);
  }

 private:
  enum Hint { Unknown, Increasing, Decreasing };
  bool less(int64_t i, int64_t j) { return data_.less(i, j); }
  void swap(int64_t i, int64_t j) { data_.swap(i, j); }

  void insertionSort(int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
      for (int64_t j = i; j > a && less(j, j - 1); j--) swap(j, j - 1);
  }
  void siftDown(int64_t lo, int64_t hi, int64_t first) {
    int64_t root = lo;
    for (;;) {
      int64_t child = 2 * root + 1;
      if (child >= hi) return;
      if (child + 1 < hi && less(first + child, first + child + 1)) child++;
      if (!less(first + root, first + child)) return;
      swap(first + root, first + child);
      root = child;
    }
  }
  void heapSort(int64_t a, int64_t b) {
    int64_t n = b - a;
    for (int64_t i = (n - 1) / 2; i >= 0; i--) siftDown(i, n, a);
    for (int64_t i = n - 1; i >= 0; i--) {
      swap(a, a + i);
      siftDown(0, i, a);
    }
  }
  void pdqsort(int64_t a, int64_t b, int limit) {
    constexpr int64_t maxInsertion = 12;
    bool wasBalanced = true, wasPartitioned = true;
    for (;;) {
      int64_t length = b - a;
      if (length <= maxInsertion) {
        insertionSort(a, b);
        return;
      }
      if (limit == 0) {
        heapSort(a, b);
        return;
      }
      if (!wasBalanced) {
        breakPatterns(a, b);
        limit--;
      }
      auto [pivot, hint] = choosePivot(a, b);
      if (hint == Decreasing) {
        reverseRange(a, b);
        pivot = (b - 1) - (pivot - a);
        hint = Increasing;
      }
      if (wasBalanced && wasPartitioned && hint == Increasing && partialInsertionSort(a, b)) return;
      if (a > 0 && !less(a - 1, pivot)) {
        a = partitionEqual(a, b, pivot);
        continue;
      }
      auto [mid, alreadyPartitioned] = partition(a, b, pivot);
      wasPartitioned = alreadyPartitioned;
      int64_t left = mid - a, right = b - mid;
      if (left < right) {
        wasBalanced = left >= length / 8;
        pdqsort(a, mid, limit);
        a = mid + 1;
      } else {
        wasBalanced = right >= length / 8;
        pdqsort(mid + 1, b, limit);
        b = mid;
      }
    }
  }
  std::pair<int64_t, bool> partition(int64_t a, int64_t b, int64_t pivot) {
    swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && less(i, a)) i++;
    while (i <= j && !less(j, a)) j--;
    if (i > j) {
      swap(j, a);
      return {j, true};
    }
    swap(i, j);
    i++;
    j--;
    for (;;) {
      while (i <= j && less(i, a)) i++;
      while (i <= j && !less(j, a)) j--;
      if (i > j) break;
      swap(i, j);
      i++;
      j--;
    }
    swap(j, a);
    return {j, false};
  }
  int64_t partitionEqual(int64_t a, int64_t b, int64_t pivot) {
    swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
      while (i <= j && !less(a, i)) i++;
      while (i <= j && less(a, j)) j--;
      if (i > j) return i;
      swap(i, j);
      i++;
      j--;
    }
  }
  bool partialInsertionSort(int64_t a, int64_t b) {
    constexpr int maxSteps = 5;
    constexpr int64_t shortestShifting = 50;
    int64_t i = a + 1;
    for (int step = 0; step < maxSteps; step++) {
      while (i < b && !less(i, i - 1)) i++;
      if (i == b) return true;
      if (b - a < shortestShifting) return false;
      swap(i, i - 1);
      if (i - a >= 2)  // Go's bound is 1, not a: kept for identical results
        for (int64_t j = i - 1; j >= 1 && less(j, j - 1); j--) swap(j, j - 1);
      if (b - i >= 2)
        for (int64_t j = i + 1; j < b && less(j, j - 1); j++) swap(j, j - 1);
    }
    return false;
  }
  void breakPatterns(int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length < 8) return;
    uint64_t random = static_cast<uint64_t>(length);
    int bits = 0;
    for (uint64_t u = random; u != 0; u >>= 1) bits++;
    uint64_t modulus = uint64_t(1) << bits;
    for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
      random ^= random << 13;
      random ^= random >> 17;
      random ^= random << 5;
      auto other = static_cast<int64_t>(random & (modulus - 1));
      if (other >= length) other -= length;
      swap(idx, a + other);
    }
  }
  std::pair<int64_t, Hint> choosePivot(int64_t a, int64_t b) {
    constexpr int64_t shortestNinther = 50;
    constexpr int maxSwaps = 4 * 3;
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
      if (l >= shortestNinther) {
        i = median(i - 1, i, i + 1, swaps);
        j = median(j - 1, j, j + 1, swaps);
        k = median(k - 1, k, k + 1, swaps);
      }
      j = median(i, j, k, swaps);
    }
    if (swaps == 0) return {j, Increasing};
    if (swaps == maxSwaps) return {j, Decreasing};
    return {j, Unknown};
  }
  void order2(int64_t& a, int64_t& b, int& swaps) {
    if (less(b, a)) {
      swaps++;
      std::swap(a, b);
    }
  }
  int64_t median(int64_t a, int64_t b, int64_t c, int& swaps) {
    order2(a, b, swaps);
    order2(b, c, swaps);
    order2(a, b, swaps);
    return b;
  }
  void reverseRange(int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--) swap(i, j);
  }

  Seq& data_;
};

// Sorts the n elements at data as values of type T with std::sort.
template <typename T>
void sortAs(char* data, int64_t n) {
  auto* first = reinterpret_cast<T*>(data);
  std::sort(first, first + n);
}

// io: x, E. Equal integers or strings are indistinguishable, so any correct sort gives
// Go's result and std::sort does; floats need Go's algorithm (-0 and +0 compare equal).
void nativeSort(NativeCtx&, Slot* io) {
  Elems x(io[0], io[1]);
  switch (x.type->ukind()) {
    case Kind::Int8: return sortAs<int8_t>(x.data, x.len);
    case Kind::Int16: return sortAs<int16_t>(x.data, x.len);
    case Kind::Int32: return sortAs<int32_t>(x.data, x.len);
    case Kind::Int: case Kind::Int64: return sortAs<int64_t>(x.data, x.len);
    case Kind::Uint8: return sortAs<uint8_t>(x.data, x.len);
    case Kind::Uint16: return sortAs<uint16_t>(x.data, x.len);
    case Kind::Uint32: return sortAs<uint32_t>(x.data, x.len);
    case Kind::Uint: case Kind::Uint64: case Kind::Uintptr: return sortAs<uint64_t>(x.data, x.len);
    case Kind::String: {
      auto** first = reinterpret_cast<String**>(x.data);
      std::sort(first, first + x.len, [](const String* a, const String* b) { return strView(a) < strView(b); });
      return;
    }
    default: break;
  }
  struct Floats : Elems {
    bool less(int64_t i, int64_t j) const { return compareOrdered(type, at(i), at(j)) < 0; }
  } floats{x};
  Pdqsort<Floats>(floats).sort(x.len);
}

// io: x, cmp, E. Each call of cmp gets its own copies of aggregate elements, as Go passes
// them by value.
void nativeSortFunc(NativeCtx& cx, Slot* io) {
  struct ByCmp : Elems {
    ByCmp(NativeCtx& cx, const Slot& slice, const Slot& cmp, const Slot& elemType)
        : Elems(slice, elemType), cx(cx), cmp(static_cast<const Closure*>(cmp.p)) {}
    Slot arg(int64_t i) const {
      if (!type->isAggregate()) return loadValue(type, at(i));
      void* copy = allocValue(type);
      std::memcpy(copy, at(i), type->size);
      return Slot{.p = copy};
    }
    bool less(int64_t i, int64_t j) {
      Slot call[2] = {arg(i), arg(j)};
      if (!cmp) throwNilDeref(cx);
      callClosure(cx, cmp, call);
      return call[0].i < 0;
    }
    NativeCtx& cx;
    const Closure* cmp;
  } x(cx, io[0], io[1], io[2]);
  Pdqsort<ByCmp>(x).sort(x.len);
}

// io: x, target, E. Results: index, found.
void nativeBinarySearch(NativeCtx&, Slot* io) {
  Elems x(io[0], io[2]);
  float scratch;
  const void* target = memoryForm(x.type, io[1], scratch);
  int64_t i = 0, j = x.len;
  while (i < j) {
    int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
    if (compareOrdered(x.type, x.at(h), target) < 0) i = h + 1;
    else j = h;
  }
  io[0].i = i;
  io[1].i = i < x.len && compareOrdered(x.type, x.at(i), target) == 0;
}

int64_t indexOf(const Elems& s, const Slot& v) {
  float scratch;
  const void* target = memoryForm(s.type, v, scratch);
  for (int64_t i = 0; i < s.len; i++)
    if (equalValues(s.type, s.at(i), target)) return i;
  return -1;
}

// io: s, v, E.
void nativeIndex(NativeCtx&, Slot* io) { io[0].i = indexOf(Elems(io[0], io[2]), io[1]); }
void nativeContains(NativeCtx&, Slot* io) { io[0].i = indexOf(Elems(io[0], io[2]), io[1]) >= 0; }

// io: s1, s2, E.
void nativeEqual(NativeCtx&, Slot* io) {
  Elems a(io[0], io[2]), b(io[1], io[2]);
  bool equal = a.len == b.len;
  for (int64_t i = 0; equal && i < a.len; i++) equal = equalValues(a.type, a.at(i), b.at(i));
  io[0].i = equal;
}

// io: s, E.
void nativeReverse(NativeCtx&, Slot* io) {
  Elems s(io[0], io[1]);
  for (int64_t i = 0, j = s.len - 1; i < j; i++, j--) s.swap(i, j);
}

// The builtin max (wantMax) or min of two ordered values: a NaN wins, and between -0 and
// +0 max picks +0 and min picks -0.
const void* pick(const Type* t, const void* best, const void* x, bool wantMax) {
  if (t->isFloat()) {
    double b, v;
    if (t->ukind() == Kind::Float32) {
      b = *static_cast<const float*>(best);
      v = *static_cast<const float*>(x);
    } else {
      b = *static_cast<const double*>(best);
      v = *static_cast<const double*>(x);
    }
    if (std::isnan(b)) return best;
    if (std::isnan(v)) return x;
    if (b == v) return std::signbit(b) == wantMax ? x : best;
  }
  int c = compareOrdered(t, x, best);
  return (wantMax ? c > 0 : c < 0) ? x : best;
}

template <bool wantMax>
void nativeExtreme(NativeCtx&, Slot* io) {
  Elems x(io[0], io[1]);
  if (x.len == 0) panicString(wantMax ? "slices.Max: empty list" : "slices.Min: empty list");
  const void* best = x.at(0);
  for (int64_t i = 1; i < x.len; i++) best = pick(x.type, best, x.at(i), wantMax);
  io[0] = loadValue(x.type, best);
}

}  // namespace

void registerSlices() {
  registerPackage({"slices",
                   kSource,
                   {
                       {"Sort", nativeSort},
                       {"SortFunc", nativeSortFunc},
                       {"BinarySearch", nativeBinarySearch},
                       {"Contains", nativeContains},
                       {"Index", nativeIndex},
                       {"Equal", nativeEqual},
                       {"Reverse", nativeReverse},
                       {"Max", nativeExtreme<true>},
                       {"Min", nativeExtreme<false>},
                   },
                   {
                       {"ordered", "E", TypeConstraint::Ordered},
                       {"comparable", "E", TypeConstraint::Comparable},
                       {"elem", "E", TypeConstraint::Any},
                   }});
}

}  // namespace goro::stdlib

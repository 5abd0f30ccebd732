// How Go values look in memory and in VM registers.
//
// Design: Go is statically typed, so values carry no tags. Memory (variables that live on
// the heap, struct fields, array and slice elements, map entries) uses Go's own amd64
// layout: bool/int8/uint8 take 1 byte, int16 2, int32/float32 4, int/int64/float64 and all
// reference-like values 8, structs and arrays are stored inline with Go's alignment (the
// sizes come from vm/type.h). The reference-like values are one machine word each:
//
//   string     String*   (nullptr is "")           immutable header, bytes may be shared
//   slice      Slice*    (nullptr is a nil slice)  immutable header {data, len, cap}
//   map        Map*      (nullptr is a nil map)
//   chan       Chan*     (nullptr is a nil channel)
//   func       Closure*  (nullptr is a nil func)
//   pointer    raw (interior) pointer into GC memory
//   interface  Iface*    (nullptr is a nil interface) immutable {dynamic type, word}
//
// A VM register (Slot) is 8 bytes. Integers sit in it sign- or zero-extended from their
// width, float32 values are widened to double (and rounded back after each operation),
// bools are 0/1. Structs and arrays do not fit: a register holds a pointer to a block of
// `type->size` bytes, and the compiler copies the block whenever the value is stored
// (assignment, parameter passing, return, element store, conversion to interface), so a
// block a register points to is never mutated while the register's value is live.
//
// Every zero value is all-zero bytes, so fresh memory from the collector is always a
// valid zero value. All Go memory comes from bdwgc (runtime/gc.h); memory that holds no
// pointers (string bytes, []int backing arrays) is allocated atomic (never scanned).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace goro {

struct Type;
struct FuncProto;

union Slot {
  int64_t i;
  uint64_t u;
  double f;
  void* p;
};
static_assert(sizeof(Slot) == 8);

struct String {
  const char* data;
  int64_t len;
  std::string_view view() const { return {data, static_cast<size_t>(len)}; }
};

struct Slice {
  char* data;  // first element; element i is at data + i * elem->size
  int64_t len;
  int64_t cap;
};

// A function value. Captured variables are heap boxes shared with the enclosing function
// (Go closures capture variables by reference); `captured[i]` points at box i.
struct Closure {
  const FuncProto* proto;
  uint32_t ncaptured;
  void* captured[];
};

// A non-nil interface value. `word` holds the dynamic value in its register form: the bits
// of a scalar, the pointer of a reference-like value, or a pointer to a private copy of a
// struct or array.
struct Iface {
  const Type* type;
  Slot word;
};

// Views for native code. A Go string never needs a terminating NUL.
inline std::string_view strView(const String* s) { return s ? s->view() : std::string_view(); }
inline int64_t strLen(const String* s) { return s ? s->len : 0; }
inline int64_t sliceLen(const Slice* s) { return s ? s->len : 0; }

// Allocation of Go values (implemented in vm/value.cpp on top of runtime/gc.h).
String* newString(std::string_view bytes);        // copies the bytes
String* newStringUninit(int64_t len, char** out);  // caller fills *out
Slice* newSlice(const Type* elem, int64_t len, int64_t cap);  // zeroed elements
Iface* newIface(const Type* type, Slot word);
void* allocValue(const Type* t);  // zeroed memory for one value of type t

// Load a value of type t from memory into register form, and store it back (aggregates:
// load yields the pointer itself, store copies t->size bytes).
Slot loadValue(const Type* t, const void* addr);
void storeValue(const Type* t, void* addr, Slot v);

}  // namespace goro

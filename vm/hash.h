// Hashing and equality of Go values by type, and the seedable random source behind
// hash seeds and map iteration order.
//
// Design: comparable Go values are hashed and compared in their memory form (vm/value.h),
// walking the type: scalars by their bytes, floats by value (+0 and -0 are equal and hash
// alike, NaN equals nothing and hashes randomly, as in Go), strings by content, interfaces
// by dynamic type then value, structs field by field (blank fields ignored, padding never
// read) and arrays element by element. The mixing step is a 64x64->128 multiply folded to
// 64 bits, the core of the wyhash family: a few cycles per word and good avalanche, so
// the low bits a hash table takes are as good as the high ones.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/value.h"

namespace goro {

struct Type;

namespace hashdetail {
inline constexpr uint64_t kMul0 = 0xa0761d6478bd642full;
inline constexpr uint64_t kMul1 = 0xe7037ed1a0b428dbull;
inline uint64_t mix(uint64_t a, uint64_t b) {
  unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
}
}  // namespace hashdetail

// Hash of one 64-bit word (integers, pointers, string headers' identity).
inline uint64_t hashWord(uint64_t word, uint64_t seed) {
  using namespace hashdetail;
  unsigned __int128 product = static_cast<unsigned __int128>(word ^ kMul0) * (seed ^ kMul1);
  return mix(static_cast<uint64_t>(product) ^ kMul0, static_cast<uint64_t>(product >> 64) ^ kMul1);
}
// Hash of a byte sequence (string contents).
uint64_t hashBytes(const void* data, size_t len, uint64_t seed);

// Hash of a value of comparable type t stored in memory form at `mem`. Panics with
// "runtime error: hash of unhashable type T" when an interface inside the value holds a
// dynamic type that is not comparable.
uint64_t hashValue(const Type* t, const void* mem, uint64_t seed);
// Go's == on two values of comparable type t in memory form. Panics with
// "runtime error: comparing uncomparable type T" when two interfaces inside hold the same
// uncomparable dynamic type.
bool equalValues(const Type* t, const void* a, const void* b);
// Whether every value of t equals itself (false when a float, possibly NaN, can occur
// inside it, including behind an interface).
bool alwaysSelfEqual(const Type* t);
// Whether hashing a value of t can panic (t contains an interface).
bool hashMightPanic(const Type* t);

// The memory form of a register value of type t: aggregates already point at it; other
// values are their own register bytes (integers are stored little-endian and
// sign/zero-extended, so their first t->size bytes are the memory form), except float32,
// which registers hold widened to double and which is narrowed into `scratch`.
const void* memoryForm(const Type* t, const Slot& value, float& scratch);

// Randomness for hash seeds, NaN hashes and the start of every map iteration. The runtime
// installs its seedable generator so that `--seed N` makes map order reproducible; until
// then a process-wide splitmix64 is used (one atomic add per draw: no thread_local, so it is
// safe across fiber migration), seeded from std::random_device unless seedRandom is called.
using RandomSource = uint64_t (*)();
void setRandomSource(RandomSource source);  // nullptr restores the built-in generator
void seedRandom(uint64_t seed);             // reseeds the built-in generator
uint64_t fastrand();

}  // namespace goro

// Type-driven hashing and equality of Go values, and the random source (see vm/hash.h).
#include "vm/hash.h"

#include <atomic>
#include <bit>
#include <cstring>
#include <random>
#include <string>

#include "vm/panic.h"
#include "vm/type.h"

namespace goro {

static_assert(std::endian::native == std::endian::little,
              "register and memory forms of integers coincide only on little-endian machines");

namespace {

using hashdetail::kMul0;
using hashdetail::kMul1;
using hashdetail::mix;

uint64_t read64(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
uint64_t read32(const unsigned char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// The bits of a scalar of 1, 2, 4 or 8 bytes, zero-extended.
uint64_t loadBits(const void* mem, uint32_t size) {
  switch (size) {
    case 1: return *static_cast<const uint8_t*>(mem);
    case 2: { uint16_t v; std::memcpy(&v, mem, 2); return v; }
    case 4: { uint32_t v; std::memcpy(&v, mem, 4); return v; }
    default: { uint64_t v; std::memcpy(&v, mem, 8); return v; }
  }
}

uint64_t hashFloat(double d, uint64_t seed) {
  if (d == 0) return hashWord(0, seed);           // +0 and -0 are equal keys
  if (d != d) return hashWord(fastrand(), seed);  // NaN: every one is a distinct key
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  return hashWord(bits, seed);
}

bool isBlank(const StructField& f) { return f.name == "_"; }

const Iface* loadIface(const void* mem) { return *static_cast<Iface* const*>(mem); }
const String* loadString(const void* mem) { return *static_cast<String* const*>(mem); }

}  // namespace

uint64_t hashBytes(const void* data, size_t len, uint64_t seed) {
  const auto* p = static_cast<const unsigned char*>(data);
  seed ^= kMul0;
  uint64_t a = 0, b = 0;
  if (len <= 16) {
    if (len >= 8) {
      a = read64(p);
      b = read64(p + len - 8);
    } else if (len >= 4) {
      a = read32(p);
      b = read32(p + len - 4);
    } else if (len > 0) {
      a = (uint64_t{p[0]} << 16) | (uint64_t{p[len >> 1]} << 8) | p[len - 1];
    }
  } else {
    size_t rest = len;
    while (rest > 16) {
      seed = mix(read64(p) ^ kMul1, read64(p + 8) ^ seed);
      p += 16;
      rest -= 16;
    }
    a = read64(p + rest - 16);
    b = read64(p + rest - 8);
  }
  return mix(kMul1 ^ len, mix(a ^ kMul1, b ^ seed));
}

const void* memoryForm(const Type* t, const Slot& value, float& scratch) {
  switch (t->ukind()) {
    case Kind::Struct:
    case Kind::Array:
      return value.p;
    case Kind::Float32:
      scratch = static_cast<float>(value.f);
      return &scratch;
    default:
      return &value;
  }
}

uint64_t hashValue(const Type* t, const void* mem, uint64_t seed) {
  const Type* u = t->under();
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr: case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
      return hashWord(loadBits(mem, u->size), seed);
    case Kind::Float32: {
      float f;
      std::memcpy(&f, mem, 4);
      return hashFloat(f, seed);
    }
    case Kind::Float64: {
      double d;
      std::memcpy(&d, mem, 8);
      return hashFloat(d, seed);
    }
    case Kind::String: {
      const String* s = loadString(mem);
      return s ? hashBytes(s->data, static_cast<size_t>(s->len), seed) : hashBytes(nullptr, 0, seed);
    }
    case Kind::Interface: {
      const Iface* i = loadIface(mem);
      if (!i) return hashWord(0, seed);
      if (!i->type->comparable()) panicRuntimeError("hash of unhashable type " + i->type->toString());
      float scratch;
      return hashValue(i->type, memoryForm(i->type, i->word, scratch),
                       hashWord(reinterpret_cast<uintptr_t>(i->type), seed));
    }
    case Kind::Array: {
      const auto* p = static_cast<const char*>(mem);
      for (int64_t k = 0; k < u->len; k++) seed = hashValue(u->elem, p + k * u->elem->size, seed);
      return seed;
    }
    case Kind::Struct: {
      const auto* p = static_cast<const char*>(mem);
      for (const StructField& f : u->fields)
        if (!isBlank(f)) seed = hashValue(f.type, p + f.offset, seed);
      return seed;
    }
    default:
      panicRuntimeError("hash of unhashable type " + t->toString());
  }
}

bool equalValues(const Type* t, const void* a, const void* b) {
  const Type* u = t->under();
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr: case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
      return loadBits(a, u->size) == loadBits(b, u->size);
    case Kind::Float32: {
      float x, y;
      std::memcpy(&x, a, 4);
      std::memcpy(&y, b, 4);
      return x == y;
    }
    case Kind::Float64: {
      double x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      return x == y;
    }
    case Kind::String: {
      const String* x = loadString(a);
      const String* y = loadString(b);
      if (x == y) return true;
      int64_t len = strLen(x);
      return len == strLen(y) && (len == 0 || std::memcmp(x->data, y->data, len) == 0);
    }
    case Kind::Interface: {
      const Iface* x = loadIface(a);
      const Iface* y = loadIface(b);
      if (x == y) return true;
      if (!x || !y || x->type != y->type) return false;
      if (!x->type->comparable())
        panicRuntimeError("comparing uncomparable type " + x->type->toString());
      float xs, ys;
      return equalValues(x->type, memoryForm(x->type, x->word, xs), memoryForm(y->type, y->word, ys));
    }
    case Kind::Array: {
      const auto* p = static_cast<const char*>(a);
      const auto* q = static_cast<const char*>(b);
      uint32_t stride = u->elem->size;
      for (int64_t k = 0; k < u->len; k++)
        if (!equalValues(u->elem, p + k * stride, q + k * stride)) return false;
      return true;
    }
    case Kind::Struct: {
      const auto* p = static_cast<const char*>(a);
      const auto* q = static_cast<const char*>(b);
      for (const StructField& f : u->fields)
        if (!isBlank(f) && !equalValues(f.type, p + f.offset, q + f.offset)) return false;
      return true;
    }
    default:
      panicRuntimeError("comparing uncomparable type " + t->toString());
  }
}

bool alwaysSelfEqual(const Type* t) {
  const Type* u = t->under();
  switch (u->kind) {
    case Kind::Float32: case Kind::Float64: case Kind::Interface:
      return false;
    case Kind::Array:
      return u->len == 0 || alwaysSelfEqual(u->elem);
    case Kind::Struct:
      for (const StructField& f : u->fields)
        if (!isBlank(f) && !alwaysSelfEqual(f.type)) return false;
      return true;
    default:
      return true;
  }
}

bool hashMightPanic(const Type* t) {
  const Type* u = t->under();
  switch (u->kind) {
    case Kind::Interface:
      return true;
    case Kind::Array:
      return u->len > 0 && hashMightPanic(u->elem);
    case Kind::Struct:
      for (const StructField& f : u->fields)
        if (!isBlank(f) && hashMightPanic(f.type)) return true;
      return false;
    default:
      return false;
  }
}

// ---- random source ----

namespace {

constexpr uint64_t kGolden = 0x9e3779b97f4a7c15ull;

std::atomic<RandomSource> installedSource{nullptr};

std::atomic<uint64_t>& builtinState() {
  static std::atomic<uint64_t> state{(uint64_t{std::random_device{}()} << 32) ^ std::random_device{}()};
  return state;
}

}  // namespace

void setRandomSource(RandomSource source) { installedSource.store(source, std::memory_order_relaxed); }

void seedRandom(uint64_t seed) { builtinState().store(seed, std::memory_order_relaxed); }

uint64_t fastrand() {
  if (RandomSource source = installedSource.load(std::memory_order_relaxed)) return source();
  // splitmix64: a Weyl sequence through a strong finalizer.
  uint64_t z = builtinState().fetch_add(kGolden, std::memory_order_relaxed) + kGolden;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

}  // namespace goro

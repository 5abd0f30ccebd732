// Allocation of Go values and conversion between memory and register form (vm/value.h).
#include "vm/value.h"

#include "runtime/gc.h"
#include "vm/type.h"

namespace goro {

namespace {

void* allocBytes(size_t bytes, bool hasPointers) {
  // A zero-size value still needs a distinct non-null address (e.g. &struct{}{}).
  if (bytes == 0) bytes = 1;
  return hasPointers ? gc::alloc(bytes) : gc::allocAtomic(bytes);
}

}  // namespace

String* newString(std::string_view bytes) {
  char* data = nullptr;
  String* s = newStringUninit(static_cast<int64_t>(bytes.size()), &data);
  if (!bytes.empty()) std::memcpy(data, bytes.data(), bytes.size());
  return s;
}

String* newStringUninit(int64_t len, char** out) {
  auto* s = static_cast<String*>(gc::alloc(sizeof(String)));
  char* data = static_cast<char*>(allocBytes(static_cast<size_t>(len), false));
  s->data = data;
  s->len = len;
  *out = data;
  return s;
}

Slice* newSlice(const Type* elem, int64_t len, int64_t cap) {
  auto* s = static_cast<Slice*>(gc::alloc(sizeof(Slice)));
  s->data = static_cast<char*>(allocBytes(static_cast<size_t>(cap) * elem->size, elem->hasPointers));
  s->len = len;
  s->cap = cap;
  return s;
}

Iface* newIface(const Type* type, Slot word) {
  auto* i = static_cast<Iface*>(gc::alloc(sizeof(Iface)));
  i->type = type;
  i->word = word;
  return i;
}

void* allocValue(const Type* t) { return allocBytes(t->size, t->hasPointers); }

Slot loadValue(const Type* t, const void* addr) {
  Slot v;
  switch (t->ukind()) {
    case Kind::Bool:
    case Kind::Uint8: v.u = *static_cast<const uint8_t*>(addr); break;
    case Kind::Int8: v.i = *static_cast<const int8_t*>(addr); break;
    case Kind::Int16: v.i = *static_cast<const int16_t*>(addr); break;
    case Kind::Uint16: v.u = *static_cast<const uint16_t*>(addr); break;
    case Kind::Int32: v.i = *static_cast<const int32_t*>(addr); break;
    case Kind::Uint32: v.u = *static_cast<const uint32_t*>(addr); break;
    case Kind::Float32: v.f = *static_cast<const float*>(addr); break;
    case Kind::Struct:
    case Kind::Array: v.p = const_cast<void*>(addr); break;
    default: std::memcpy(&v, addr, sizeof v); break;  // every other kind is one 8-byte word
  }
  return v;
}

void storeValue(const Type* t, void* addr, Slot v) {
  switch (t->ukind()) {
    case Kind::Bool:
    case Kind::Uint8:
    case Kind::Int8: *static_cast<uint8_t*>(addr) = static_cast<uint8_t>(v.u); break;
    case Kind::Int16:
    case Kind::Uint16: *static_cast<uint16_t*>(addr) = static_cast<uint16_t>(v.u); break;
    case Kind::Int32:
    case Kind::Uint32: *static_cast<uint32_t*>(addr) = static_cast<uint32_t>(v.u); break;
    case Kind::Float32: *static_cast<float*>(addr) = static_cast<float>(v.f); break;
    case Kind::Struct:
    case Kind::Array:
      if (addr != v.p) std::memmove(addr, v.p, t->size);
      break;
    default: std::memcpy(addr, &v, sizeof v); break;
  }
}

}  // namespace goro

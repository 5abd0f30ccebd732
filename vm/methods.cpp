// Run-time support for methods, equality and slices: method lookup on dynamic types (for
// interface calls, method values and fmt's callbacks), deep equality, Go's slice growth,
// and the small proto/closure helpers of vm/bytecode.h.
#include <algorithm>
#include <atomic>
#include <mutex>
#include <unordered_map>

#include "frontend/scope.h"
#include "runtime/gc.h"
#include "vm/type.h"
#include "vm/vmstate.h"

namespace goro {

uint32_t FuncProto::lineAt(uint32_t pc) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), pc,
                             [](uint32_t x, const LineEntry& e) { return x < e.pc; });
  return it == lines.begin() ? declLine : std::prev(it)->line;
}

String* permanentString(std::string_view bytes) {
  auto* s = static_cast<String*>(gc::allocUncollectable(sizeof(String)));
  char* data = static_cast<char*>(gc::allocUncollectable(bytes.size() + 1));
  std::memcpy(data, bytes.data(), bytes.size());
  s->data = data;
  s->len = int64_t(bytes.size());
  return s;
}

Closure* staticClosure(FuncProto* proto) {
  if (!proto->funcValue) {
    auto* c = static_cast<Closure*>(gc::allocUncollectable(sizeof(Closure)));
    c->proto = proto;
    c->ncaptured = 0;
    proto->funcValue = c;
  }
  return proto->funcValue;
}

FuncProto* boundProtoFor(FuncProto* method) {
  std::atomic_ref<FuncProto*> made(method->boundProto);
  if (FuncProto* b = made.load(std::memory_order_acquire)) return b;
  static std::mutex mu;
  std::lock_guard lock(mu);
  if (!made.load(std::memory_order_relaxed)) {
    auto* b = new FuncProto();
    b->name = method->name + "-fm";
    b->kind = ProtoKind::Bound;
    b->sig = method->sig;
    b->nparams = uint16_t(method->nparams - 1);
    b->nresults = method->nresults;
    b->nregs = std::max(b->nparams, b->nresults);
    b->ncaptured = 1;
    b->target = method;
    b->file = method->file;
    b->declLine = method->declLine;
    made.store(b, std::memory_order_release);
  }
  return made.load(std::memory_order_relaxed);
}

// ---------------------------------------------------------------- method lookup

namespace {

const Method* declaredMethod(const Type* named, std::string_view name) {
  if (!named || !named->isNamed() || named->isInterface()) return nullptr;
  for (const Method& m : named->methods)
    if (m.name == name && m.obj && m.obj->proto) return &m;
  return nullptr;
}

// Finds `name` on struct type `st` through embedded fields, breadth first as Go's
// selector rules require (shallowest depth wins).
bool findPromoted(const Type* st, std::string_view name, MethodTarget& out) {
  struct Candidate {
    const Type* structType;
    std::vector<MethodTarget::Hop> hops;
  };
  std::vector<Candidate> level{{st, {}}};
  for (int depth = 0; depth < 16 && !level.empty(); depth++) {
    std::vector<Candidate> next;
    for (const Candidate& c : level) {
      for (const StructField& f : c.structType->fields) {
        if (!f.embedded) continue;
        bool isPtr = f.type->kind == Kind::Pointer;
        const Type* base = isPtr ? f.type->elem : f.type;
        std::vector<MethodTarget::Hop> hops = c.hops;
        if (f.type->ukind() == Kind::Interface) {
          // A method of an embedded interface: forwarded to the value stored in the field.
          for (const Method& m : f.type->under()->methods) {
            if (m.name != name) continue;
            hops.push_back({f.offset, false});
            out.hops = std::move(hops);
            out.viaInterface = true;
            out.recvType = f.type;
            return true;
          }
          continue;
        }
        hops.push_back({f.offset, isPtr});
        if (const Method* m = declaredMethod(base, name)) {
          out.proto = m->obj->proto;
          out.hops = std::move(hops);
          out.recvType = base;
          out.loadType = m->ptrRecv ? nullptr : base;
          return true;
        }
        if (base->ukind() == Kind::Struct) next.push_back({base->under(), std::move(hops)});
      }
    }
    level = std::move(next);
  }
  return false;
}

MethodTarget* computeTarget(const Type* dyn, std::string_view name) {
  auto* t = new MethodTarget();
  t->dynType = dyn;
  bool isPtr = dyn->kind == Kind::Pointer;
  const Type* base = isPtr ? dyn->elem : dyn;
  t->startsFromValue = !isPtr;
  if (const Method* m = declaredMethod(base, name)) {
    t->proto = m->obj->proto;
    t->recvType = base;
    // A value receiver reached through a pointer is loaded; a value held in the
    // interface is passed as is (an aggregate is copied, the callee owns it, unless the
    // method borrows it: frontend/borrow.h).
    t->loadType = m->ptrRecv ? nullptr : base;
    bool lent = !base->isAggregate() || (t->proto->borrowedParams & 1);
    t->wordIsReceiver = isPtr ? m->ptrRecv : lent;
    return t;
  }
  if (base->ukind() == Kind::Struct && findPromoted(base->under(), name, *t)) return t;
  delete t;
  return nullptr;
}

}  // namespace

const MethodTarget* resolveMethod(const Type* dynType, std::string_view name) {
  // Resolutions are immutable and cached forever per (type, name).
  static std::mutex mu;
  static std::unordered_map<const Type*, std::unordered_map<std::string, MethodTarget*>> cache;
  std::lock_guard lock(mu);
  auto& byName = cache[dynType];
  auto it = byName.find(std::string(name));
  if (it != byName.end()) return it->second;
  MethodTarget* t = computeTarget(dynType, name);
  byName.emplace(std::string(name), t);
  return t;
}

const MethodTarget* resolveDynamic(NativeCtx& cx, const Type*& type, Slot& word, std::string_view name) {
  for (;;) {
    if (type->isInterface()) {
      // An interface value (its static type and Iface*): call on what it holds.
      auto* inner = static_cast<Iface*>(word.p);
      if (!inner) return nullptr;
      type = inner->type;
      word = inner->word;
      continue;
    }
    const MethodTarget* target = resolveMethod(type, name);
    if (!target || !target->viaInterface) return target;
    auto* inner = static_cast<Iface*>(receiverFor(cx, *target, word).p);
    if (!inner) throwNilDeref(cx);
    type = inner->type;
    word = inner->word;
  }
}

Slot receiverFor(NativeCtx& cx, const MethodTarget& target, Slot word) {
  if (target.viaInterface) {
    // The embedded interface field itself (an Iface*), reached through the hops.
    char* p = static_cast<char*>(word.p);
    for (size_t i = 0; i < target.hops.size(); i++) {
      if (!p) throwNilDeref(cx);
      p += target.hops[i].offset;
      if (target.hops[i].deref) std::memcpy(&p, p, sizeof p);
    }
    Slot r;
    std::memcpy(&r, p, sizeof r);
    return r;
  }
  if (target.hops.empty()) {
    if (!target.loadType) return word;  // pointer receiver, pointer in the interface
    if (target.startsFromValue) {
      // The interface's private value: copy aggregates so the callee may modify its
      // receiver, or lend the block (never modified) to a method that only reads it.
      if (target.loadType->isAggregate() && !(target.proto->borrowedParams & 1)) {
        void* copy = allocValue(target.loadType);
        std::memcpy(copy, word.p, target.loadType->size);
        word.p = copy;
      }
      return word;
    }
    if (!word.p) {
      throwPanic(cx, makeRuntimeError("value method " + target.recvType->toString() + "." +
                                      std::string(target.proto->name.substr(target.proto->name.rfind('.') + 1)) +
                                      " called using nil *" + target.recvType->toString(false) + " pointer"));
    }
  } else if (!word.p) {
    throwNilDeref(cx);
  }
  // Walk the embedded fields: `p` addresses the current struct.
  char* p = static_cast<char*>(word.p);
  for (const MethodTarget::Hop& hop : target.hops) {
    if (!p) throwNilDeref(cx);
    p += hop.offset;
    if (hop.deref) std::memcpy(&p, p, sizeof p);
  }
  if (!target.loadType) {
    Slot r;
    r.p = p;
    return r;
  }
  if (!p) throwNilDeref(cx);
  Slot v = loadValue(target.loadType, p);
  // Memory behind a pointer may change during the call: only a still method borrows it.
  bool lend = (target.proto->borrowedParams & 1) && target.proto->still;
  if (target.loadType->isAggregate() && !lend) {
    void* copy = allocValue(target.loadType);
    std::memcpy(copy, p, target.loadType->size);
    v.p = copy;
  }
  return v;
}

// ---------------------------------------------------------------- equality

bool ifacesEqual(NativeCtx& cx, const Iface* x, const Iface* y) {
  if (!x || !y) return x == y;
  if (x->type != y->type) return false;
  // Like gc's efaceeq: the dynamic type as a whole is named, not the part that fails.
  if (!x->type->comparable()) throwRuntimeError(cx, "comparing uncomparable type " + x->type->toString());
  return valuesEqual(cx, x->type, x->word, y->word);
}

bool valuesEqual(NativeCtx& cx, const Type* t, Slot a, Slot b) {
  switch (t->ukind()) {
    case Kind::Float32:
    case Kind::Float64: return a.f == b.f;
    case Kind::String: {
      auto* x = static_cast<String*>(a.p);
      auto* y = static_cast<String*>(b.p);
      return strView(x) == strView(y);
    }
    case Kind::Interface: return ifacesEqual(cx, static_cast<Iface*>(a.p), static_cast<Iface*>(b.p));
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      throwRuntimeError(cx, "comparing uncomparable type " + t->toString());
    case Kind::Struct: {
      for (const StructField& f : t->under()->fields) {
        if (f.name == "_") continue;
        Slot x = loadValue(f.type, static_cast<char*>(a.p) + f.offset);
        Slot y = loadValue(f.type, static_cast<char*>(b.p) + f.offset);
        if (!valuesEqual(cx, f.type, x, y)) return false;
      }
      return true;
    }
    case Kind::Array: {
      const Type* elem = t->under()->elem;
      for (int64_t i = 0; i < t->under()->len; i++) {
        Slot x = loadValue(elem, static_cast<char*>(a.p) + i * elem->size);
        Slot y = loadValue(elem, static_cast<char*>(b.p) + i * elem->size);
        if (!valuesEqual(cx, elem, x, y)) return false;
      }
      return true;
    }
    default: return a.u == b.u;
  }
}

// ---------------------------------------------------------------- slice growth

namespace {

// The size classes of Go's allocator (runtime/sizeclasses.go): append rounds capacities
// up to them, which is visible through cap().
constexpr uint32_t kSizeClasses[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

}  // namespace

uint64_t roundUpSize(uint64_t size) {
  if (size <= 32768) return *std::lower_bound(std::begin(kSizeClasses), std::end(kSizeClasses), size);
  constexpr uint64_t kPage = 8192;
  return (size + kPage - 1) / kPage * kPage;
}

Slice* growSlice(const Type* elem, const Slice* s, int64_t needed) {
  int64_t oldCap = s ? s->cap : 0, len = sliceLen(s);
  int64_t newCap = oldCap;
  if (needed > 2 * oldCap) {
    newCap = needed;
  } else if (oldCap < 256) {
    newCap = 2 * oldCap;
  } else {
    while (newCap > 0 && newCap < needed) newCap += (newCap + 3 * 256) / 4;
    if (newCap <= 0) newCap = needed;
  }
  if (elem->size) newCap = int64_t(roundUpSize(uint64_t(newCap) * elem->size) / elem->size);
  Slice* out = newSlice(elem, len, newCap);
  if (len) std::memcpy(out->data, s->data, size_t(len) * elem->size);
  return out;
}

}  // namespace goro

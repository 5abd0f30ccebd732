// Package sync/atomic: sequentially consistent operations on integers in Go memory
// (std::atomic_ref over the variable's own bytes), and the atomic types written in Go
// (Value over three pointer-sized natives).
#include <atomic>
#include <cstdint>
#include <type_traits>

#include "stdlib/support.h"
#include "vm/panic.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package atomic

func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)

func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)

func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// Int32 is an atomic int32. The zero value is zero.
type Int32 struct{ v int32 }

func (x *Int32) Load() int32                        { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)                    { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32)         { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) bool { return CompareAndSwapInt32(&x.v, old, new) }
func (x *Int32) Add(delta int32) (new int32)        { return AddInt32(&x.v, delta) }

// Int64 is an atomic int64. The zero value is zero.
type Int64 struct{ v int64 }

func (x *Int64) Load() int64                        { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)                    { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64)         { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) bool { return CompareAndSwapInt64(&x.v, old, new) }
func (x *Int64) Add(delta int64) (new int64)        { return AddInt64(&x.v, delta) }

// Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32                        { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)                    { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32)        { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool { return CompareAndSwapUint32(&x.v, old, new) }
func (x *Uint32) Add(delta uint32) (new uint32)       { return AddUint32(&x.v, delta) }

// Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64                        { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)                    { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64)        { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool { return CompareAndSwapUint64(&x.v, old, new) }
func (x *Uint64) Add(delta uint64) (new uint64)       { return AddUint64(&x.v, delta) }

// Bool is an atomic boolean. The zero value is false.
type Bool struct{ v uint32 }

func (x *Bool) Load() bool               { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)           { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// A Value provides an atomic load and store of a consistently typed value. The zero
// Value returns nil from Load; once Store has been called, a Value must not be copied.
type Value struct{ v any }

// Load returns the value set by the most recent Store, or nil if there has been none.
func (v *Value) Load() (val any) { return loadAny(&v.v) }

// Store sets the value of the Value to val. All calls to Store for a given Value must use
// values of the same concrete type; storing an inconsistent type or nil panics.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	for {
		old := loadAny(&v.v)
		if old != nil && !sameType(old, val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		if swapAnyIfSame(&v.v, old, val) {
			return
		}
	}
}

// Swap stores new into the Value and returns the previous value, nil if it was empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	for {
		old = loadAny(&v.v)
		if old != nil && !sameType(old, new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		if swapAnyIfSame(&v.v, old, new) {
			return old
		}
	}
}

// CompareAndSwap stores new into the Value if its current value equals old.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		current := loadAny(&v.v)
		if current == nil {
			if old != nil {
				return false
			}
		} else {
			if !sameType(current, new) {
				panic("sync/atomic: compare and swap of inconsistently typed value into Value")
			}
			if current != old {
				return false
			}
		}
		if swapAnyIfSame(&v.v, current, new) {
			return true
		}
	}
}

func loadAny(p *any) any

// swapAnyIfSame stores new at p if p still holds the very interface value `current`
// (the same immutable box, not merely an equal value).
func swapAnyIfSame(p *any, current, new any) bool

func sameType(a, b any) bool

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}
)go";

template <class T>
T& target(const Slot& addr) {
  if (!addr.p) panicRuntimeError("invalid memory address or nil pointer dereference");
  return *static_cast<T*>(addr.p);
}

// Register form: signed values sign-extended, unsigned zero-extended (vm/value.h).
template <class T>
Slot toSlot(T v) {
  Slot s;
  if constexpr (std::is_signed_v<T>) s.i = v;
  else s.u = v;
  return s;
}

template <class T>
T fromSlot(const Slot& s) {
  return static_cast<T>(s.u);
}

template <class T>
void atomicAdd(NativeCtx&, Slot* io) {
  std::atomic_ref<T> ref(target<T>(io[0]));
  T delta = fromSlot<T>(io[1]);
  // The new value wraps as Go's does: add in the unsigned type (signed overflow is UB).
  using U = std::make_unsigned_t<T>;
  io[0] = toSlot<T>(static_cast<T>(static_cast<U>(ref.fetch_add(delta)) + static_cast<U>(delta)));
}

template <class T>
void atomicLoad(NativeCtx&, Slot* io) {
  io[0] = toSlot<T>(std::atomic_ref<T>(target<T>(io[0])).load());
}

template <class T>
void atomicStore(NativeCtx&, Slot* io) {
  std::atomic_ref<T>(target<T>(io[0])).store(fromSlot<T>(io[1]));
}

template <class T>
void atomicSwap(NativeCtx&, Slot* io) {
  io[0] = toSlot<T>(std::atomic_ref<T>(target<T>(io[0])).exchange(fromSlot<T>(io[1])));
}

template <class T>
void atomicCAS(NativeCtx&, Slot* io) {
  T expected = fromSlot<T>(io[1]);
  bool swapped = std::atomic_ref<T>(target<T>(io[0])).compare_exchange_strong(expected, fromSlot<T>(io[2]));
  io[0].u = swapped;
}

// An interface value is one pointer to an immutable {type, word} box (vm/value.h), so
// atomic.Value needs only pointer-sized atomics on the variable holding it.
void loadAny(NativeCtx&, Slot* io) { io[0].p = std::atomic_ref<Iface*>(target<Iface*>(io[0])).load(); }

void swapAnyIfSame(NativeCtx&, Slot* io) {
  auto* expected = static_cast<Iface*>(io[1].p);
  io[0].u = std::atomic_ref<Iface*>(target<Iface*>(io[0])).compare_exchange_strong(expected, static_cast<Iface*>(io[2].p));
}

void sameType(NativeCtx&, Slot* io) {
  io[0].u = static_cast<Iface*>(io[0].p)->type == static_cast<Iface*>(io[1].p)->type;
}

}  // namespace

void registerSyncAtomic() {
  registerPackage(PackageDef{"sync/atomic",
                             kSource,
                             {
                                 {"AddInt32", atomicAdd<int32_t>},
                                 {"AddInt64", atomicAdd<int64_t>},
                                 {"AddUint32", atomicAdd<uint32_t>},
                                 {"AddUint64", atomicAdd<uint64_t>},
                                 {"AddUintptr", atomicAdd<uint64_t>},
                                 {"LoadInt32", atomicLoad<int32_t>},
                                 {"LoadInt64", atomicLoad<int64_t>},
                                 {"LoadUint32", atomicLoad<uint32_t>},
                                 {"LoadUint64", atomicLoad<uint64_t>},
                                 {"LoadUintptr", atomicLoad<uint64_t>},
                                 {"StoreInt32", atomicStore<int32_t>},
                                 {"StoreInt64", atomicStore<int64_t>},
                                 {"StoreUint32", atomicStore<uint32_t>},
                                 {"StoreUint64", atomicStore<uint64_t>},
                                 {"StoreUintptr", atomicStore<uint64_t>},
                                 {"SwapInt32", atomicSwap<int32_t>},
                                 {"SwapInt64", atomicSwap<int64_t>},
                                 {"SwapUint32", atomicSwap<uint32_t>},
                                 {"SwapUint64", atomicSwap<uint64_t>},
                                 {"SwapUintptr", atomicSwap<uint64_t>},
                                 {"CompareAndSwapInt32", atomicCAS<int32_t>},
                                 {"CompareAndSwapInt64", atomicCAS<int64_t>},
                                 {"CompareAndSwapUint32", atomicCAS<uint32_t>},
                                 {"CompareAndSwapUint64", atomicCAS<uint64_t>},
                                 {"CompareAndSwapUintptr", atomicCAS<uint64_t>},
                                 {"loadAny", loadAny},
                                 {"swapAnyIfSame", swapAnyIfSame},
                                 {"sameType", sameType},
                             }});
}

}  // namespace goro::stdlib

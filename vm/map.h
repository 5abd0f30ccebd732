// Go maps: the runtime object behind a map value (`Map*`, nullptr is the nil map).
//
// Design: an open-addressing hash table in the style of Swiss tables (and of Go 1.24's own
// maps). Slots come in groups of 8; each slot has a control byte (empty, deleted, or the
// low 7 bits of its key's hash), and a probe tests the 8 control bytes of a group at once
// with word-wide bit tricks, so most lookups compare one key. Control bytes live in their
// own array, apart from the slots: at one byte per slot it stays cache-resident long after
// the slots do not, so a miss usually costs no cache miss at all and a hit costs one.
// Groups are probed triangularly, which visits every group of a power-of-two table. The
// table is rebuilt (doubled, or at the same size when deletions left many tombstones) when
// 7/8 of the slots are used.
//
// A slot holds the key and then the value, in memory form (vm/value.h): the map owns its
// copies of aggregate keys and values, and the pointers it hands out point into its slots,
// which later writes to the map change or move; treat them like slice elements (copy an
// aggregate before keeping it in a register). Keys fall into three classes, chosen once per map
// from the key type, and every operation dispatches once on it, not per probe: integer-like
// keys (bool, integers, pointers, channels: equal iff their register bits are equal) are
// stored as their 8-byte register form, which on little-endian machines begins with their
// memory form; string keys hash and compare by content; every other comparable type
// (floats, interfaces, structs, arrays) goes through the type-driven vm/hash.h.
//
// Iteration follows Go: each range loop starts at a random group and a random slot offset
// (from fastrand(), which the runtime can seed), entries deleted before they are reached
// are not produced, entries added during the loop may or may not be, and no key is produced
// twice. When the table is rebuilt during a loop, the iterator keeps walking the old table
// (which is never modified again) and looks each key up in the new one, so deleted keys are
// skipped and values are current, just as Go's iterator does across an incremental grow.
//
// Go maps are not safe for concurrent use. As in Go, a write marks the map while it runs,
// so two goroutines on different threads writing at once are usually caught with
// "fatal error: concurrent map writes" instead of corrupting memory silently.
#pragma once

#include <cstdint>

#include "vm/value.h"

namespace goro {

struct Type;
struct Map;

// A new map of type mapType (a map type or a named type whose underlying type is a map),
// with room for `hint` entries before it grows. A negative hint is treated as 0, as Go does.
Map* mapMake(const Type* mapType, int64_t hint);

int64_t mapLen(const Map* m);  // 0 for the nil map

// The value stored under `key` (register form), in memory form; nullptr when the key is
// absent. The pointer is valid until the map is next modified. An interface key holding an
// uncomparable value panics ("hash of unhashable type []int"), even when the map is empty;
// the nil map, which carries no key type, just has no keys.
const void* mapLookup(const Map* m, Slot key);

// Where to store the value for `key`: the existing entry, or a new entry holding the zero
// value. Store into it with storeValue (or a typed store) before the map is modified
// again, so evaluate the stored value first: in `m[k] = f()`, f may write to m.
// Panics "assignment to entry in nil map" on the nil map.
void* mapAssign(Map* m, Slot key);

// Removes `key` if present; deleting from the nil map does nothing.
void mapDelete(Map* m, Slot key);

// Removes every entry (Go 1.21's clear(m)), including NaN keys; nil does nothing.
void mapClear(Map* m);

// One generation of a map's hash table (private to vm/map.cpp; in this header because
// iterators hold one).
struct MapTable {
  uint8_t* controls = nullptr;  // one control byte per slot, 8 per group
  char* slots = nullptr;        // 8 slots per group
  uint64_t groupMask = 0;       // number of groups - 1
};

// Iteration, in Go's randomised order:
//   MapIter it;
//   mapIterInit(it, m);
//   while (mapIterNext(it)) use(it.key, it.value);
// `key` and `value` point at the current entry's memory form (load them with loadValue).
// An iterator references GC memory: keep it where the collector scans (a goroutine's stack,
// or memory from gc::alloc).
struct MapIter {
  const void* key = nullptr;
  const void* value = nullptr;

  // Private to vm/map.cpp.
  Map* map = nullptr;
  MapTable table;          // the table being walked; no controls once iteration is over
  uint64_t startGroup = 0;
  uint64_t position = 0;   // slots visited, in walk order
  uint32_t startSlot = 0;
  uint32_t clearCount = 0;
};
void mapIterInit(MapIter& it, Map* m);
bool mapIterNext(MapIter& it);  // false when there are no more entries

}  // namespace goro

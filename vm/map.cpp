// Go maps: Swiss-table groups, per-key-class operations, randomised iteration (see vm/map.h).
#include "vm/map.h"

#include <atomic>
#include <bit>
#include <cstring>
#include <new>

#include "runtime/gc.h"
#include "vm/hash.h"
#include "vm/panic.h"
#include "vm/type.h"

namespace goro {

enum class KeyClass : uint8_t {
  Word,     // bool, integers, pointers, channels: stored as the 8-byte register form
  String,   // String*, hashed and compared by content
  Generic,  // anything else comparable, through vm/hash.h
};

struct Map {
  MapTable table;        // no controls (and no slots) until the first insertion
  int64_t count;         // live entries
  int64_t growthLeft;    // insertions into empty slots left before the table is rebuilt
  uint64_t seed;         // this map's hash seed
  const Type* keyType;
  uint32_t slotSize;     // key area + value area, a multiple of 8
  uint32_t valueOffset;  // offset of the value within a slot
  uint32_t clearCount;   // bumped by mapClear: iterators started before it stop
  KeyClass keyClass;
  bool keysAlwaysSelfEqual;  // no NaN can occur in a key
  bool keyHashMightPanic;    // the key type contains an interface
  bool hasPointers;          // slots need scanning by the collector
  std::atomic<uint8_t> writing;  // a write is in progress (concurrent-write detection)
};

namespace {

// ---- control bytes ----
//
// Slot i of a group has control byte i of the group's 8-byte control word: 0x80 empty,
// 0xFE deleted (a tombstone: probes continue past it), 0x00-0x7F full, holding the low
// 7 bits of the key's hash.

constexpr int kSlotsPerGroup = 8;
constexpr uint8_t kEmpty = 0x80;
constexpr uint8_t kDeleted = 0xFE;
constexpr uint64_t kLsbs = 0x0101010101010101ull;
constexpr uint64_t kMsbs = 0x8080808080808080ull;

uint64_t loadControl(const uint8_t* controls, uint64_t group) {
  uint64_t c;
  std::memcpy(&c, controls + group * kSlotsPerGroup, 8);
  return c;
}
// One high bit per byte equal to h2. May report a false match in the byte after a true
// match (borrow propagation); callers compare keys anyway.
uint64_t matchHash(uint64_t control, uint64_t h2) {
  uint64_t x = control ^ (kLsbs * h2);
  return (x - kLsbs) & ~x & kMsbs;
}
// Empty bytes are the only ones with bit 7 set and bit 1 clear.
uint64_t matchEmpty(uint64_t control) { return control & ~(control << 6) & kMsbs; }
uint64_t matchEmptyOrDeleted(uint64_t control) { return control & kMsbs; }
uint32_t firstSlot(uint64_t matches) { return static_cast<uint32_t>(std::countr_zero(matches)) >> 3; }

uint64_t h1(uint64_t hash) { return hash >> 7; }
uint8_t h2(uint64_t hash) { return hash & 0x7f; }

char* slotAt(const Map* m, char* slots, uint64_t index) { return slots + index * m->slotSize; }

constexpr uint64_t kNotFound = ~uint64_t{0};

// ---- key classes ----
//
// Each class says how a key in register form becomes a probe key, and how probe keys hash,
// compare with a stored key, and are stored. The table code is instantiated per class.

struct WordKeys {
  using Key = uint64_t;
  static Key fromRegister(const Map*, const Slot& key, float&) { return key.u; }
  static Key fromStored(const Map*, const char* slot) {
    uint64_t k;
    std::memcpy(&k, slot, 8);
    return k;
  }
  static uint64_t hash(const Map* m, Key k) { return hashWord(k, m->seed); }
  static bool equal(const Map* m, Key k, const char* slot) { return fromStored(m, slot) == k; }
  static void store(const Map*, char* slot, Key k) { std::memcpy(slot, &k, 8); }
  static constexpr bool kRefreshKeyOnAssign = false;
};

struct StringKeys {
  using Key = const String*;
  static Key fromRegister(const Map*, const Slot& key, float&) { return static_cast<const String*>(key.p); }
  static Key fromStored(const Map*, const char* slot) {
    const String* s;
    std::memcpy(&s, slot, 8);
    return s;
  }
  static uint64_t hash(const Map* m, Key k) {
    return k ? hashBytes(k->data, static_cast<size_t>(k->len), m->seed) : hashBytes(nullptr, 0, m->seed);
  }
  static bool equal(const Map* m, Key k, const char* slot) {
    const String* s = fromStored(m, slot);
    if (s == k) return true;
    int64_t len = strLen(k);
    return len == strLen(s) && (len == 0 || std::memcmp(k->data, s->data, static_cast<size_t>(len)) == 0);
  }
  static void store(const Map*, char* slot, Key k) { std::memcpy(slot, &k, 8); }
  // Like Go: the entry then references the newest string, so an older (perhaps much larger)
  // string it was sliced from can be collected.
  static constexpr bool kRefreshKeyOnAssign = true;
};

struct GenericKeys {
  using Key = const void*;  // memory form
  static Key fromRegister(const Map* m, const Slot& key, float& scratch) {
    return memoryForm(m->keyType, key, scratch);
  }
  static Key fromStored(const Map*, const char* slot) { return slot; }
  static uint64_t hash(const Map* m, Key k) { return hashValue(m->keyType, k, m->seed); }
  static bool equal(const Map* m, Key k, const char* slot) { return equalValues(m->keyType, k, slot); }
  static void store(const Map* m, char* slot, Key k) { std::memmove(slot, k, m->keyType->size); }
  // Equal keys may differ in bits (+0 and -0) or in dynamic representation: Go's entry
  // keeps the key of the latest assignment.
  static constexpr bool kRefreshKeyOnAssign = true;
};

// ---- the table ----

void beginWrite(Map* m) {
  if (m->writing.load(std::memory_order_relaxed)) fatalError("concurrent map writes");
  m->writing.store(1, std::memory_order_relaxed);
}
void endWrite(Map* m) {
  if (!m->writing.load(std::memory_order_relaxed)) fatalError("concurrent map writes");
  m->writing.store(0, std::memory_order_relaxed);
}
void checkNoWriter(const Map* m) {
  if (m->writing.load(std::memory_order_relaxed)) fatalError("concurrent map read and map write");
}

uint64_t capacityOf(uint64_t groups) { return groups * kSlotsPerGroup; }
int64_t maxLoad(uint64_t groups) { return static_cast<int64_t>(groups * 7); }  // 7/8 of the slots

MapTable allocateTable(const Map* m, uint64_t groups) {
  MapTable t;
  size_t slotBytes = capacityOf(groups) * m->slotSize;
  t.controls = static_cast<uint8_t*>(gc::allocAtomic(capacityOf(groups)));
  std::memset(t.controls, kEmpty, capacityOf(groups));
  t.slots = static_cast<char*>(m->hasPointers ? gc::alloc(slotBytes) : gc::allocAtomic(slotBytes));
  t.groupMask = groups - 1;
  return t;
}

// The index of the first empty or deleted slot on hash's probe sequence.
uint64_t findFreeSlot(const MapTable& t, uint64_t hash) {
  uint64_t g = h1(hash) & t.groupMask;
  for (uint64_t step = 1;; step++) {
    if (uint64_t free = matchEmptyOrDeleted(loadControl(t.controls, g)))
      return g * kSlotsPerGroup + firstSlot(free);
    g = (g + step) & t.groupMask;
  }
}

// The index of key's slot, or kNotFound.
template <class Ops>
uint64_t find(const Map* m, typename Ops::Key key, uint64_t hash) {
  const MapTable& t = m->table;
  uint64_t g = h1(hash) & t.groupMask;
  uint8_t tag = h2(hash);
  for (uint64_t step = 1;; step++) {
    uint64_t control = loadControl(t.controls, g);
    for (uint64_t matches = matchHash(control, tag); matches; matches &= matches - 1) {
      uint64_t index = g * kSlotsPerGroup + firstSlot(matches);
      if (Ops::equal(m, key, slotAt(m, t.slots, index))) return index;
    }
    if (matchEmpty(control)) return kNotFound;
    g = (g + step) & t.groupMask;
  }
}

// Moves every entry into a fresh table of `groups` groups. The old table is left as it was.
template <class Ops>
void rebuild(Map* m, uint64_t groups) {
  MapTable old = m->table;
  MapTable t = allocateTable(m, groups);
  uint64_t oldSlots = old.controls ? capacityOf(old.groupMask + 1) : 0;
  for (uint64_t index = 0; index < oldSlots; index++) {
    if (old.controls[index] & 0x80) continue;  // empty or deleted
    char* slot = slotAt(m, old.slots, index);
    uint64_t hash = Ops::hash(m, Ops::fromStored(m, slot));
    uint64_t to = findFreeSlot(t, hash);
    t.controls[to] = h2(hash);
    std::memcpy(slotAt(m, t.slots, to), slot, m->slotSize);
  }
  m->table = t;
  m->growthLeft = maxLoad(groups) - m->count;
}

template <class Ops>
const void* lookup(const Map* m, typename Ops::Key key) {
  uint64_t index = find<Ops>(m, key, Ops::hash(m, key));
  return index == kNotFound ? nullptr : slotAt(m, m->table.slots, index) + m->valueOffset;
}

template <class Ops>
void* assign(Map* m, typename Ops::Key key) {
  uint64_t hash = Ops::hash(m, key);  // may panic: before the write mark
  beginWrite(m);
  if (!m->table.controls) {
    m->table = allocateTable(m, 1);
    m->growthLeft = maxLoad(1);
  }
  uint64_t index = find<Ops>(m, key, hash);
  if (index != kNotFound) {
    char* slot = slotAt(m, m->table.slots, index);
    if constexpr (Ops::kRefreshKeyOnAssign) Ops::store(m, slot, key);
    endWrite(m);
    return slot + m->valueOffset;
  }
  index = findFreeSlot(m->table, hash);
  bool reusesTombstone = m->table.controls[index] == kDeleted;
  if (!reusesTombstone && m->growthLeft == 0) {
    uint64_t groups = m->table.groupMask + 1;
    // Double unless tombstones take at least half of the budget; then rebuilding at the
    // same size reclaims them.
    if (m->count + 1 > maxLoad(groups) / 2) groups *= 2;
    rebuild<Ops>(m, groups);
    index = findFreeSlot(m->table, hash);
  }
  if (!reusesTombstone) m->growthLeft--;
  m->table.controls[index] = h2(hash);
  char* slot = slotAt(m, m->table.slots, index);
  Ops::store(m, slot, key);
  m->count++;
  endWrite(m);
  return slot + m->valueOffset;
}

template <class Ops>
void erase(Map* m, typename Ops::Key key) {
  uint64_t hash = Ops::hash(m, key);
  beginWrite(m);
  uint64_t index = find<Ops>(m, key, hash);
  if (index != kNotFound) {
    // A group that still has an empty slot ended every probe that reached it, so no other
    // key's probe passed through it: the slot can become empty again. Otherwise probes for
    // keys placed further on run through it, and it must stay a tombstone.
    if (matchEmpty(loadControl(m->table.controls, index / kSlotsPerGroup))) {
      m->table.controls[index] = kEmpty;
      m->growthLeft++;
    } else {
      m->table.controls[index] = kDeleted;
    }
    // Free slots are all-zero: a later insertion finds the zero value, and the collector
    // does not see stale pointers.
    std::memset(slotAt(m, m->table.slots, index), 0, m->slotSize);
    m->count--;
  }
  endWrite(m);
}

KeyClass classify(const Type* key) {
  switch (key->ukind()) {
    case Kind::Bool:
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr: case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
      return KeyClass::Word;
    case Kind::String:
      return KeyClass::String;
    default:
      return KeyClass::Generic;
  }
}

uint32_t roundUp8(uint64_t n) { return static_cast<uint32_t>((n + 7) & ~uint64_t{7}); }

// Calls f.template operator()<Ops>() for the map's key class: the one dispatch per operation.
template <class F>
decltype(auto) withKeyClass(const Map* m, F&& f) {
  switch (m->keyClass) {
    case KeyClass::Word: return f.template operator()<WordKeys>();
    case KeyClass::String: return f.template operator()<StringKeys>();
    case KeyClass::Generic: break;
  }
  return f.template operator()<GenericKeys>();
}

}  // namespace

Map* mapMake(const Type* mapType, int64_t hint) {
  const Type* u = mapType->under();
  auto* m = new (gc::alloc(sizeof(Map))) Map{};
  m->keyType = u->key;
  m->keyClass = classify(u->key);
  uint32_t keyBytes = m->keyClass == KeyClass::Generic ? u->key->size : 8;
  m->valueOffset = roundUp8(keyBytes);
  m->slotSize = roundUp8(uint64_t{m->valueOffset} + u->elem->size);
  m->seed = fastrand();
  m->keysAlwaysSelfEqual = alwaysSelfEqual(u->key);
  m->keyHashMightPanic = hashMightPanic(u->key);
  m->hasPointers = u->key->hasPointers || u->elem->hasPointers;
  // Size the table for `hint` entries. Like Go, a hint that could never be allocated
  // (negative, or beyond the address space) is ignored rather than rejected.
  constexpr int64_t kMaxTableBytes = int64_t{1} << 47;
  if (hint > 0 && hint <= kMaxTableBytes / (2 * m->slotSize + 2)) {
    uint64_t groups = std::bit_ceil(static_cast<uint64_t>((hint + 6) / 7));
    m->table = allocateTable(m, groups);
    m->growthLeft = maxLoad(groups);
  }
  return m;
}

int64_t mapLen(const Map* m) { return m ? m->count : 0; }

const void* mapLookup(const Map* m, Slot key) {
  float scratch;
  if (!m || m->count == 0) {
    // Go hashes the key even when there is nothing to find, so an unhashable key panics.
    if (m && m->keyHashMightPanic) hashValue(m->keyType, GenericKeys::fromRegister(m, key, scratch), m->seed);
    return nullptr;
  }
  checkNoWriter(m);
  return withKeyClass(m, [&]<class Ops>() { return lookup<Ops>(m, Ops::fromRegister(m, key, scratch)); });
}

void* mapAssign(Map* m, Slot key) {
  if (!m) panicPlainRuntimeError("assignment to entry in nil map");
  float scratch;
  return withKeyClass(m, [&]<class Ops>() { return assign<Ops>(m, Ops::fromRegister(m, key, scratch)); });
}

void mapDelete(Map* m, Slot key) {
  float scratch;
  if (!m || m->count == 0) {
    if (m && m->keyHashMightPanic) hashValue(m->keyType, GenericKeys::fromRegister(m, key, scratch), m->seed);
    return;
  }
  withKeyClass(m, [&]<class Ops>() { erase<Ops>(m, Ops::fromRegister(m, key, scratch)); });
}

void mapClear(Map* m) {
  if (!m) return;
  beginWrite(m);
  if (m->table.controls) {
    uint64_t groups = m->table.groupMask + 1;
    std::memset(m->table.controls, kEmpty, capacityOf(groups));
    std::memset(m->table.slots, 0, capacityOf(groups) * m->slotSize);
    m->growthLeft = maxLoad(groups);
  }
  m->count = 0;
  m->clearCount++;
  m->seed = fastrand();  // as Go does: a fresh seed defeats any collision pattern learnt so far
  endWrite(m);
}

void mapIterInit(MapIter& it, Map* m) {
  it = MapIter{};
  it.map = m;
  if (!m || m->count == 0) return;
  uint64_t r = fastrand();
  it.table = m->table;
  it.startSlot = static_cast<uint32_t>(r & (kSlotsPerGroup - 1));
  it.startGroup = (r >> 3) & m->table.groupMask;
  it.clearCount = m->clearCount;
}

bool mapIterNext(MapIter& it) {
  Map* m = it.map;
  if (it.table.controls && m->clearCount != it.clearCount) it.table = MapTable{};  // all removed
  if (!it.table.controls) {
    it.key = nullptr;
    it.value = nullptr;
    return false;
  }
  if (m->writing.load(std::memory_order_relaxed)) fatalError("concurrent map iteration and map write");
  uint64_t slots = capacityOf(it.table.groupMask + 1);
  while (it.position < slots) {
    uint64_t p = it.position++;
    uint64_t group = (it.startGroup + p / kSlotsPerGroup) & it.table.groupMask;
    uint64_t index = group * kSlotsPerGroup + ((it.startSlot + p) & (kSlotsPerGroup - 1));
    if (it.table.controls[index] & 0x80) continue;  // empty or deleted
    char* slot = slotAt(m, it.table.slots, index);
    if (it.table.controls == m->table.controls) {
      it.key = slot;
      it.value = slot + m->valueOffset;
      return true;
    }
    // The table was rebuilt since the loop started; it.table is the old one, frozen since.
    // Produce its keys that are still in the map, with their current values. A key that is
    // not equal to itself (NaN) cannot be looked up, deleted or updated (only cleared,
    // handled above), so its old entry is still current.
    const void* value;
    if (!m->keysAlwaysSelfEqual && !equalValues(m->keyType, slot, slot)) {
      value = slot + m->valueOffset;
    } else {
      value = withKeyClass(m, [&]<class Ops>() { return lookup<Ops>(m, Ops::fromStored(m, slot)); });
      if (!value) continue;
    }
    it.key = slot;
    it.value = value;
    return true;
  }
  it.table = MapTable{};
  it.key = nullptr;
  it.value = nullptr;
  return false;
}

}  // namespace goro

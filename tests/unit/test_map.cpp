// Unit tests of Go maps (vm/map.h) and of type-driven hashing and equality (vm/hash.h).
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "runtime/gc.h"
#include "vm/hash.h"
#include "vm/map.h"
#include "vm/type.h"
#include "vm/value.h"

using namespace goro;

namespace {

// Types are built by hand with amd64 layouts, so these tests need no TypeTable.
Type scalar(Kind kind, uint32_t size, bool hasPointers = false) {
  Type t;
  t.kind = kind;
  t.size = size;
  t.align = size ? size : 1;
  t.hasPointers = hasPointers;
  return t;
}

const Type tBool = scalar(Kind::Bool, 1);
const Type tInt = scalar(Kind::Int, 8);
const Type tInt8 = scalar(Kind::Int8, 1);
const Type tInt16 = scalar(Kind::Int16, 2);
const Type tUint8 = scalar(Kind::Uint8, 1);
const Type tUint32 = scalar(Kind::Uint32, 4);
const Type tFloat32 = scalar(Kind::Float32, 4);
const Type tFloat64 = scalar(Kind::Float64, 8);
const Type tString = scalar(Kind::String, 8, true);
const Type tEmptyIface = scalar(Kind::Interface, 8, true);

Type makePointer(const Type* elem) {
  Type t = scalar(Kind::Pointer, 8, true);
  t.elem = elem;
  return t;
}
Type makeSlice(const Type* elem) {
  Type t = scalar(Kind::Slice, 8, true);
  t.elem = elem;
  return t;
}
Type makeArray(const Type* elem, int64_t len) {
  Type t = scalar(Kind::Array, static_cast<uint32_t>(elem->size * len));
  t.align = elem->align;
  t.elem = elem;
  t.len = len;
  t.hasPointers = elem->hasPointers;
  return t;
}
Type makeMapType(const Type* key, const Type* value) {
  Type t = scalar(Kind::Map, 8, true);
  t.key = key;
  t.elem = value;
  return t;
}
StructField field(std::string name, const Type* type, uint32_t offset) {
  StructField f;
  f.name = std::move(name);
  f.type = type;
  f.offset = offset;
  return f;
}

const Type tPtrInt = makePointer(&tInt);
const Type tSliceInt = makeSlice(&tInt);

// struct { a int8; f float64; s string; _ int32 }: 1 + 7 padding, 8, 8, 4 + 4 padding.
Type makeKeyStruct() {
  Type t = scalar(Kind::Struct, 32, true);
  t.align = 8;
  t.fields = {field("a", &tInt8, 0), field("f", &tFloat64, 8), field("s", &tString, 16),
              field("_", &tInt16, 24)};
  return t;
}
const Type tKeyStruct = makeKeyStruct();
// struct { x, y int }
Type makePoint() {
  Type t = scalar(Kind::Struct, 16);
  t.align = 8;
  t.fields = {field("x", &tInt, 0), field("y", &tInt, 8)};
  return t;
}
const Type tPoint = makePoint();
const Type tEmptyStruct = scalar(Kind::Struct, 0);
const Type tArrayInt16 = makeArray(&tInt16, 3);

Slot intSlot(int64_t v) {
  Slot s;
  s.i = v;
  return s;
}
Slot floatSlot(double v) {
  Slot s;
  s.f = v;
  return s;
}
Slot ptrSlot(const void* p) {
  Slot s;
  s.p = const_cast<void*>(p);
  return s;
}

String* str(std::string_view bytes) {
  auto* s = static_cast<String*>(gc::alloc(sizeof(String)));
  char* data = static_cast<char*>(gc::allocAtomic(bytes.size() + 1));
  std::memcpy(data, bytes.data(), bytes.size());
  s->data = data;
  s->len = static_cast<int64_t>(bytes.size());
  return s;
}
Iface* boxed(const Type* t, Slot word) {
  auto* i = static_cast<Iface*>(gc::alloc(sizeof(Iface)));
  i->type = t;
  i->word = word;
  return i;
}

int64_t loadInt(const void* p) {
  int64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
void storeInt(void* p, int64_t v) { std::memcpy(p, &v, 8); }

// m[key] as an int, or -1 when absent.
int64_t get(const Map* m, Slot key) {
  const void* v = mapLookup(m, key);
  return v ? loadInt(v) : -1;
}
void put(Map* m, Slot key, int64_t value) { storeInt(mapAssign(m, key), value); }

std::vector<int64_t> intKeysInOrder(Map* m) {
  std::vector<int64_t> keys;
  MapIter it;
  mapIterInit(it, m);
  while (mapIterNext(it)) keys.push_back(loadInt(it.key));
  return keys;
}

}  // namespace

TEST_CASE("map[int]int: insert, update, lookup, miss, delete, len") {
  const Type mt = makeMapType(&tInt, &tInt);
  Map* m = mapMake(&mt, 0);
  CHECK(mapLen(m) == 0);
  CHECK(mapLookup(m, intSlot(1)) == nullptr);
  for (int64_t i = 0; i < 1000; i++) put(m, intSlot(i * 7 - 3000), i);
  CHECK(mapLen(m) == 1000);
  for (int64_t i = 0; i < 1000; i++) CHECK(get(m, intSlot(i * 7 - 3000)) == i);
  CHECK(mapLookup(m, intSlot(1)) == nullptr);
  put(m, intSlot(-3000), 42);
  CHECK(mapLen(m) == 1000);
  CHECK(get(m, intSlot(-3000)) == 42);
  for (int64_t i = 0; i < 1000; i += 2) mapDelete(m, intSlot(i * 7 - 3000));
  mapDelete(m, intSlot(123456));  // absent: no effect
  CHECK(mapLen(m) == 500);
  for (int64_t i = 0; i < 1000; i++) CHECK(get(m, intSlot(i * 7 - 3000)) == (i % 2 ? i : -1));
}

TEST_CASE("a new entry holds the zero value, also after delete and clear") {
  const Type mt = makeMapType(&tInt, &tPoint);
  Map* m = mapMake(&mt, 0);
  auto* p = static_cast<int64_t*>(mapAssign(m, intSlot(5)));
  CHECK(p[0] == 0);
  CHECK(p[1] == 0);
  p[0] = 11;
  p[1] = 22;
  auto* q = static_cast<const int64_t*>(mapLookup(m, intSlot(5)));
  CHECK(q[0] == 11);
  CHECK(q[1] == 22);
  mapDelete(m, intSlot(5));
  p = static_cast<int64_t*>(mapAssign(m, intSlot(5)));
  CHECK(p[0] == 0);
  CHECK(p[1] == 0);
  p[1] = 9;
  mapClear(m);
  p = static_cast<int64_t*>(mapAssign(m, intSlot(5)));
  CHECK(p[1] == 0);
}

TEST_CASE("small integer kinds and bool keys") {
  const Type m8 = makeMapType(&tInt8, &tInt);
  Map* m = mapMake(&m8, 4);
  put(m, intSlot(-1), 1);
  put(m, intSlot(127), 2);
  put(m, intSlot(-128), 3);
  CHECK(mapLen(m) == 3);
  CHECK(get(m, intSlot(-1)) == 1);
  CHECK(get(m, intSlot(-128)) == 3);
  MapIter it;
  mapIterInit(it, m);
  std::set<int> seen;
  while (mapIterNext(it)) seen.insert(*static_cast<const int8_t*>(it.key));  // memory form
  CHECK(seen == std::set<int>{-1, 127, -128});

  const Type mu8 = makeMapType(&tUint8, &tInt);
  m = mapMake(&mu8, 0);
  put(m, intSlot(255), 1);
  CHECK(get(m, intSlot(255)) == 1);
  CHECK(get(m, intSlot(0)) == -1);

  const Type mu32 = makeMapType(&tUint32, &tInt);
  m = mapMake(&mu32, 0);
  put(m, intSlot(0xffffffff), 7);
  CHECK(get(m, intSlot(0xffffffff)) == 7);
  mapIterInit(it, m);
  REQUIRE(mapIterNext(it));
  CHECK(*static_cast<const uint32_t*>(it.key) == 0xffffffffu);

  const Type mb = makeMapType(&tBool, &tInt);
  m = mapMake(&mb, 0);
  put(m, intSlot(1), 10);
  put(m, intSlot(0), 20);
  put(m, intSlot(1), 30);
  CHECK(mapLen(m) == 2);
  CHECK(get(m, intSlot(1)) == 30);
  CHECK(get(m, intSlot(0)) == 20);
}

TEST_CASE("float64 keys: +0 and -0 are one key, NaN is never found") {
  const Type mt = makeMapType(&tFloat64, &tInt);
  Map* m = mapMake(&mt, 0);
  put(m, floatSlot(0.0), 1);
  put(m, floatSlot(-0.0), 2);
  CHECK(mapLen(m) == 1);
  CHECK(get(m, floatSlot(0.0)) == 2);
  // Like Go, the entry keeps the key of the latest assignment: map[-0:2].
  MapIter it;
  mapIterInit(it, m);
  REQUIRE(mapIterNext(it));
  CHECK(std::signbit(*static_cast<const double*>(it.key)));

  const double nan = std::numeric_limits<double>::quiet_NaN();
  put(m, floatSlot(nan), 3);
  put(m, floatSlot(nan), 4);
  CHECK(mapLen(m) == 3);
  CHECK(mapLookup(m, floatSlot(nan)) == nullptr);
  mapDelete(m, floatSlot(nan));
  CHECK(mapLen(m) == 3);
  std::multiset<int64_t> nanValues;
  mapIterInit(it, m);
  while (mapIterNext(it))
    if (std::isnan(*static_cast<const double*>(it.key))) nanValues.insert(loadInt(it.value));
  CHECK(nanValues == std::multiset<int64_t>{3, 4});
  // Many NaNs spread over the table instead of piling up on one probe sequence.
  for (int i = 0; i < 20000; i++) put(m, floatSlot(nan), i);
  CHECK(mapLen(m) == 20003);
  mapClear(m);
  CHECK(mapLen(m) == 0);
  mapIterInit(it, m);
  CHECK_FALSE(mapIterNext(it));
}

TEST_CASE("float32 keys are compared as float32") {
  const Type mt = makeMapType(&tFloat32, &tInt);
  Map* m = mapMake(&mt, 0);
  // Registers hold float32 values widened to double.
  put(m, floatSlot(static_cast<double>(0.1f)), 1);
  CHECK(get(m, floatSlot(static_cast<double>(0.1f))) == 1);
  CHECK(get(m, floatSlot(static_cast<double>(0.2f))) == -1);
  put(m, floatSlot(-0.0), 2);
  put(m, floatSlot(0.0), 3);
  CHECK(mapLen(m) == 2);
  MapIter it;
  mapIterInit(it, m);
  std::set<float> keys;
  while (mapIterNext(it)) keys.insert(*static_cast<const float*>(it.key));
  CHECK(keys == std::set<float>{0.0f, 0.1f});
}

TEST_CASE("string keys compare by content") {
  const Type mt = makeMapType(&tString, &tInt);
  Map* m = mapMake(&mt, 0);
  put(m, ptrSlot(str("hello")), 1);
  put(m, ptrSlot(str("world")), 2);
  put(m, ptrSlot(nullptr), 3);  // "" as the nil String*
  CHECK(get(m, ptrSlot(str("hello"))) == 1);
  CHECK(get(m, ptrSlot(str("hell"))) == -1);
  CHECK(get(m, ptrSlot(str(""))) == 3);  // "" as an empty String
  put(m, ptrSlot(str("world")), 20);
  CHECK(mapLen(m) == 3);
  CHECK(get(m, ptrSlot(str("world"))) == 20);
  std::string longKey(1000, 'x');
  put(m, ptrSlot(str(longKey)), 4);
  longKey.back() = 'y';
  CHECK(get(m, ptrSlot(str(longKey))) == -1);
  mapDelete(m, ptrSlot(str("hello")));
  CHECK(get(m, ptrSlot(str("hello"))) == -1);
  CHECK(mapLen(m) == 3);
}

TEST_CASE("pointer keys compare by address") {
  const Type mt = makeMapType(&tPtrInt, &tInt);
  Map* m = mapMake(&mt, 0);
  int64_t a = 1, b = 1;
  put(m, ptrSlot(&a), 1);
  put(m, ptrSlot(&b), 2);
  put(m, ptrSlot(nullptr), 3);
  CHECK(mapLen(m) == 3);
  CHECK(get(m, ptrSlot(&a)) == 1);
  CHECK(get(m, ptrSlot(&b)) == 2);
  CHECK(get(m, ptrSlot(nullptr)) == 3);
}

TEST_CASE("interface keys: dynamic type and value") {
  const Type mt = makeMapType(&tEmptyIface, &tInt);
  Map* m = mapMake(&mt, 0);
  const Type tInt64 = scalar(Kind::Int64, 8);
  put(m, ptrSlot(boxed(&tInt, intSlot(1))), 1);
  put(m, ptrSlot(boxed(&tInt64, intSlot(1))), 2);  // int64(1) != int(1)
  put(m, ptrSlot(boxed(&tString, ptrSlot(str("1")))), 3);
  put(m, ptrSlot(nullptr), 4);  // nil interface
  put(m, ptrSlot(boxed(&tFloat64, floatSlot(-0.0))), 5);
  auto* point = static_cast<int64_t*>(gc::alloc(16));
  point[0] = 3;
  point[1] = 4;
  put(m, ptrSlot(boxed(&tPoint, ptrSlot(point))), 6);
  CHECK(mapLen(m) == 6);
  CHECK(get(m, ptrSlot(boxed(&tInt, intSlot(1)))) == 1);
  CHECK(get(m, ptrSlot(boxed(&tInt64, intSlot(1)))) == 2);
  CHECK(get(m, ptrSlot(boxed(&tString, ptrSlot(str("1"))))) == 3);
  CHECK(get(m, ptrSlot(nullptr)) == 4);
  CHECK(get(m, ptrSlot(boxed(&tFloat64, floatSlot(0.0)))) == 5);
  auto* samePoint = static_cast<int64_t*>(gc::alloc(16));
  samePoint[0] = 3;
  samePoint[1] = 4;
  CHECK(get(m, ptrSlot(boxed(&tPoint, ptrSlot(samePoint)))) == 6);
  CHECK(get(m, ptrSlot(boxed(&tInt, intSlot(2)))) == -1);
}

TEST_CASE("interface keys holding uncomparable values panic") {
  const Type mt = makeMapType(&tEmptyIface, &tInt);
  Map* m = mapMake(&mt, 0);
  Slot unhashable = ptrSlot(boxed(&tSliceInt, ptrSlot(nullptr)));
  // Go hashes the key even when the map is empty.
  CHECK_THROWS(mapLookup(m, unhashable));
  CHECK_THROWS(mapDelete(m, unhashable));
  CHECK_THROWS(mapAssign(m, unhashable));
  put(m, ptrSlot(boxed(&tInt, intSlot(1))), 1);
  CHECK_THROWS(mapAssign(m, unhashable));
  CHECK_THROWS(mapLookup(m, unhashable));
  // A panic leaves the map usable (no write left marked in progress).
  put(m, ptrSlot(boxed(&tInt, intSlot(2))), 2);
  CHECK(mapLen(m) == 2);
  // Inside an array: [2]interface{}{1, []int(nil)}.
  const Type arrayType = makeArray(&tEmptyIface, 2);
  const Type ma = makeMapType(&arrayType, &tInt);
  Map* am = mapMake(&ma, 0);
  Iface* elems[2] = {boxed(&tInt, intSlot(1)), boxed(&tSliceInt, ptrSlot(nullptr))};
  CHECK_THROWS(mapAssign(am, ptrSlot(elems)));
  CHECK(mapLen(am) == 0);
}

TEST_CASE("struct keys: field by field, blank fields and padding ignored, copied in") {
  const Type mt = makeMapType(&tKeyStruct, &tInt);
  Map* m = mapMake(&mt, 0);
  auto makeKey = [](int8_t a, double f, const char* s, int16_t blank, unsigned char padding) {
    auto* block = static_cast<char*>(gc::alloc(32));
    std::memset(block, padding, 32);
    std::memcpy(block + 0, &a, 1);
    std::memcpy(block + 8, &f, 8);
    String* string = str(s);
    std::memcpy(block + 16, &string, 8);
    std::memcpy(block + 24, &blank, 2);
    return block;
  };
  char* key = makeKey(1, 2.5, "x", 7, 0);
  put(m, ptrSlot(key), 1);
  CHECK(get(m, ptrSlot(makeKey(1, 2.5, "x", -9, 0xAA))) == 1);
  CHECK(get(m, ptrSlot(makeKey(1, 2.5, "y", 7, 0))) == -1);
  CHECK(get(m, ptrSlot(makeKey(2, 2.5, "x", 7, 0))) == -1);
  CHECK(get(m, ptrSlot(makeKey(1, -2.5, "x", 7, 0))) == -1);
  put(m, ptrSlot(makeKey(1, -0.0, "x", 0, 0)), 2);
  CHECK(get(m, ptrSlot(makeKey(1, 0.0, "x", 0, 0))) == 2);
  // The map owns a copy: changing the caller's block does not change the entry.
  key[0] = 5;
  CHECK(get(m, ptrSlot(makeKey(1, 2.5, "x", 7, 0))) == 1);
  CHECK(get(m, ptrSlot(key)) == -1);
  CHECK(mapLen(m) == 2);
}

TEST_CASE("array keys element by element") {
  const Type mt = makeMapType(&tArrayInt16, &tInt);
  Map* m = mapMake(&mt, 0);
  for (int16_t i = 0; i < 100; i++) {
    int16_t key[3] = {i, static_cast<int16_t>(-i), 7};
    put(m, ptrSlot(key), i);
  }
  CHECK(mapLen(m) == 100);
  for (int16_t i = 0; i < 100; i++) {
    int16_t key[3] = {i, static_cast<int16_t>(-i), 7};
    CHECK(get(m, ptrSlot(key)) == i);
  }
  int16_t other[3] = {1, -1, 8};
  CHECK(get(m, ptrSlot(other)) == -1);
}

TEST_CASE("zero-size keys and values: map[struct{}]struct{}") {
  const Type mt = makeMapType(&tEmptyStruct, &tEmptyStruct);
  Map* m = mapMake(&mt, 10);
  static char block[1];
  CHECK(mapAssign(m, ptrSlot(block)) != nullptr);
  CHECK(mapAssign(m, ptrSlot(block)) != nullptr);
  CHECK(mapLen(m) == 1);
  CHECK(mapLookup(m, ptrSlot(block)) != nullptr);
  mapDelete(m, ptrSlot(block));
  CHECK(mapLen(m) == 0);
}

TEST_CASE("the nil map") {
  Map* m = nullptr;
  CHECK(mapLen(m) == 0);
  CHECK(mapLookup(m, intSlot(1)) == nullptr);
  mapDelete(m, intSlot(1));
  mapClear(m);
  MapIter it;
  mapIterInit(it, m);
  CHECK_FALSE(mapIterNext(it));
  CHECK_THROWS(mapAssign(m, intSlot(1)));
}

TEST_CASE("size hints, including negative and absurd ones") {
  const Type mt = makeMapType(&tInt, &tInt);
  for (int64_t hint : {int64_t{-1}, int64_t{0}, int64_t{7}, int64_t{8}, int64_t{1000},
                       std::numeric_limits<int64_t>::max()}) {
    Map* m = mapMake(&mt, hint);
    for (int64_t i = 0; i < 100; i++) put(m, intSlot(i), i);
    CHECK(mapLen(m) == 100);
    CHECK(get(m, intSlot(99)) == 99);
  }
}

TEST_CASE("growth to a million entries") {
  const Type mt = makeMapType(&tInt, &tInt);
  Map* m = mapMake(&mt, 0);
  constexpr int64_t n = 1'000'000;
  for (int64_t i = 0; i < n; i++) put(m, intSlot(i * 2654435761), i);
  CHECK(mapLen(m) == n);
  int64_t wrong = 0;
  for (int64_t i = 0; i < n; i++) wrong += get(m, intSlot(i * 2654435761)) != i;
  CHECK(wrong == 0);
  for (int64_t i = 0; i < n; i += 2) mapDelete(m, intSlot(i * 2654435761));
  CHECK(mapLen(m) == n / 2);
  for (int64_t i = 0; i < n; i++) wrong += get(m, intSlot(i * 2654435761)) != (i % 2 ? i : -1);
  CHECK(wrong == 0);
  int64_t visited = 0;
  MapIter it;
  mapIterInit(it, m);
  while (mapIterNext(it)) visited++;
  CHECK(visited == n / 2);
}

TEST_CASE("growth with string keys") {
  const Type mt = makeMapType(&tString, &tInt);
  Map* m = mapMake(&mt, 0);
  constexpr int n = 100'000;
  for (int i = 0; i < n; i++) put(m, ptrSlot(str("key" + std::to_string(i))), i);
  CHECK(mapLen(m) == n);
  int wrong = 0;
  for (int i = 0; i < n; i++) wrong += get(m, ptrSlot(str("key" + std::to_string(i)))) != i;
  CHECK(wrong == 0);
}

TEST_CASE("churn: inserting and deleting forever keeps the table small and correct") {
  const Type mt = makeMapType(&tInt, &tInt);
  Map* m = mapMake(&mt, 0);
  for (int64_t i = 0; i < 500'000; i++) {
    put(m, intSlot(i), i);
    if (i >= 100) mapDelete(m, intSlot(i - 100));
  }
  CHECK(mapLen(m) == 100);
  for (int64_t i = 500'000 - 100; i < 500'000; i++) CHECK(get(m, intSlot(i)) == i);
  CHECK(get(m, intSlot(0)) == -1);
}

TEST_CASE("iteration visits every entry exactly once") {
  const Type mt = makeMapType(&tInt, &tInt);
  Map* m = mapMake(&mt, 0);
  for (int64_t i = 0; i < 5000; i++) put(m, intSlot(i), i * 10);
  std::set<int64_t> seen;
  MapIter it;
  mapIterInit(it, m);
  while (mapIterNext(it)) {
    CHECK(loadInt(it.value) == loadInt(it.key) * 10);
    CHECK(seen.insert(loadInt(it.key)).second);
  }
  CHECK(seen.size() == 5000);
}

TEST_CASE("entries deleted during iteration are not produced") {
  const Type mt = makeMapType(&tInt, &tInt);
  Map* m = mapMake(&mt, 0);
  constexpr int64_t n = 1000;
  for (int64_t i = 0; i < n; i++) put(m, intSlot(i), i);
  std::set<int64_t> seen, deleted;
  MapIter it;
  mapIterInit(it, m);
  while (mapIterNext(it)) {
    int64_t k = loadInt(it.key);
    CHECK(deleted.count(k) == 0);
    CHECK(seen.insert(k).second);
    // Delete the partner key and the key itself.
    int64_t partner = n - 1 - k;
    if (!seen.count(partner)) {
      mapDelete(m, intSlot(partner));
      deleted.insert(partner);
    }
    mapDelete(m, intSlot(k));
  }
  CHECK(seen.size() + deleted.size() == n);
  CHECK(mapLen(m) == 0);
}

TEST_CASE("inserting during iteration: growth keeps old keys once, with current values") {
  const Type mt = makeMapType(&tInt, &tInt);
  Map* m = mapMake(&mt, 0);
  constexpr int64_t n = 100;
  for (int64_t i = 0; i < n; i++) put(m, intSlot(i), i);
  std::map<int64_t, int> produced;
  int64_t firstKey = -1;
  MapIter it;
  mapIterInit(it, m);
  while (mapIterNext(it)) {
    int64_t k = loadInt(it.key);
    produced[k]++;
    if (firstKey < 0) {
      firstKey = k;
      // Grow the table several times, update every old key, delete a third of them.
      for (int64_t i = n; i < 20 * n; i++) put(m, intSlot(i), i);
      for (int64_t i = 0; i < n; i++) put(m, intSlot(i), -i);
      for (int64_t i = 0; i < n; i += 3)
        if (i != k) mapDelete(m, intSlot(i));
    } else if (k < n) {
      CHECK(loadInt(it.value) == -k);  // the value stored after the growth
    }
  }
  for (int64_t i = 0; i < n; i++) {
    INFO("key ", i);
    bool deletedBeforeReached = i % 3 == 0 && i != firstKey;
    CHECK(produced[i] == (deletedBeforeReached ? 0 : 1));
  }
  for (auto& [key, times] : produced) CHECK(times <= 1);
}

TEST_CASE("clear during iteration ends it") {
  const Type mt = makeMapType(&tInt, &tInt);
  Map* m = mapMake(&mt, 0);
  for (int64_t i = 0; i < 100; i++) put(m, intSlot(i), i);
  MapIter it;
  mapIterInit(it, m);
  REQUIRE(mapIterNext(it));
  mapClear(m);
  CHECK(mapLen(m) == 0);
  CHECK_FALSE(mapIterNext(it));
  put(m, intSlot(1), 1);
  CHECK(get(m, intSlot(1)) == 1);
  CHECK(get(m, intSlot(2)) == -1);
  CHECK(intKeysInOrder(m) == std::vector<int64_t>{1});
}

TEST_CASE("iteration order is random per loop and reproducible with a seed") {
  const Type mt = makeMapType(&tInt, &tInt);
  Map* m = mapMake(&mt, 0);
  for (int64_t i = 0; i < 100; i++) put(m, intSlot(i), i);
  std::set<std::vector<int64_t>> orders;
  for (int loop = 0; loop < 5; loop++) orders.insert(intKeysInOrder(m));
  CHECK(orders.size() > 1);  // all five equal: probability about 1/128^4

  // Small maps too: a range over 5 entries starts at a random entry.
  Map* small = mapMake(&mt, 0);
  for (int64_t i = 0; i < 5; i++) put(small, intSlot(i), i);
  std::set<int64_t> firstKeys;
  for (int loop = 0; loop < 200; loop++) firstKeys.insert(intKeysInOrder(small).front());
  CHECK(firstKeys.size() == 5);

  auto seededRun = [&] {
    seedRandom(42);
    Map* seeded = mapMake(&mt, 0);
    for (int64_t i = 0; i < 100; i++) put(seeded, intSlot(i), i);
    std::vector<int64_t> both = intKeysInOrder(seeded);
    std::vector<int64_t> second = intKeysInOrder(seeded);
    both.insert(both.end(), second.begin(), second.end());
    return both;
  };
  CHECK(seededRun() == seededRun());
}

TEST_CASE("hashing and equality helpers") {
  CHECK(hashBytes("abc", 3, 1) == hashBytes("abc", 3, 1));
  CHECK(hashBytes("abc", 3, 1) != hashBytes("abc", 3, 2));
  CHECK(hashBytes("abc", 3, 1) != hashBytes("abd", 3, 1));
  std::string a(100, 'a'), b(100, 'a');
  b[57] = 'b';
  CHECK(hashBytes(a.data(), a.size(), 9) != hashBytes(b.data(), b.size(), 9));
  double nan = std::nan("");
  CHECK_FALSE(equalValues(&tFloat64, &nan, &nan));
  CHECK(alwaysSelfEqual(&tInt));
  CHECK_FALSE(alwaysSelfEqual(&tKeyStruct));
  CHECK(hashMightPanic(&tEmptyIface));
  CHECK_FALSE(hashMightPanic(&tKeyStruct));
  // Every hash bit moves: the low 7 bits (the control tag) and the high ones (the group).
  std::set<uint64_t> low, high;
  for (uint64_t i = 0; i < 256; i++) {
    low.insert(hashWord(i, 5) & 0x7f);
    high.insert(hashWord(i, 5) >> 57);
  }
  CHECK(low.size() > 100);
  CHECK(high.size() > 100);
}

// Unit tests of Go maps (vm/map.h) and of type-driven hashing and equality (vm/hash.h).
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "vm/hash.h"
#include "vm/map.h"
#include "vm/panic.h"
#include "vm/type.h"
#include "vm/value.h"

using namespace goro;

namespace {

TypeTable& tt() { return TypeTable::get(); }
const Type* basic(Kind k) { return tt().basic(k); }
StructField field(std::string name, const Type* type) {
  StructField f;
  f.name = std::move(name);
  f.type = type;
  return f;
}

const Type* const tBool = basic(Kind::Bool);
const Type* const tInt = basic(Kind::Int);
const Type* const tInt8 = basic(Kind::Int8);
const Type* const tInt16 = basic(Kind::Int16);
const Type* const tUint8 = basic(Kind::Uint8);
const Type* const tUint32 = basic(Kind::Uint32);
const Type* const tFloat32 = basic(Kind::Float32);
const Type* const tFloat64 = basic(Kind::Float64);
const Type* const tString = basic(Kind::String);
const Type* const tAny = tt().emptyInterface();
const Type* const tPtrInt = tt().pointer(tInt);
const Type* const tSliceInt = tt().slice(tInt);
// struct { a int8; f float64; s string; _ int16 }: fields at 0, 8, 16, 24; size 32.
const Type* const tKeyStruct = tt().structType(
    {field("a", tInt8), field("f", tFloat64), field("s", tString), field("_", tInt16)});
const Type* const tPoint = tt().structType({field("x", tInt), field("y", tInt)});
const Type* const tEmptyStruct = tt().structType({});
const Type* const tArrayInt16 = tt().array(tInt16, 3);

const Type* mapOf(const Type* key, const Type* value) { return tt().map(key, value); }

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
Slot str(std::string_view bytes) { return ptrSlot(newString(bytes)); }
Slot boxed(const Type* t, Slot word) { return ptrSlot(newIface(t, word)); }

int64_t loadInt(const void* p) { return loadValue(tInt, p).i; }

// m[key] as an int, or -1 when absent.
int64_t get(const Map* m, Slot key) {
  const void* v = mapLookup(m, key);
  return v ? loadInt(v) : -1;
}
void put(Map* m, Slot key, int64_t value) { storeValue(tInt, mapAssign(m, key), intSlot(value)); }

std::vector<int64_t> intKeysInOrder(Map* m) {
  std::vector<int64_t> keys;
  MapIter it;
  mapIterInit(it, m);
  while (mapIterNext(it)) keys.push_back(loadInt(it.key));
  return keys;
}

}  // namespace

TEST_CASE("map[int]int: insert, update, lookup, miss, delete, len") {
  const Type* mt = mapOf(tInt, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tInt, tPoint);
  Map* m = mapMake(mt, 0);
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
  const Type* m8 = mapOf(tInt8, tInt);
  Map* m = mapMake(m8, 4);
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

  const Type* mu8 = mapOf(tUint8, tInt);
  m = mapMake(mu8, 0);
  put(m, intSlot(255), 1);
  CHECK(get(m, intSlot(255)) == 1);
  CHECK(get(m, intSlot(0)) == -1);

  const Type* mu32 = mapOf(tUint32, tInt);
  m = mapMake(mu32, 0);
  put(m, intSlot(0xffffffff), 7);
  CHECK(get(m, intSlot(0xffffffff)) == 7);
  mapIterInit(it, m);
  REQUIRE(mapIterNext(it));
  CHECK(*static_cast<const uint32_t*>(it.key) == 0xffffffffu);

  const Type* mb = mapOf(tBool, tInt);
  m = mapMake(mb, 0);
  put(m, intSlot(1), 10);
  put(m, intSlot(0), 20);
  put(m, intSlot(1), 30);
  CHECK(mapLen(m) == 2);
  CHECK(get(m, intSlot(1)) == 30);
  CHECK(get(m, intSlot(0)) == 20);
}

TEST_CASE("float64 keys: +0 and -0 are one key, NaN is never found") {
  const Type* mt = mapOf(tFloat64, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tFloat32, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tString, tInt);
  Map* m = mapMake(mt, 0);
  put(m, str("hello"), 1);
  put(m, str("world"), 2);
  put(m, ptrSlot(nullptr), 3);  // "" as the nil String*
  CHECK(get(m, str("hello")) == 1);
  CHECK(get(m, str("hell")) == -1);
  CHECK(get(m, str("")) == 3);  // "" as an empty String
  put(m, str("world"), 20);
  CHECK(mapLen(m) == 3);
  CHECK(get(m, str("world")) == 20);
  std::string longKey(1000, 'x');
  put(m, str(longKey), 4);
  longKey.back() = 'y';
  CHECK(get(m, str(longKey)) == -1);
  mapDelete(m, str("hello"));
  CHECK(get(m, str("hello")) == -1);
  CHECK(mapLen(m) == 3);
}

TEST_CASE("pointer keys compare by address") {
  const Type* mt = mapOf(tPtrInt, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tAny, tInt);
  Map* m = mapMake(mt, 0);
  const Type* tInt64 = basic(Kind::Int64);
  put(m, boxed(tInt, intSlot(1)), 1);
  put(m, boxed(tInt64, intSlot(1)), 2);  // int64(1) != int(1)
  put(m, boxed(tString, str("1")), 3);
  put(m, ptrSlot(nullptr), 4);  // nil interface
  put(m, boxed(tFloat64, floatSlot(-0.0)), 5);
  auto* point = static_cast<int64_t*>(allocValue(tPoint));
  point[0] = 3;
  point[1] = 4;
  put(m, boxed(tPoint, ptrSlot(point)), 6);
  CHECK(mapLen(m) == 6);
  CHECK(get(m, boxed(tInt, intSlot(1))) == 1);
  CHECK(get(m, boxed(tInt64, intSlot(1))) == 2);
  CHECK(get(m, boxed(tString, str("1"))) == 3);
  CHECK(get(m, ptrSlot(nullptr)) == 4);
  CHECK(get(m, boxed(tFloat64, floatSlot(0.0))) == 5);
  auto* samePoint = static_cast<int64_t*>(allocValue(tPoint));
  samePoint[0] = 3;
  samePoint[1] = 4;
  CHECK(get(m, boxed(tPoint, ptrSlot(samePoint))) == 6);
  CHECK(get(m, boxed(tInt, intSlot(2))) == -1);
}

TEST_CASE("interface keys holding uncomparable values panic") {
  const Type* mt = mapOf(tAny, tInt);
  Map* m = mapMake(mt, 0);
  Slot unhashable = boxed(tSliceInt, ptrSlot(nullptr));
  // Go hashes the key even when the map is empty.
  const char* unhashableMsg = "runtime error: hash of unhashable type []int";
  CHECK_THROWS_WITH_AS(mapLookup(m, unhashable), unhashableMsg, HostPanic);
  CHECK_THROWS_WITH_AS(mapDelete(m, unhashable), unhashableMsg, HostPanic);
  CHECK_THROWS_WITH_AS(mapAssign(m, unhashable), unhashableMsg, HostPanic);
  put(m, boxed(tInt, intSlot(1)), 1);
  CHECK_THROWS_WITH_AS(mapAssign(m, unhashable), unhashableMsg, HostPanic);
  CHECK_THROWS_WITH_AS(mapLookup(m, unhashable), unhashableMsg, HostPanic);
  // A panic leaves the map usable (no write left marked in progress).
  put(m, boxed(tInt, intSlot(2)), 2);
  CHECK(mapLen(m) == 2);
  // Inside an array: [2]interface{}{1, []int(nil)}.
  const Type* ma = mapOf(tt().array(tAny, 2), tInt);
  Map* am = mapMake(ma, 0);
  Iface* elems[2] = {newIface(tInt, intSlot(1)), newIface(tSliceInt, ptrSlot(nullptr))};
  CHECK_THROWS_WITH_AS(mapAssign(am, ptrSlot(elems)), unhashableMsg, HostPanic);
  CHECK(mapLen(am) == 0);
}

TEST_CASE("struct keys: field by field, blank fields and padding ignored, copied in") {
  const Type* mt = mapOf(tKeyStruct, tInt);
  Map* m = mapMake(mt, 0);
  auto makeKey = [](int8_t a, double f, const char* s, int16_t blank, unsigned char padding) {
    auto* block = static_cast<char*>(allocValue(tKeyStruct));
    std::memset(block, padding, 32);
    std::memcpy(block + 0, &a, 1);
    std::memcpy(block + 8, &f, 8);
    String* string = newString(s);
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
  const Type* mt = mapOf(tArrayInt16, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tEmptyStruct, tEmptyStruct);
  Map* m = mapMake(mt, 10);
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
  CHECK_THROWS_WITH_AS(mapAssign(m, intSlot(1)), "assignment to entry in nil map", HostPanic);
}

TEST_CASE("size hints, including negative and absurd ones") {
  const Type* mt = mapOf(tInt, tInt);
  for (int64_t hint : {int64_t{-1}, int64_t{0}, int64_t{7}, int64_t{8}, int64_t{1000},
                       std::numeric_limits<int64_t>::max()}) {
    Map* m = mapMake(mt, hint);
    for (int64_t i = 0; i < 100; i++) put(m, intSlot(i), i);
    CHECK(mapLen(m) == 100);
    CHECK(get(m, intSlot(99)) == 99);
  }
}

TEST_CASE("growth to a million entries") {
  const Type* mt = mapOf(tInt, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tString, tInt);
  Map* m = mapMake(mt, 0);
  constexpr int n = 100'000;
  for (int i = 0; i < n; i++) put(m, str("key" + std::to_string(i)), i);
  CHECK(mapLen(m) == n);
  int wrong = 0;
  for (int i = 0; i < n; i++) wrong += get(m, str("key" + std::to_string(i))) != i;
  CHECK(wrong == 0);
}

TEST_CASE("churn: inserting and deleting forever keeps the table small and correct") {
  const Type* mt = mapOf(tInt, tInt);
  Map* m = mapMake(mt, 0);
  for (int64_t i = 0; i < 500'000; i++) {
    put(m, intSlot(i), i);
    if (i >= 100) mapDelete(m, intSlot(i - 100));
  }
  CHECK(mapLen(m) == 100);
  for (int64_t i = 500'000 - 100; i < 500'000; i++) CHECK(get(m, intSlot(i)) == i);
  CHECK(get(m, intSlot(0)) == -1);
}

TEST_CASE("iteration visits every entry exactly once") {
  const Type* mt = mapOf(tInt, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tInt, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tInt, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tInt, tInt);
  Map* m = mapMake(mt, 0);
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
  const Type* mt = mapOf(tInt, tInt);
  Map* m = mapMake(mt, 0);
  for (int64_t i = 0; i < 100; i++) put(m, intSlot(i), i);
  std::set<std::vector<int64_t>> orders;
  for (int loop = 0; loop < 5; loop++) orders.insert(intKeysInOrder(m));
  CHECK(orders.size() > 1);  // all five equal: probability about 1/128^4

  // Small maps too: a range over 5 entries starts at a random entry.
  Map* small = mapMake(mt, 0);
  for (int64_t i = 0; i < 5; i++) put(small, intSlot(i), i);
  std::set<int64_t> firstKeys;
  for (int loop = 0; loop < 200; loop++) firstKeys.insert(intKeysInOrder(small).front());
  CHECK(firstKeys.size() == 5);

  auto seededRun = [&] {
    seedRandom(42);
    Map* seeded = mapMake(mt, 0);
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
  CHECK_FALSE(equalValues(tFloat64, &nan, &nan));
  CHECK(alwaysSelfEqual(tInt));
  CHECK_FALSE(alwaysSelfEqual(tKeyStruct));
  CHECK(hashMightPanic(tAny));
  CHECK_FALSE(hashMightPanic(tKeyStruct));
  // Every hash bit moves: the low 7 bits (the control tag) and the high ones (the group).
  std::set<uint64_t> low, high;
  for (uint64_t i = 0; i < 256; i++) {
    low.insert(hashWord(i, 5) & 0x7f);
    high.insert(hashWord(i, 5) >> 57);
  }
  CHECK(low.size() > 100);
  CHECK(high.size() > 100);
}

// Unit tests of math/rand's generator natives: the sequences must be Go's. Every expected
// value was printed by real Go 1.19 (rand.NewSource(seed).(rand.Source64).Uint64()).
#include <doctest/doctest.h>

#include <array>
#include <vector>

#include "stdlib/support.h"
#include "vm/native.h"

using namespace goro;

namespace {

NativeFn randNative(std::string_view name) {
  static bool registered = (stdlib::registerRand(), true);
  (void)registered;
  for (const NativeBinding& b : findPackage("math/rand")->natives)
    if (b.name == name) return b.fn;
  return nullptr;
}

NativeCtx& noCtx() {
  alignas(16) static char storage[256];
  return *reinterpret_cast<NativeCtx*>(storage);
}

}  // namespace

TEST_CASE("math/rand source sequences match Go's") {
  struct Case {
    int64_t seed;
    std::array<uint64_t, 6> values;  // the first five draws, then draw 2006
  };
  const Case cases[] = {
      {1, {5577006791947779410ull, 8674665223082153551ull, 15352856648520921629ull, 13260572831089785859ull, 3916589616287113937ull, 5776797512148313427ull}},
      {0, {8717895732742165505ull, 2259404117704393152ull, 6050128673802995827ull, 9724605487393973602ull, 12613765599614152010ull, 984466220948338528ull}},
      {-5, {1811683815564572222ull, 4427849682616757295ull, 188166459856594692ull, 3720612653564574438ull, 4799732044643461975ull, 3716697606802676805ull}},
      {42, {12663951391086054483ull, 9832119173398632219ull, 5571782338101878760ull, 1926012586526624009ull, 9627525982598323465ull, 6686395166397329787ull}},
      {1099511627776, {14693609398577170170ull, 6322525149314491254ull, 1177463506020107830ull, 1565541666764780662ull, 16899324040616703812ull, 13770128328401975741ull}},
  };
  NativeFn seed = randNative("(*rngSource).Seed");
  NativeFn next = randNative("(*rngSource).Uint64");
  REQUIRE(static_cast<bool>(seed));
  REQUIRE(static_cast<bool>(next));
  std::vector<int64_t> source(2 + 607);  // rngSource{tap, feed int; vec [607]int64}
  for (const Case& c : cases) {
    CAPTURE(c.seed);
    Slot io[2] = {{.p = source.data()}, {.i = c.seed}};
    seed(noCtx(), io);
    auto draw = [&] {
      Slot r[1] = {{.p = source.data()}};
      next(noCtx(), r);
      return r[0].u;
    };
    for (int i = 0; i < 5; i++) CHECK(draw() == c.values[i]);
    for (int i = 0; i < 2000; i++) draw();
    CHECK(draw() == c.values[5]);
  }
}

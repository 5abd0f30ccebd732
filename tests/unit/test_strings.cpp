// Unit tests of the natives of strings, unicode and unicode/utf8 against a table of cases
// whose expected results were printed by real Go 1.19 (stdlib/gen/strings_cases.go).
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "stdlib/support.h"
#include "vm/type.h"
#include "vm/value.h"

using namespace goro;

namespace {

// One case: a native, its argument kinds (s string, i int, v []string encoded as elements
// each followed by \x1f, or "nil"), the arguments, and the result formatted as Go printed
// it. Kind "C" / "M" is a sweep of a rune class / rune mapping over every rune, compared
// by an FNV-1a hash.
struct Case {
  const char* native;
  const char* kinds;
  std::array<const char*, 4> args;
  const char* want;
};

const Case kCases[] = {
#include "test_strings_cases.inc"
};

// The natives under test never touch the VM state.
NativeCtx& noCtx() {
  alignas(16) static char storage[256];
  return *reinterpret_cast<NativeCtx*>(storage);
}

// The native `name` of the first of the packages that has one.
NativeFn native(std::string_view name, std::initializer_list<const char*> packages) {
  static bool registered = [] {
    stdlib::registerStrings();
    stdlib::registerUnicode();
    stdlib::registerUtf8();
    return true;
  }();
  (void)registered;
  for (const char* path : packages)
    for (const NativeBinding& b : findPackage(path)->natives)
      if (b.name == name) return b.fn;
  return nullptr;
}

Slot stringList(std::string_view encoded) {
  if (encoded == "nil") return Slot{.p = nullptr};
  std::vector<std::string_view> elems;
  for (size_t end; (end = encoded.find('\x1f')) != std::string_view::npos; encoded.remove_prefix(end + 1))
    elems.push_back(encoded.substr(0, end));
  auto n = static_cast<int64_t>(elems.size());
  Slice* s = newSlice(TypeTable::get().basic(Kind::String), n, n);
  for (int64_t i = 0; i < n; i++) reinterpret_cast<String**>(s->data)[i] = newString(elems[i]);
  return Slot{.p = s};
}

std::string formatStringList(const Slice* s) {
  if (s == nullptr) return "nil";
  std::string out;
  for (int64_t i = 0; i < s->len; i++) (out += strView(reinterpret_cast<String**>(s->data)[i])) += '\x1f';
  return out;
}

// FNV-1a over f(r) for every r in [-2, MaxRune+2], as the generator computes it.
template <typename F>
std::string sweep(F f) {
  uint64_t h = 14695981039346656037ull;
  for (int64_t r = -2; r <= 0x10FFFF + 2; r++) {
    h ^= f(r);
    h *= 1099511628211ull;
  }
  return std::to_string(h);
}

// Runs one case; returns its result formatted as the generator formats Go's.
std::string run(const Case& c, NativeFn fn) {
  std::string_view kinds = c.kinds;
  if (kinds == "C" || kinds == "M") {
    bool isMap = kinds == "M";
    return sweep([&](int64_t r) {
      Slot io[1] = {{.i = r}};
      fn(noCtx(), io);
      return isMap ? static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(io[0].i))) : io[0].u;
    });
  }
  Slot io[4] = {};
  for (size_t i = 0; i < kinds.size(); i++) {
    if (kinds[i] == 's') io[i] = stdlib::stringSlot(c.args[i]);
    else if (kinds[i] == 'i') io[i].i = std::stoll(c.args[i]);
    else io[i] = stringList(c.args[i]);
  }
  fn(noCtx(), io);
  std::string_view name = c.native;
  if (name == "genSplit" || name == "Fields") return formatStringList(static_cast<const Slice*>(io[0].p));
  if (name == "EqualFold" || name == "ValidString" || name == "FullRuneInString") return io[0].u ? "true" : "false";
  if (name.starts_with("Decode")) return std::to_string(io[0].i) + " " + std::to_string(io[1].i);
  if (name.find("Index") != std::string_view::npos || name == "Count" || name == "RuneCountInString")
    return std::to_string(io[0].i);
  return std::string(stdlib::argString(io[0]));
}

}  // namespace

TEST_CASE("strings, unicode and utf8 natives agree with Go") {
  for (const Case& c : kCases) {
    std::string_view kinds = c.kinds;
    NativeFn fn = kinds == "C" || kinds == "M" ? native(c.native, {"unicode"}) : native(c.native, {"strings", "unicode/utf8"});
    std::string call = std::string(c.native) + "(" + (c.args[0] ? c.args[0] : "") + ", " + (c.args[1] ? c.args[1] : "") + ")";
    CAPTURE(call);
    REQUIRE(static_cast<bool>(fn));
    CHECK(run(c, fn) == std::string(c.want));
  }
}

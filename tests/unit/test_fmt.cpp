// Unit tests of fmt's printer and strconv's float formatting; every expectation was
// printed by real Go 1.19 for the same operands.
#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>

#include "stdlib/format.h"
#include "vm/map.h"
#include "vm/type.h"
#include "vm/value.h"

using namespace goro;
using goro::stdlib::formatFloat;

namespace {

TypeTable& types() { return TypeTable::get(); }
const Type* basic(Kind k) { return types().basic(k); }

Iface* anyOf(Kind k, int64_t v) { return newIface(basic(k), Slot{.i = v}); }
Iface* anyInt(int64_t v) { return anyOf(Kind::Int, v); }
Iface* anyFloat(double v) { return newIface(basic(Kind::Float64), Slot{.f = v}); }
Iface* anyStr(std::string_view s) { return newIface(basic(Kind::String), Slot{.p = newString(s)}); }
Iface* anyBool(bool b) { return newIface(basic(Kind::Bool), Slot{.u = b}); }

// A []any holding the operands.
Slice* args(std::initializer_list<Iface*> xs) {
  Slice* s = newSlice(types().emptyInterface(), static_cast<int64_t>(xs.size()), static_cast<int64_t>(xs.size()));
  Iface** data = reinterpret_cast<Iface**>(s->data);
  for (Iface* x : xs) *data++ = x;
  return s;
}

std::string format(std::string_view format, std::initializer_list<Iface*> xs) {
  return stdlib::sprintf(nullptr, format, args(xs));
}

// main.P{X, Y int; name string}
const Type* pointType() {
  static const Type* t = [] {
    Type* named = types().newNamed("P", "main");
    StructField x{"X", basic(Kind::Int), false, true, "", 0};
    StructField y{"Y", basic(Kind::Int), false, true, "", 0};
    StructField name{"name", basic(Kind::String), false, false, "", 0};
    types().complete(named, types().structType({x, y, name}));
    return named;
  }();
  return t;
}

Iface* anyPoint(int64_t x, int64_t y, std::string_view name) {
  const Type* t = pointType();
  char* block = static_cast<char*>(allocValue(t));
  const auto& fields = t->under()->fields;
  storeValue(fields[0].type, block + fields[0].offset, Slot{.i = x});
  storeValue(fields[1].type, block + fields[1].offset, Slot{.i = y});
  storeValue(fields[2].type, block + fields[2].offset, Slot{.p = newString(name)});
  return newIface(t, Slot{.p = block});
}

Iface* anyIntSlice(std::initializer_list<int64_t> xs, bool nil = false) {
  const Type* t = types().slice(basic(Kind::Int));
  if (nil) return newIface(t, Slot{.p = nullptr});
  Slice* s = newSlice(basic(Kind::Int), static_cast<int64_t>(xs.size()), static_cast<int64_t>(xs.size()));
  int64_t* data = reinterpret_cast<int64_t*>(s->data);
  for (int64_t x : xs) *data++ = x;
  return newIface(t, Slot{.p = s});
}

Iface* anyBytes(std::string_view bytes) {
  const Type* byteT = basic(Kind::Uint8);
  Slice* s = newSlice(byteT, static_cast<int64_t>(bytes.size()), static_cast<int64_t>(bytes.size()));
  for (size_t i = 0; i < bytes.size(); i++) s->data[i] = bytes[i];
  return newIface(types().slice(byteT), Slot{.p = s});
}

}  // namespace

TEST_CASE("strconv.FormatFloat shortest and %g layout") {
  CHECK(formatFloat(0, 'g', -1, 64) == "0");
  CHECK(formatFloat(0.1, 'g', -1, 64) == "0.1");
  CHECK(formatFloat(3.14, 'g', -1, 64) == "3.14");
  CHECK(formatFloat(1e6, 'g', -1, 64) == "1e+06");
  CHECK(formatFloat(123456, 'g', -1, 64) == "123456");
  CHECK(formatFloat(1234567, 'g', -1, 64) == "1.234567e+06");
  CHECK(formatFloat(1e-5, 'g', -1, 64) == "1e-05");
  CHECK(formatFloat(1e-4, 'g', -1, 64) == "0.0001");
  CHECK(formatFloat(1e21, 'g', -1, 64) == "1e+21");
  CHECK(formatFloat(1.0 / 3, 'g', -1, 64) == "0.3333333333333333");
  CHECK(formatFloat(-0.0, 'g', -1, 64) == "-0");
  CHECK(formatFloat(INFINITY, 'g', -1, 64) == "+Inf");
  CHECK(formatFloat(-INFINITY, 'g', -1, 64) == "-Inf");
  CHECK(formatFloat(NAN, 'g', -1, 64) == "NaN");
  CHECK(formatFloat(0.1, 'g', -1, 32) == "0.1");
  CHECK(formatFloat(1e10, 'g', -1, 32) == "1e+10");
  CHECK(formatFloat(3.4e38, 'g', -1, 32) == "3.4e+38");
  CHECK(formatFloat(123456, 'g', 3, 64) == "1.23e+05");
  CHECK(formatFloat(100, 'g', 3, 64) == "100");
  CHECK(formatFloat(1.0 / 3, 'g', 10, 64) == "0.3333333333");
  CHECK(formatFloat(1.5, 'f', -1, 64) == "1.5");
  CHECK(formatFloat(1e21, 'f', -1, 64) == "1000000000000000000000");
  CHECK(formatFloat(1e21, 'e', -1, 64) == "1e+21");
  CHECK(formatFloat(2.5e-10, 'e', 2, 64) == "2.50e-10");
  CHECK(formatFloat(1e6, 'f', 6, 64) == "1000000.000000");
}

TEST_CASE("fmt float verbs, widths and flags") {
  CHECK(format("%v|%.3g|%e|%.2e|%f|%.1f|%G", {anyFloat(1234567), anyFloat(1234567), anyFloat(1234567),
                                               anyFloat(1234567), anyFloat(1234567), anyFloat(1234567),
                                               anyFloat(1234567)}) ==
        "1.234567e+06|1.23e+06|1.234567e+06|1.23e+06|1234567.000000|1234567.0|1.234567E+06");
  CHECK(format("%#g|%#.3g|%8.2f|%-8.2f|%08.2f|%+.2f|% .2f|%.0f|%#.0f",
                {anyFloat(0), anyFloat(0), anyFloat(0), anyFloat(0), anyFloat(0), anyFloat(0), anyFloat(0),
                 anyFloat(0), anyFloat(0)}) == "0.00000|0.00|    0.00|0.00    |00000.00|+0.00| 0.00|0|0.");
  CHECK(format("%#g|%#.3g|%08.2f", {anyFloat(100), anyFloat(100), anyFloat(-1)}) == "100.000|100.|-0001.00");
  CHECK(format("%#g", {anyFloat(1.0 / 3)}) == "0.3333333333333333");
  CHECK(format("%08.3f|%6.2f%%", {anyFloat(-3.14159), anyFloat(99.5)}) == "-003.142| 99.50%");
  CHECK(format("%v %.2v %5.1v", {anyFloat(1.5), anyFloat(3.14159), anyFloat(2.0)}) == "1.5 3.1     2");
  CHECK(format("%e", {newIface(basic(Kind::Float32), Slot{.f = static_cast<float>(0.1)})}) == "1.000000e-01");
  CHECK(format("%X %b", {anyFloat(3.5), anyFloat(2.5)}) == "0X1.CP+01 5629499534213120p-51");
  CHECK(format("%5.1f|%-6v|%06v", {anyFloat(INFINITY), anyFloat(NAN), anyFloat(-INFINITY)}) == " +Inf|NaN   |  -Inf");
}

TEST_CASE("fmt integer verbs") {
  CHECK(format("%U %#U %c %q %08b %o %O %#o %#x %x", {anyOf(Kind::Int32, 0x1F600), anyOf(Kind::Int32, 'A'),
                                                      anyOf(Kind::Int32, 'A'), anyOf(Kind::Int32, '\n'),
                                                      anyInt(5), anyInt(8), anyInt(8), anyInt(8), anyInt(255),
                                                      anyInt(-255)}) ==
        "U+1F600 U+0041 'A' A '\\n' 00000101 10 0o10 010 0xff -ff");
  CHECK(format("%5d|%-5d|%05d|%+d|%.3d|%8.3d", {anyInt(42), anyInt(42), anyInt(-42), anyInt(42), anyInt(7),
                                                  anyInt(7)}) == "   42|42   |-0042|+42|007|     007");
  CHECK(format("%-08d|%+08d|% d|%x", {anyInt(5), anyInt(5), anyInt(5), anyInt(-1)}) == "5       |+0000005| 5|-1");
  CHECK(format("%v %d", {anyOf(Kind::Int8, -5), anyOf(Kind::Uint8, 200)}) == "-5 200");
  CHECK(format("%#v %v", {anyOf(Kind::Uint, 10), anyOf(Kind::Int32, 'x')}) == "0xa 120");
  CHECK(format("%.0d|%5.0d|", {anyInt(0), anyInt(0)}) == "|     |");
}

TEST_CASE("fmt strings and bytes") {
  CHECK(format("%q %+q %#q %x % x %#x %X % #x",
                {anyStr("h\xc3\xa9llo\n\x01"), anyStr("h\xc3\xa9llo"), anyStr("abc`"), anyStr("hi"), anyStr("hi"),
                 anyStr("hi"), anyStr("hi"), anyStr("hi")}) ==
        "\"h\xc3\xa9llo\\n\\x01\" \"h\\u00e9llo\" \"abc`\" 6869 68 69 0x6869 6869 0x68 0x69");
  CHECK(format("%5s|%-5s|%.2s|%5.1q|%x", {anyStr("ab"), anyStr("ab"), anyStr("h\xc3\xa9llo"),
                                            anyStr("h\xc3\xa9llo"), anyStr("h\xc3\xa9llo")}) ==
        "   ab|ab   |h\xc3\xa9|  \"h\"|68c3a96c6c6f");
  CHECK(format("%v|%d|%s|%x|%#v", {anyBytes("hi"), anyBytes("hi"), anyBytes("hi"), anyBytes("hi"),
                                     anyBytes("\x01\x02")}) == "[104 105]|[104 105]|hi|6869|[]byte{0x1, 0x2}");
  CHECK(format("%x|%#q", {anyStr(""), anyStr("a\tb")}) == "|`a\tb`");
}

TEST_CASE("fmt composite values") {
  CHECK(format("%v %+v %#v %T", {anyPoint(1, 2, "n"), anyPoint(1, 2, "n"), anyPoint(1, 2, "n"),
                                  anyPoint(1, 2, "n")}) == "{1 2 n} {X:1 Y:2 name:n} main.P{X:1, Y:2, name:\"n\"} main.P");
  Iface* p = anyPoint(1, 2, "n");
  Iface* ptr = newIface(types().pointer(pointType()), Slot{.p = p->word.p});
  CHECK(format("%v %+v %#v %T", {ptr, ptr, ptr, ptr}) == "&{1 2 n} &{X:1 Y:2 name:n} &main.P{X:1, Y:2, name:\"n\"} *main.P");
  CHECK(format("%v %v %#v %#v", {anyIntSlice({1, 2, 3}), anyIntSlice({}, true), anyIntSlice({}, true),
                                  anyIntSlice({4})}) == "[1 2 3] [] []int(nil) []int{4}");
  CHECK(format("%03d|%x", {anyIntSlice({1, 2}), anyIntSlice({10, 255})}) == "[001 002]|[a ff]");
}

TEST_CASE("fmt operand diagnostics") {
  CHECK(format("%d %s", {anyStr("hi"), anyInt(3)}) == "%!d(string=hi) %!s(int=3)");
  CHECK(format("%d\n", {anyInt(1), anyInt(2), anyStr("x")}) == "1\n%!(EXTRA int=2, string=x)");
  CHECK(format("%s %d", {anyStr("a")}) == "a %!d(MISSING)");
  CHECK(format("%!", {}) == "%!!(MISSING)");
  CHECK(format("%", {}) == "%!(NOVERB)");
  CHECK(format("%v %d", {nullptr, nullptr}) == "<nil> %!d(<nil>)");
  CHECK(format("%*d|%-*d|%.*f", {anyInt(5), anyInt(1), anyInt(5), anyInt(2), anyInt(2), anyFloat(3.14159)}) ==
        "    1|2    |3.14");
  CHECK(format("%*d", {anyStr("x"), anyInt(1)}) == "%!(BADWIDTH)1");
  CHECK(format("%[2]d %[1]d %[3]d", {anyInt(1), anyInt(2)}) == "2 1 %!d(BADINDEX)");
  CHECK(format("%5d", {anyStr("hi")}) == "%!d(string=   hi)");
  CHECK(format("%t %v", {anyBool(true), anyBool(false)}) == "true false");
}

TEST_CASE("fmt Print and Println spacing") {
  Slice* a = args({anyStr("a"), anyStr("b"), anyInt(1), anyInt(2), anyStr("c"), anyFloat(3.5), nullptr,
                   anyBool(true), anyStr("\n")});
  CHECK(stdlib::sprint(nullptr, a) == "ab1 2c3.5 <nil> true\n");
  CHECK(stdlib::sprintln(nullptr, args({anyStr("x"), anyInt(1), nullptr})) == "x 1 <nil>\n");
}

TEST_CASE("fmt prints maps sorted by key") {
  const Type* mapType = types().map(basic(Kind::String), basic(Kind::Int));
  Map* m = mapMake(mapType, 0);
  for (auto [k, v] : {std::pair{"b", 2}, {"c", 3}, {"a", 1}}) storeValue(basic(Kind::Int), mapAssign(m, Slot{.p = newString(k)}), Slot{.i = v});
  Iface* x = newIface(mapType, Slot{.p = m});
  CHECK(format("%v", {x}) == "map[a:1 b:2 c:3]");
  CHECK(format("%#v", {x}) == R"(map[string]int{"a":1, "b":2, "c":3})");
  CHECK(format("%v", {newIface(mapType, Slot{.p = nullptr})}) == "map[]");

  const Type* intKeys = types().map(basic(Kind::Int), basic(Kind::Bool));
  Map* n = mapMake(intKeys, 0);
  for (int64_t k : {10, -3, 7}) storeValue(basic(Kind::Bool), mapAssign(n, Slot{.i = k}), Slot{.u = k > 0});
  CHECK(format("%v", {newIface(intKeys, Slot{.p = n})}) == "map[-3:false 7:true 10:true]");
}

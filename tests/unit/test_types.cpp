// Unit tests for vm/type.cpp: interning, amd64 layouts, spellings, method sets.
#include <doctest/doctest.h>

#include "vm/type.h"

using namespace goro;

namespace {

TypeTable& tt() { return TypeTable::get(); }
const Type* basic(Kind k) { return tt().basic(k); }

StructField field(std::string name, const Type* t, bool embedded = false) {
  StructField f;
  f.name = std::move(name);
  f.type = t;
  f.embedded = embedded;
  return f;
}

Method method(std::string name, const Type* sig, bool ptrRecv = false) {
  Method m;
  m.name = std::move(name);
  m.sig = sig;
  m.ptrRecv = ptrRecv;
  return m;
}

}  // namespace

TEST_CASE("identical unnamed types are interned to one pointer") {
  const Type* i = basic(Kind::Int);
  CHECK(tt().slice(i) == tt().slice(i));
  CHECK(tt().map(basic(Kind::String), tt().slice(i)) == tt().map(basic(Kind::String), tt().slice(i)));
  CHECK(tt().func({i}, {i}, false) != tt().func({i}, {i}, true));
  CHECK(tt().chan(i, ChanDirT::Send) != tt().chan(i, ChanDirT::Recv));
  CHECK(tt().structType({field("a", i)}) == tt().structType({field("a", i)}));
  CHECK(tt().structType({field("a", i)}) != tt().structType({field("b", i)}));
  CHECK(tt().newNamed("T", "main") != tt().newNamed("T", "main"));
}

TEST_CASE("layouts follow amd64 Go") {
  const Type* i8 = basic(Kind::Int8);
  const Type* i64 = basic(Kind::Int64);
  const Type* s = tt().structType({field("a", i8), field("b", i64), field("c", basic(Kind::Int16))});
  CHECK(s->size == 24);
  CHECK(s->align == 8);
  CHECK(s->fields[1].offset == 8);
  CHECK(s->fields[2].offset == 16);
  CHECK_FALSE(s->hasPointers);
  CHECK(tt().array(basic(Kind::Int32), 5)->size == 20);
  CHECK(basic(Kind::String)->size == 8);
  CHECK(basic(Kind::String)->hasPointers);
  const Type* empty = tt().structType({});
  CHECK(empty->size == 0);
  // A trailing zero-size field is padded so its address stays inside the object.
  CHECK(tt().structType({field("a", i64), field("z", empty)})->size == 16);
  CHECK(tt().structType({field("p", tt().pointer(i8))})->hasPointers);
}

TEST_CASE("types are spelled as fmt and gc spell them") {
  const Type* i = basic(Kind::Int);
  const Type* str = basic(Kind::String);
  Type* t = tt().newNamed("T", "main");
  tt().complete(t, tt().structType({field("a", i)}));
  CHECK(tt().map(str, tt().slice(tt().pointer(t)))->toString() == "map[string][]*main.T");
  CHECK(tt().pointer(t)->toString(false) == "*T");
  CHECK(tt().func({i, tt().slice(str)}, {i, tt().errorType()}, true)->toString() ==
        "func(int, ...string) (int, error)");
  CHECK(tt().func({}, {}, false)->toString() == "func()");
  CHECK(tt().chan(tt().chan(i, ChanDirT::Recv), ChanDirT::Both)->toString() == "chan (<-chan int)");
  CHECK(tt().chan(tt().chan(i, ChanDirT::Both), ChanDirT::Send)->toString() == "chan<- chan int");
  CHECK(tt().emptyInterface()->toString() == "interface {}");
  CHECK(tt().emptyInterface()->messageString("main") == "interface{}");
  StructField tagged = field("x", i);
  tagged.tag = "k:\"v\"";
  const Type* st = tt().structType({field("T", t, true), field("b", i), tagged});
  CHECK(st->toString() == "struct { main.T; b int; x int \"k:\\\"v\\\"\" }");
  CHECK(st->messageString("main") == "struct{T; b int; x int \"k:\\\"v\\\"\"}");
  Type* dur = tt().newNamed("Duration", "time");
  tt().complete(dur, basic(Kind::Int64));
  CHECK(dur->messageString("main") == "time.Duration");
  Type* rnd = tt().newNamed("Rand", "math/rand");
  CHECK(tt().pointer(rnd)->toString() == "*rand.Rand");
  const Type* iface = tt().interfaceType({method("N", tt().func({tt().slice(i)}, {}, true)),
                                          method("M", tt().func({}, {i}, false))});
  CHECK(iface->toString() == "interface { M() int; N(...int) }");
  CHECK(tt().tuple({i, str})->toString() == "(int, string)");
}

TEST_CASE("method sets, promotion and interface satisfaction") {
  const Type* i = basic(Kind::Int);
  const Type* noArgsInt = tt().func({}, {i}, false);
  const Type* iface = tt().interfaceType({method("Get", noArgsInt)});

  Type* inner = tt().newNamed("Inner", "main");
  tt().complete(inner, tt().structType({field("v", i)}));
  inner->methods.push_back(method("Get", noArgsInt, /*ptrRecv=*/true));

  Type* byValue = tt().newNamed("ByValue", "main");
  tt().complete(byValue, tt().structType({field("Inner", inner, true)}));
  Type* byPointer = tt().newNamed("ByPointer", "main");
  tt().complete(byPointer, tt().structType({field("Inner", tt().pointer(inner), true)}));

  CHECK(findMethod(inner, "Get", false) == nullptr);
  CHECK(findMethod(tt().pointer(inner), "Get", false) != nullptr);
  CHECK(findMethod(byValue, "Get", false) == nullptr);
  CHECK(findMethod(byValue, "Get", true) != nullptr);
  CHECK(findMethod(byPointer, "Get", false) != nullptr);

  std::string missing;
  bool wrongRecv = false;
  CHECK_FALSE(implements(inner, iface, &missing, &wrongRecv));
  CHECK(missing == "Get");
  CHECK(wrongRecv);
  CHECK(implements(tt().pointer(inner), iface));
  CHECK(implements(byPointer, iface));
  CHECK(implements(tt().pointer(byValue), iface));
  CHECK(implements(tt().errorType(), tt().emptyInterface()));

  Selection sel = lookupFieldOrMethod(tt().pointer(byValue), "v");
  CHECK(sel.kind == Selection::Kind::Field);
  CHECK(sel.path == std::vector<int>{0, 0});
  CHECK(sel.indirect);

  // The same name at the same depth through two embedded fields is ambiguous.
  Type* other = tt().newNamed("Other", "main");
  tt().complete(other, tt().structType({field("v", i)}));
  const Type* both = tt().structType({field("Inner", inner, true), field("Other", other, true)});
  CHECK(lookupFieldOrMethod(both, "v").kind == Selection::Kind::Ambiguous);
  CHECK(lookupFieldOrMethod(both, "Get").kind == Selection::Kind::Method);
}

TEST_CASE("comparability") {
  const Type* i = basic(Kind::Int);
  CHECK(i->comparable());
  CHECK_FALSE(tt().slice(i)->comparable());
  CHECK_FALSE(tt().structType({field("s", tt().slice(i))})->comparable());
  CHECK(tt().array(tt().pointer(i), 3)->comparable());
  CHECK(tt().emptyInterface()->comparable());
}

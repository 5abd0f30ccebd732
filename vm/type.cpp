// Go types: interning, amd64 layouts, Go's spellings, method sets and field lookup.
#include "vm/type.h"

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <memory>
#include <unordered_set>

namespace goro {

// ---------------------------------------------------------------- classification

bool Type::isInteger() const {
  Kind k = ukind();
  return (k >= Kind::Int && k <= Kind::Uintptr) || k == Kind::UntypedInt || k == Kind::UntypedRune;
}

bool Type::isUnsigned() const {
  Kind k = ukind();
  return k >= Kind::Uint && k <= Kind::Uintptr;
}

bool Type::isFloat() const {
  Kind k = ukind();
  return k == Kind::Float32 || k == Kind::Float64 || k == Kind::UntypedFloat;
}

bool Type::isNumeric() const {
  Kind k = ukind();
  return isInteger() || isFloat() || k == Kind::Complex64 || k == Kind::Complex128;
}

bool Type::isUntyped() const { return kind >= Kind::UntypedBool && kind <= Kind::UntypedNil; }

bool Type::comparable() const {
  const Type* u = under();
  switch (u->kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
    case Kind::Tuple:
    case Kind::Invalid:
      return false;
    case Kind::Array:
      return u->elem->comparable();
    case Kind::Struct:
      return std::all_of(u->fields.begin(), u->fields.end(),
                         [](const StructField& f) { return f.type->comparable(); });
    default:
      return true;
  }
}

int Type::intBits() const {
  switch (ukind()) {
    case Kind::Int8: case Kind::Uint8: return 8;
    case Kind::Int16: case Kind::Uint16: return 16;
    case Kind::Int32: case Kind::Uint32: case Kind::UntypedRune: return 32;
    default: return 64;
  }
}

// ---------------------------------------------------------------- spelling

namespace {

const char* basicName(Kind k) {
  switch (k) {
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Int8: return "int8";
    case Kind::Int16: return "int16";
    case Kind::Int32: return "int32";
    case Kind::Int64: return "int64";
    case Kind::Uint: return "uint";
    case Kind::Uint8: return "uint8";
    case Kind::Uint16: return "uint16";
    case Kind::Uint32: return "uint32";
    case Kind::Uint64: return "uint64";
    case Kind::Uintptr: return "uintptr";
    case Kind::Float32: return "float32";
    case Kind::Float64: return "float64";
    case Kind::Complex64: return "complex64";
    case Kind::Complex128: return "complex128";
    case Kind::String: return "string";
    case Kind::UnsafePointer: return "unsafe.Pointer";
    case Kind::UntypedBool: return "untyped bool";
    case Kind::UntypedInt: return "untyped int";
    case Kind::UntypedRune: return "untyped rune";
    case Kind::UntypedFloat: return "untyped float";
    case Kind::UntypedString: return "untyped string";
    case Kind::UntypedNil: return "untyped nil";
    default: return "invalid type";
  }
}

// The package name of an import path: its last element ("math/rand" -> "rand").
std::string packageName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Quotes a struct tag as Go's %q does for the printable ASCII that tags consist of.
std::string quoteTag(const std::string& tag) {
  std::string out = "\"";
  for (char c : tag) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// reflect's spelling ("struct { a int }", "interface {}") and types2's ("struct{a int}").
struct Printer {
  bool gcStyle;
  bool qualify;
  const std::string* localPkg;  // gcStyle: types of this package are not qualified

  std::string name(const Type* t) const {
    if (t->pkg.empty()) return t->name;
    if (gcStyle) return *localPkg == t->pkg ? t->name : packageName(t->pkg) + "." + t->name;
    return qualify ? packageName(t->pkg) + "." + t->name : t->name;
  }

  std::string signature(const Type* t) const {
    std::string out = "(";
    for (size_t i = 0; i < t->params.size(); ++i) {
      if (i) out += ", ";
      if (t->variadic && i + 1 == t->params.size())
        out += "..." + print(t->params[i]->elem);
      else
        out += print(t->params[i]);
    }
    out += ")";
    if (t->results.size() == 1) {
      out += " " + print(t->results[0]);
    } else if (t->results.size() > 1) {
      out += " (";
      for (size_t i = 0; i < t->results.size(); ++i) out += (i ? ", " : "") + print(t->results[i]);
      out += ")";
    }
    return out;
  }

  std::string print(const Type* t) const {
    if (!t) return "invalid type";
    switch (t->kind) {
      case Kind::Named: return name(t);
      case Kind::Pointer: return "*" + print(t->elem);
      case Kind::Slice: return "[]" + print(t->elem);
      case Kind::Array: return "[" + std::to_string(t->len) + "]" + print(t->elem);
      case Kind::Map: return "map[" + print(t->key) + "]" + print(t->elem);
      case Kind::Chan: {
        if (t->dir == ChanDirT::Send) return "chan<- " + print(t->elem);
        if (t->dir == ChanDirT::Recv) return "<-chan " + print(t->elem);
        bool paren = t->elem->kind == Kind::Chan && t->elem->dir == ChanDirT::Recv;
        return paren ? "chan (" + print(t->elem) + ")" : "chan " + print(t->elem);
      }
      case Kind::Func: return "func" + signature(t);
      case Kind::Struct: {
        if (t->fields.empty()) return gcStyle ? "struct{}" : "struct {}";
        std::string out = gcStyle ? "struct{" : "struct { ";
        for (size_t i = 0; i < t->fields.size(); ++i) {
          const StructField& f = t->fields[i];
          if (i) out += "; ";
          if (f.embedded) {
            out += print(f.type);
          } else {
            out += f.name + " " + print(f.type);
          }
          if (!f.tag.empty()) out += " " + quoteTag(f.tag);
        }
        return out + (gcStyle ? "}" : " }");
      }
      case Kind::Interface: {
        if (t->methods.empty()) return gcStyle ? "interface{}" : "interface {}";
        std::string out = gcStyle ? "interface{" : "interface { ";
        for (size_t i = 0; i < t->methods.size(); ++i) {
          if (i) out += "; ";
          out += t->methods[i].name + signature(t->methods[i].sig);
        }
        return out + (gcStyle ? "}" : " }");
      }
      case Kind::Tuple: {
        std::string out = "(";
        for (size_t i = 0; i < t->elems.size(); ++i) out += (i ? ", " : "") + print(t->elems[i]);
        return out + ")";
      }
      default: return basicName(t->kind);
    }
  }
};

}  // namespace

std::string Type::toString(bool qualify) const { return Printer{false, qualify, nullptr}.print(this); }

std::string Type::messageString(const std::string& localPkg) const {
  return Printer{true, true, &localPkg}.print(this);
}

// ---------------------------------------------------------------- the table

namespace {

// Size and alignment of the one-word values of vm/value.h and of the scalars, as on amd64.
void setBasicLayout(Type& t) {
  switch (t.kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8:
      t.size = 1; t.align = 1; break;
    case Kind::Int16: case Kind::Uint16:
      t.size = 2; t.align = 2; break;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32:
      t.size = 4; t.align = 4; break;
    case Kind::Complex64:
      t.size = 8; t.align = 4; break;
    case Kind::Complex128:
      t.size = 16; t.align = 8; break;
    case Kind::String: case Kind::UnsafePointer:
      t.size = 8; t.align = 8; t.hasPointers = true; break;
    case Kind::Invalid: case Kind::Tuple:
      t.size = 0; t.align = 1; break;
    default:  // int, int64, uint*, uintptr, float64, untyped kinds
      t.size = 8; t.align = 8; break;
  }
}

uint32_t alignUp(uint32_t n, uint32_t a) { return (n + a - 1) / a * a; }

// A short unique key for a type: `prefix` then the (interned or unique) address of each
// component.
std::string internKey(const char* prefix, std::initializer_list<const Type*> parts) {
  std::string k(prefix);
  for (const Type* t : parts) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%p,", static_cast<const void*>(t));
    k += buf;
  }
  return k;
}

std::string ref(const Type* t) { return internKey("", {t}); }

}  // namespace

TypeTable& TypeTable::get() {
  static TypeTable table;
  return table;
}

TypeTable::TypeTable() {
  for (int k = 0; k <= static_cast<int>(Kind::UntypedNil); ++k) {
    auto* t = new Type;
    t->kind = static_cast<Kind>(k);
    setBasicLayout(*t);
    basics_.push_back(t);
  }
  empty_ = interfaceType({});
  Type* err = newNamed("error", "");
  Method errorMethod;
  errorMethod.name = "Error";
  errorMethod.sig = func({}, {basic(Kind::String)}, false);
  complete(err, interfaceType({errorMethod}));
  error_ = err;
}

const Type* TypeTable::basic(Kind k) { return basics_.at(static_cast<size_t>(k)); }

const Type* TypeTable::intern(std::string key, Type t) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = interned_.find(key);
  if (it != interned_.end()) return it->second;
  auto* stored = new Type(std::move(t));  // types live as long as the process
  interned_.emplace(std::move(key), stored);
  return stored;
}

const Type* TypeTable::slice(const Type* elem) {
  Type t;
  t.kind = Kind::Slice;
  t.elem = elem;
  t.size = t.align = 8;
  t.hasPointers = true;
  return intern(internKey("[]", {elem}), std::move(t));
}

const Type* TypeTable::array(const Type* elem, int64_t len) {
  Type t;
  t.kind = Kind::Array;
  t.elem = elem;
  t.len = len;
  t.size = static_cast<uint32_t>(elem->size * len);
  t.align = elem->align;
  t.hasPointers = len > 0 && elem->hasPointers;
  std::string prefix = "[";
  prefix += std::to_string(len);
  prefix += ']';
  return intern(internKey(prefix.c_str(), {elem}), std::move(t));
}

const Type* TypeTable::pointer(const Type* elem) {
  Type t;
  t.kind = Kind::Pointer;
  t.elem = elem;
  t.size = t.align = 8;
  t.hasPointers = true;
  return intern(internKey("*", {elem}), std::move(t));
}

const Type* TypeTable::map(const Type* key, const Type* value) {
  Type t;
  t.kind = Kind::Map;
  t.key = key;
  t.elem = value;
  t.size = t.align = 8;
  t.hasPointers = true;
  return intern(internKey("map", {key, value}), std::move(t));
}

const Type* TypeTable::chan(const Type* elem, ChanDirT dir) {
  Type t;
  t.kind = Kind::Chan;
  t.elem = elem;
  t.dir = dir;
  t.size = t.align = 8;
  t.hasPointers = true;
  return intern(internKey(dir == ChanDirT::Both ? "chan" : dir == ChanDirT::Send ? "chan<-" : "<-chan", {elem}), std::move(t));
}

const Type* TypeTable::func(std::vector<const Type*> params, std::vector<const Type*> results,
                            bool variadic) {
  std::string key = variadic ? "func..(" : "func(";
  for (const Type* p : params) key += ref(p);
  key += ")";
  for (const Type* r : results) key += ref(r);
  Type t;
  t.kind = Kind::Func;
  t.params = std::move(params);
  t.results = std::move(results);
  t.variadic = variadic;
  t.size = t.align = 8;
  t.hasPointers = true;
  return intern(std::move(key), std::move(t));
}

const Type* TypeTable::tuple(std::vector<const Type*> elems) {
  std::string key = "tuple(";
  for (const Type* e : elems) key += ref(e);
  Type t;
  t.kind = Kind::Tuple;
  t.elems = std::move(elems);
  return intern(std::move(key), std::move(t));
}

// Go's struct layout: fields in order, each at its alignment; the size is rounded up to
// the struct's alignment, and a zero-size final field gets a byte of padding so that its
// address never points past the end of the object (as gc does).
const Type* TypeTable::structType(std::vector<StructField> fields) {
  std::string key = "struct{";
  Type t;
  t.kind = Kind::Struct;
  uint32_t offset = 0;
  for (StructField& f : fields) {
    offset = alignUp(offset, f.type->align);
    f.offset = offset;
    offset += f.type->size;
    t.align = std::max(t.align, f.type->align);
    t.hasPointers = t.hasPointers || f.type->hasPointers;
    key += (f.embedded ? "!" : "") + f.name + " " + ref(f.type) + std::to_string(f.tag.size()) + ":" +
           f.tag + ";";
  }
  if (!fields.empty() && fields.back().type->size == 0 && offset > 0) ++offset;
  t.size = alignUp(offset, t.align);
  t.fields = std::move(fields);
  return intern(std::move(key), std::move(t));
}

const Type* TypeTable::interfaceType(std::vector<Method> methods) {
  std::sort(methods.begin(), methods.end(),
            [](const Method& a, const Method& b) { return a.name < b.name; });
  std::string key = "interface{";
  for (const Method& m : methods) key += m.name + ref(m.sig) + ";";
  Type t;
  t.kind = Kind::Interface;
  t.methods = std::move(methods);
  t.size = t.align = 8;
  t.hasPointers = true;
  return intern(std::move(key), std::move(t));
}

Type* TypeTable::newNamed(std::string name, std::string pkg) {
  auto* t = new Type;  // unique by construction; lives as long as the process
  t->kind = Kind::Named;
  t->name = std::move(name);
  t->pkg = std::move(pkg);
  return t;
}

void TypeTable::complete(Type* named, const Type* underlying) {
  named->underlying = underlying->under();
  named->size = named->underlying->size;
  named->align = named->underlying->align;
  named->hasPointers = named->underlying->hasPointers;
}

const Type* TypeTable::errorType() { return error_; }
const Type* TypeTable::emptyInterface() { return empty_; }

// ---------------------------------------------------------------- selectors and method sets

namespace {

const Method* findDeclared(const std::vector<Method>& methods, const std::string& name) {
  for (const Method& m : methods)
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace

// Breadth-first over the embedding tree, one depth at a time (go/types' algorithm): a name
// found once at the shallowest depth is the selection; found twice there, it is ambiguous.
// An embedded type reached twice at the same depth makes whatever it contains ambiguous.
Selection lookupFieldOrMethod(const Type* t, const std::string& name) {
  struct Entry {
    const Type* type;
    std::vector<int> path;
    bool indirect;
    bool multiple;
  };
  bool indirect = false;
  if (t->kind == Kind::Pointer && t->elem->ukind() != Kind::Pointer && !t->elem->isInterface()) {
    t = t->elem;
    indirect = true;
  }
  std::vector<Entry> current{{t, {}, indirect, false}};
  std::unordered_set<const Type*> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    Selection found;
    int count = 0;
    auto record = [&](Selection s, bool multiple) {
      count += multiple ? 2 : 1;
      if (count == 1 || found.kind == Selection::Kind::None) found = std::move(s);
    };
    auto recordMethod = [&](const Entry& e, const Method* m) {
      Selection s;
      s.kind = Selection::Kind::Method;
      s.path = e.path;
      s.indirect = e.indirect;
      s.method = m;
      s.recv = e.type;
      record(std::move(s), e.multiple);
    };
    for (const Entry& e : current) {
      const Type* typ = e.type;
      if (typ->isNamed()) {
        if (!seen.insert(typ).second) continue;
        if (!typ->isInterface()) {
          if (const Method* m = findDeclared(typ->methods, name)) {
            recordMethod(e, m);
            continue;
          }
        }
      }
      const Type* u = typ->under();
      if (u->kind == Kind::Struct) {
        for (size_t i = 0; i < u->fields.size(); ++i) {
          const StructField& f = u->fields[i];
          if (f.name == name) {
            Selection s;
            s.kind = Selection::Kind::Field;
            s.path = e.path;
            s.path.push_back(static_cast<int>(i));
            s.indirect = e.indirect;
            s.field = &f;
            record(std::move(s), e.multiple);
            continue;
          }
          if (f.embedded) {
            const Type* ft = f.type;
            bool viaPointer = ft->kind == Kind::Pointer;
            if (viaPointer) ft = ft->elem;
            std::vector<int> path = e.path;
            path.push_back(static_cast<int>(i));
            next.push_back({ft, std::move(path), e.indirect || viaPointer, e.multiple});
          }
        }
      } else if (u->kind == Kind::Interface) {
        if (const Method* m = findDeclared(u->methods, name)) recordMethod(e, m);
      }
    }
    if (count == 1) return found;
    if (count > 1) {
      Selection s;
      s.kind = Selection::Kind::Ambiguous;
      return s;
    }
    // Merge entries for the same embedded type reached along different paths.
    std::vector<Entry> merged;
    for (Entry& e : next) {
      auto same = std::find_if(merged.begin(), merged.end(),
                               [&](const Entry& m) { return m.type == e.type; });
      if (same != merged.end()) {
        same->multiple = true;
      } else {
        merged.push_back(std::move(e));
      }
    }
    current = std::move(merged);
  }
  return {};
}

const Method* findMethod(const Type* t, const std::string& name, bool ptr) {
  if (t->isInterface()) return findDeclared(t->under()->methods, name);
  if (t->kind == Kind::Pointer) {
    if (t->elem->ukind() == Kind::Pointer || t->elem->isInterface()) return nullptr;
    ptr = true;
  }
  Selection s = lookupFieldOrMethod(t, name);
  if (s.kind != Selection::Kind::Method) return nullptr;
  if (s.method->ptrRecv && !ptr && !s.indirect) return nullptr;
  return s.method;
}

bool implements(const Type* t, const Type* iface, std::string* missing, bool* wrongRecv) {
  if (wrongRecv) *wrongRecv = false;
  for (const Method& want : iface->under()->methods) {
    const Method* have = findMethod(t, want.name, false);
    if (!have && !t->isInterface()) {
      // Present only in the method set of *T: report it as a receiver mistake.
      bool inPointerSet = t->kind != Kind::Pointer && findMethod(t, want.name, true) != nullptr;
      if (inPointerSet && wrongRecv) *wrongRecv = true;
    }
    if (!have || have->sig != want.sig) {
      if (missing) *missing = want.name;
      return false;
    }
  }
  return true;
}

}  // namespace goro

// Go types: one description used by the checker, the compiler and the running program.
//
// Design: a Type is immutable once the checker has completed it, and it is interned: two
// identical unnamed types are the same pointer (TypeTable::intern), and every named type
// is unique. So type identity is pointer equality everywhere, including at run time
// (interface dynamic types, type switches, map keys). Types also carry their memory
// layout: size and alignment in bytes as on amd64 Go, and byte offsets of struct fields,
// because values are stored unboxed in memory (see vm/value.h).
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace goro {

struct Object;
struct Type;
struct FuncProto;

enum class Kind : uint8_t {
  Invalid,
  Bool,
  Int, Int8, Int16, Int32, Int64,
  Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64,
  Complex64, Complex128,  // recognised only to reject them clearly
  String,
  UnsafePointer,
  // untyped constant kinds (checker only)
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
  // composite
  Array, Slice, Struct, Pointer, Func, Interface, Map, Chan,
  Named,  // a defined type: `name`, `underlying`, `methods`
  Tuple,  // the results of a multi-value call (checker only)
};

enum class ChanDirT : uint8_t { Both, Send, Recv };

struct StructField {
  std::string name;        // for embedded fields, the type name
  const Type* type = nullptr;
  bool embedded = false;
  bool exported = false;
  std::string tag;
  uint32_t offset = 0;     // byte offset in the struct
};

struct Method {
  std::string name;
  const Type* sig = nullptr;    // Func type without the receiver
  bool ptrRecv = false;         // declared on *T
  Object* obj = nullptr;        // checker: the Func object (its proto is set by the compiler)
};

struct Type {
  Kind kind = Kind::Invalid;

  // Array, Slice, Pointer, Chan: element; Map: value
  const Type* elem = nullptr;
  // Map: key
  const Type* key = nullptr;
  // Array: length
  int64_t len = 0;
  // Chan: direction
  ChanDirT dir = ChanDirT::Both;
  // Struct
  std::vector<StructField> fields;
  // Func: parameter and result types; `variadic` means the last param is a slice ...T
  std::vector<const Type*> params;
  std::vector<const Type*> results;
  bool variadic = false;
  // Interface: the full method set, sorted by name (embedded interfaces flattened);
  // Named: the methods declared on T and *T, in declaration order.
  std::vector<Method> methods;
  // Named: name, defining package ("" for predeclared types such as `error`), underlying type
  std::string name;
  std::string pkg;
  const Type* underlying = nullptr;  // for non-named types: this
  // Tuple
  std::vector<const Type*> elems;

  // Layout (set by TypeTable when the type is completed)
  uint32_t size = 0;
  uint32_t align = 1;
  bool hasPointers = false;  // false: memory of this type can be GC_MALLOC_ATOMIC

  // Helpers
  const Type* under() const { return underlying ? underlying : this; }
  Kind ukind() const { return under()->kind; }
  bool isNamed() const { return kind == Kind::Named; }
  bool isInteger() const;
  bool isUnsigned() const;
  bool isFloat() const;
  bool isNumeric() const;
  bool isString() const { return ukind() == Kind::String || ukind() == Kind::UntypedString; }
  bool isBoolean() const { return ukind() == Kind::Bool || ukind() == Kind::UntypedBool; }
  bool isUntyped() const;
  bool isInterface() const { return ukind() == Kind::Interface; }
  bool isAggregate() const { return ukind() == Kind::Struct || ukind() == Kind::Array; }
  bool comparable() const;
  int intBits() const;  // 8/16/32/64 for integer kinds

  // Go's spelling of the type as fmt's %T and runtime panics print it (reflect's style):
  // "int", "[]string", "map[string]int", "*main.T" (qualify=true) or "*T" (qualify=false),
  // "struct { x int }", "func(int) (string, error)", "interface {}".
  std::string toString(bool qualify = true) const;
  // The spelling gc uses in compile errors (types2's style): types of package `localPkg`
  // are unqualified, others qualified by package name; "struct{x int}", "interface{}".
  std::string messageString(const std::string& localPkg) const;
};

// Creates and interns types. One per process (the REPL keeps adding to it), thread-safe.
class TypeTable {
 public:
  static TypeTable& get();

  const Type* basic(Kind k);  // predeclared types and untyped kinds
  const Type* slice(const Type* elem);
  const Type* array(const Type* elem, int64_t len);
  const Type* pointer(const Type* elem);
  const Type* map(const Type* key, const Type* value);
  const Type* chan(const Type* elem, ChanDirT dir);
  const Type* func(std::vector<const Type*> params, std::vector<const Type*> results, bool variadic);
  const Type* tuple(std::vector<const Type*> elems);
  const Type* structType(std::vector<StructField> fields);       // computes offsets
  const Type* interfaceType(std::vector<Method> methods);         // sorts methods
  // A new defined type. Its underlying type and methods are filled in by the checker
  // (`complete` computes the layout once the underlying type is known).
  Type* newNamed(std::string name, std::string pkg);
  void complete(Type* named, const Type* underlying);

  const Type* errorType();       // the predeclared `error` interface
  const Type* emptyInterface();  // interface {}

 private:
  TypeTable();
  const Type* intern(std::string key, Type t);
  std::mutex mu_;
  std::unordered_map<std::string, const Type*> interned_;
  std::vector<const Type*> basics_;
  const Type* error_ = nullptr;
  const Type* empty_ = nullptr;
};

// Identity (== pointer equality after interning), assignability and method lookup helpers
// shared by the checker and the runtime.
inline bool identical(const Type* a, const Type* b) { return a == b; }
// The result of looking up a field or method `name` in a type, through embedded fields
// (Go's selector rules: the shallowest depth wins, two at the same depth are ambiguous).
struct Selection {
  enum class Kind : uint8_t { None, Field, Method, Ambiguous } kind = Kind::None;
  std::vector<int> path;         // embedded-field indices, then (Field) the field's index
  bool indirect = false;         // some hop (or the receiver itself) goes through a pointer
  const StructField* field = nullptr;
  const Method* method = nullptr;
  const Type* recv = nullptr;    // Method: the named or interface type that declares it
};
// Looks `name` up in t (a pointer to a non-pointer, non-interface type is dereferenced first).
Selection lookupFieldOrMethod(const Type* t, const std::string& name);

// The method `name` of T's method set (ptr: the method set of *T). Null when absent.
const Method* findMethod(const Type* t, const std::string& name, bool ptr);
// Whether a value of type t implements interface iface; on failure `missing` names a method.
bool implements(const Type* t, const Type* iface, std::string* missing = nullptr, bool* wrongRecv = nullptr);

}  // namespace goro

// Named entities (objects) and the lexical scopes that hold them.
//
// The checker creates an Object for every declared name and resolves every Ident to one;
// the compiler reads the object's kind, type and constant value, and uses the
// `captured`/`addrTaken` flags to decide which variables must live in heap boxes.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/ast.h"
#include "frontend/constant.h"

namespace goro {

struct Type;
struct Package;
struct FuncProto;

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

struct Object {
  ObjKind kind = ObjKind::Var;
  std::string name;
  const Type* type = nullptr;
  Pos pos;
  Package* pkg = nullptr;     // declaring package (null for universe objects)
  Node* decl = nullptr;       // declaring node (FuncDecl, ValueSpec, TypeSpec, Field, AssignStmt, ...)

  Constant value;             // Const
  BuiltinId builtin = BuiltinId::None;  // Builtin
  Package* imported = nullptr;          // PkgName: the package it names

  // Var:
  bool isGlobal = false;      // package-level variable
  bool isParam = false;       // parameter or named result (incl. receiver)
  bool isField = false;       // struct field (not in any scope)
  bool used = false;          // for "declared and not used"
  bool captured = false;      // referenced from a function literal nested in its function
  bool addrTaken = false;     // &x (explicit or implicit, e.g. pointer-method call on x)

  // Func: methods have a receiver; natives are declared without a body
  bool isMethod = false;
  bool isNative = false;

  // compiler: free for the code generator (register, global index, proto)
  int slot = -1;
  FuncProto* proto = nullptr;
};

struct Scope {
  Scope* parent = nullptr;
  std::unordered_map<std::string, Object*> names;
  std::vector<Object*> ordered;  // declaration order
  bool isFunc = false;           // the outermost scope of a function (params)

  Object* lookupLocal(const std::string& name) const {
    auto it = names.find(name);
    return it == names.end() ? nullptr : it->second;
  }
  Object* lookup(const std::string& name) const {
    for (const Scope* s = this; s; s = s->parent)
      if (Object* o = s->lookupLocal(name)) return o;
    return nullptr;
  }
};

// A package being built: its files (after parsing), its scope (after checking) and, for
// stdlib packages, the native definitions.
struct PackageDef;
struct Package {
  std::string path;   // "main", "fmt", "sync/atomic"
  std::string name;   // package clause name
  std::vector<File*> files;
  Scope* scope = nullptr;
  const PackageDef* native = nullptr;   // stdlib packages
  std::vector<Package*> imports;
  // checker: package-level variables in initialization order (with their declaring specs)
  std::vector<ValueSpec*> varInitOrder;
  std::vector<FuncDecl*> inits;          // func init() in source order
};

}  // namespace goro

// The type checker: resolves names, computes types and constants, reports gc's errors.
//
// Design: one Checker per package (frontend/checker.h) walks the AST the way go/types
// does. Package-level objects are checked lazily on first use (with cycle detection), so
// declaration order does not matter; function bodies are checked after all package-level
// declarations. Results are written straight into the AST and the Objects, so the
// compiler needs no side tables. Messages follow gc (types2) wording; the few that
// follow current gc rather than Debian's Go 1.19 are marked where they are produced.
//
// What the compiler can rely on after a successful check:
//  - Every Expr has `mode` and `type`. An Expr with mode Constant carries its `value`
//    already converted to its final type; the compiler should emit the value and not
//    walk the subtree. Untyped constants take the type their context gives them
//    (`var f float64 = x + 1`: the `1` is float64) or their default type (int, float64,
//    rune = int32, string, bool) when there is none. Untyped nil keeps type untyped nil.
//    A non-constant shift `1 << n` takes its type from the context like a constant.
//  - A comparison has type bool (the untyped bool of Go is resolved to bool); its
//    operands have types that make them comparable: either identical, or one is an
//    interface the other implements (the compiler converts), or one is nil.
//  - Implicit conversions to interfaces are left to the compiler: wherever a value is
//    assigned, passed, returned, sent, stored in a composite literal or compared to an
//    interface type, both types are recorded and differ.
//  - Every Ident that names something has `obj` (null for `_`, field names in keyed
//    struct literals, and the selector of a SelectorExpr, which is described by the
//    SelectorExpr itself: selKind, obj, path, indirect).
//  - SelKind::Field: `path` goes from the type of x (after auto-dereference of a pointer)
//    through embedded fields to the field; `indirect` when any hop goes through a pointer.
//    SelKind::Method: `obj` is the method's Func object (null for interface methods, where
//    the selector name is the method); `path` leads to the embedded field that declares
//    it (empty when declared on x's type itself); `indirect` as for fields. The receiver
//    is passed by address when obj->decl's receiver is a pointer (Object::isMethod +
//    Method::ptrRecv through findMethod), by value otherwise; the checker has already
//    verified addressability and set `addrTaken` on the variable whose address is taken.
//    SelKind::MethodExpr: `T.m` or `(*T).m`; the expression's type is the method's
//    signature with the receiver as first parameter.
//  - CallExpr: callKind Conversion (fun is a type, one argument) or Builtin (`builtin`
//    set) or Regular. A call of a function returning several values has a Tuple type;
//    f(g()) with a multi-value g is allowed and args.size() == 1 then.
//  - A CompositeLit whose type is a pointer `*T` is an elided `&T{...}` (inside
//    `[]*T{{...}}`); its elements are those of the T literal.
//  - Object flags: `captured` for a local variable referenced from a nested function
//    literal; `addrTaken` for &x, pointer-method calls on addressable x, and slicing an
//    addressable array. Method objects (isMethod) have the signature without receiver as
//    `type`; FuncDecl::recv names the receiver.
//  - Package::varInitOrder in Go's initialization order, Package::inits the init
//    functions in source order, BranchStmt::target, CaseClause::implicit (type switch
//    variables: one Object per clause), FuncDecl/FuncLit::scope.
//  - Native functions (bodyless FuncDecls in stdlib packages) have Object::isNative.
#pragma once

#include <string>

#include "frontend/diag.h"
#include "frontend/scope.h"

namespace goro {

struct Importer {
  virtual ~Importer() = default;
  // Returns the checked package for an import path, or null if goro does not provide it.
  virtual Package* import(const std::string& path) = 0;
};

// Resolves and type-checks all files of pkg, annotating the AST.
// Reports errors to diags in gc's wording; returns true when there were none.
bool checkPackage(Package& pkg, Importer& importer, Diagnostics& diags);

// The universe scope: predeclared types, constants, nil and builtins (shared by all
// packages; built on first use).
Scope* universeScope();

}  // namespace goro

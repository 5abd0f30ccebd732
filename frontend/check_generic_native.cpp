// Calls of generic natives: stdlib functions whose signatures mention a package's type
// parameters (TypeParamDef in vm/native.h), such as slices.Sort or slices.Index.
//
// Design: the user language has no generics, yet a few library functions must accept
// every element type. Their signatures are written in the package's Go source over
// placeholder types (`func Index(s []comparable, v comparable) int`). At each call the
// checker binds every placeholder by unifying the parameter types with the argument
// types, structurally and through underlying types as Go's inference does (typed
// arguments first, then untyped constants take their default type), checks the
// constraint, substitutes the bindings into the signature and checks the arguments
// against that instance like any call. The callee expression gets the instantiated
// signature, so the compiler converts the arguments as usual; the bound types travel in
// CallExpr::typeArgs and are passed to the native after the arguments, the way Go's own
// generic code receives a dictionary. A generic function used as a value, not called,
// is rejected as gc rejects it.
#include <algorithm>
#include <map>

#include "frontend/checker.h"
#include "vm/native.h"

namespace goro::checker {

namespace {

// The type parameter a placeholder type stands for, or null for an ordinary type.
const TypeParamDef* typeParamOf(const Type* t) {
  if (!t->isNamed() || t->pkg.empty()) return nullptr;
  const PackageDef* def = findPackage(t->pkg);
  if (!def) return nullptr;
  for (const TypeParamDef& p : def->typeParams)
    if (p.name == t->name) return &p;
  return nullptr;
}

// Calls `visit` on every type parameter in t, in the order they appear.
template <typename Visit>
void forEachTypeParam(const Type* t, Visit&& visit) {
  if (!t) return;
  if (typeParamOf(t)) {
    visit(t);
    return;
  }
  if (t->isNamed()) return;
  forEachTypeParam(t->elem, visit);
  forEachTypeParam(t->key, visit);
  for (const Type* p : t->params) forEachTypeParam(p, visit);
  for (const Type* r : t->results) forEachTypeParam(r, visit);
  for (const StructField& f : t->fields) forEachTypeParam(f.type, visit);
}

bool mentionsTypeParam(const Type* t) {
  bool found = false;
  forEachTypeParam(t, [&](const Type*) { found = true; });
  return found;
}

using Bindings = std::map<const Type*, const Type*>;  // type parameter -> bound type

// Unifies a parameter type with an argument type, binding type parameters. Only the
// composite kinds a signature pattern uses are matched structurally; any other pattern
// part must simply accept the argument (assignability is checked after substitution).
bool unify(const Type* pattern, const Type* arg, Bindings& bound) {
  if (typeParamOf(pattern)) {
    auto [it, fresh] = bound.emplace(pattern, arg);
    return fresh || it->second == arg;
  }
  if (!mentionsTypeParam(pattern)) return true;
  const Type* u = arg->under();
  if (u->kind != pattern->kind) return false;
  switch (pattern->kind) {
    case Kind::Slice:
    case Kind::Pointer:
      return unify(pattern->elem, u->elem, bound);
    case Kind::Array:
      return pattern->len == u->len && unify(pattern->elem, u->elem, bound);
    case Kind::Map:
      return unify(pattern->key, u->key, bound) && unify(pattern->elem, u->elem, bound);
    case Kind::Func: {
      if (pattern->params.size() != u->params.size() || pattern->results.size() != u->results.size() ||
          pattern->variadic != u->variadic)
        return false;
      for (size_t i = 0; i < pattern->params.size(); ++i)
        if (!unify(pattern->params[i], u->params[i], bound)) return false;
      for (size_t i = 0; i < pattern->results.size(); ++i)
        if (!unify(pattern->results[i], u->results[i], bound)) return false;
      return true;
    }
    default:
      return false;
  }
}

const Type* substitute(const Type* t, const Bindings& bound) {
  if (auto it = bound.find(t); it != bound.end()) return it->second;
  if (!mentionsTypeParam(t)) return t;
  TypeTable& tt = TypeTable::get();
  auto all = [&](const std::vector<const Type*>& ts) {
    std::vector<const Type*> out;
    for (const Type* x : ts) out.push_back(substitute(x, bound));
    return out;
  };
  switch (t->kind) {
    case Kind::Slice: return tt.slice(substitute(t->elem, bound));
    case Kind::Pointer: return tt.pointer(substitute(t->elem, bound));
    case Kind::Array: return tt.array(substitute(t->elem, bound), t->len);
    case Kind::Map: return tt.map(substitute(t->key, bound), substitute(t->elem, bound));
    case Kind::Func: return tt.func(all(t->params), all(t->results), t->variadic);
    default: return t;  // patterns use no other composite kinds
  }
}

bool satisfies(const Type* t, TypeConstraint c) {
  switch (c) {
    case TypeConstraint::Any: return true;
    case TypeConstraint::Comparable: return t->comparable();
    case TypeConstraint::Ordered: return t->isInteger() || t->isFloat() || t->ukind() == Kind::String;
  }
  return false;
}

// The reason a type fails its constraint, worded as gc words it.
std::string unsatisfied(const std::string& type, TypeConstraint c) {
  if (c == TypeConstraint::Comparable) return type + " does not satisfy comparable";
  return type + " does not satisfy cmp.Ordered (" + type +
         " missing in ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | "
         "~uintptr | ~float32 | ~float64 | ~string)";
}

Object* calleeObject(Expr* fun) {
  while (auto* p = fun->as<ParenExpr>()) fun = p->x;
  if (auto* sel = fun->as<SelectorExpr>(); sel && sel->selKind == SelKind::Qualified) return sel->obj;
  if (auto* id = fun->as<Ident>()) return id->obj;
  return nullptr;
}

}  // namespace

bool Checker::isGenericNative(const Object* obj) {
  return obj && obj->kind == ObjKind::Func && obj->isNative && obj->type && mentionsTypeParam(obj->type);
}

bool Checker::genericNativeCall(CallExpr* c) {
  Object* callee = calleeObject(c->fun);
  if (!isGenericNative(callee)) return false;
  const Type* sig = callee->type;
  const std::string name = exprStr(c->fun);
  // Messages spell a type parameter by its display name ("[]E", not "[]slices.ordered").
  auto patternStr = [&](const Type* t) {
    std::string text = typeStr(t);
    forEachTypeParam(t, [&](const Type* p) {
      std::string placeholder = typeStr(p);
      std::string display(typeParamOf(p)->display);
      for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + display.size()))
        text.replace(at, placeholder.size(), display);
    });
    return text;
  };
  c->mode = Mode::Invalid;
  bool ok = true;
  for (Expr* a : c->args) {
    expr(a);
    if (a->mode == Mode::Invalid) ok = false;
  }
  if (!ok) return true;
  const std::vector<const Type*>& params = sig->params;
  if (c->hasEllipsis || c->args.size() != params.size()) {
    std::string want = "(";
    for (size_t i = 0; i < params.size(); ++i) want += (i ? ", " : "") + patternStr(params[i]);
    want += ")";
    if (c->hasEllipsis) {
      error(c->args.back()->pos, "have (...) " + haveList(c->args) + " but function is not variadic: " + name);
    } else {
      bool tooMany = c->args.size() > params.size();
      Pos at = tooMany ? c->args[params.size()]->pos : c->args.empty() ? c->rparen : c->args.back()->pos;
      error(at, std::string(tooMany ? "too many" : "not enough") + " arguments in call to " + name + "\n\thave " +
                    haveList(c->args) + "\n\twant " + want);
    }
    return true;
  }
  // Typed arguments bind first; an untyped constant then binds a parameter still free
  // with its default type, as Go's inference does.
  Bindings bound;
  std::map<const Type*, Expr*> boundBy;  // where each parameter got its type, for messages
  auto bindFrom = [&](size_t i, const Type* argType) {
    Expr* a = c->args[i];
    Bindings before = bound;
    if (unify(params[i], argType, bound)) {
      for (const auto& [param, type] : bound)
        if (!before.count(param)) boundBy[param] = a;
      return true;
    }
    std::string pattern = patternStr(params[i]);
    const Type* inferred = substitute(params[i], before);
    std::string mismatch = mentionsTypeParam(inferred)
                               ? pattern
                               : "inferred type " + typeStr(inferred) + " for " + pattern;
    error(a->pos, "in call to " + name + ", type " + typeStr(argType) + " of " + exprStr(a) + " does not match " +
                      mismatch);
    return false;
  };
  for (size_t i = 0; i < params.size(); ++i)
    if (!c->args[i]->type->isUntyped() && !bindFrom(i, c->args[i]->type)) return true;
  for (size_t i = 0; i < params.size(); ++i) {
    const Type* t = c->args[i]->type;
    if (!t->isUntyped() || t->kind == Kind::UntypedNil || !mentionsTypeParam(params[i])) continue;
    if (typeParamOf(params[i]) && bound.count(params[i])) continue;  // assign() converts it
    if (!bindFrom(i, defaultType(t))) return true;
  }
  std::vector<const Type*> mentioned;
  forEachTypeParam(sig, [&](const Type* p) {
    if (std::find(mentioned.begin(), mentioned.end(), p) == mentioned.end()) mentioned.push_back(p);
  });
  const std::vector<TypeParamDef>& declared = findPackage(mentioned.front()->pkg)->typeParams;
  std::sort(mentioned.begin(), mentioned.end(), [&](const Type* x, const Type* y) {
    return typeParamOf(x) - declared.data() < typeParamOf(y) - declared.data();
  });
  for (const Type* p : mentioned) {
    const TypeParamDef* tp = typeParamOf(p);
    auto it = bound.find(p);
    if (it == bound.end()) {
      error(c->rparen, "in call to " + name + ", cannot infer " + std::string(tp->display));
      return true;
    }
    if (!satisfies(it->second, tp->constraint)) {
      error(boundBy[p]->pos, unsatisfied(typeStr(it->second), tp->constraint));
      return true;
    }
    c->typeArgs.push_back(it->second);
  }
  const Type* instance = substitute(sig, bound);
  for (size_t i = 0; i < params.size(); ++i)
    if (!assign(c->args[i], instance->params[i], "argument to " + name)) return true;
  for (Expr* f = c->fun;; f = f->as<ParenExpr>()->x) {
    f->type = instance;
    if (!f->as<ParenExpr>()) break;
  }
  if (instance->results.empty()) {
    c->mode = Mode::NoValue;
  } else {
    c->mode = Mode::Value;
    c->type = instance->results.size() == 1 ? instance->results[0] : types_.tuple(instance->results);
  }
  return true;
}

}  // namespace goro::checker

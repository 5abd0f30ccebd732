// Expressions: operands, untyped constants and their conversion, assignability,
// selectors, indexing, calls, conversions and operators.
#include <algorithm>
#include <cctype>

#include "frontend/checker.h"

namespace goro::checker {

namespace {

bool isComparisonOp(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr ||
         op == Tok::Geq;
}

// Untyped kinds order: a binary operation of two untyped constants takes the later one.
int untypedRank(Kind k) {
  switch (k) {
    case Kind::UntypedInt: return 1;
    case Kind::UntypedRune: return 2;
    case Kind::UntypedFloat: return 3;
    default: return 0;
  }
}

bool isExported(const std::string& name) { return !name.empty() && std::isupper(static_cast<unsigned char>(name[0])); }

bool nillable(const Type* t) {
  switch (t->ukind()) {
    case Kind::Pointer: case Kind::Func: case Kind::Slice: case Kind::Map: case Kind::Chan:
    case Kind::Interface: case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

// types2's kindString: the kind of a composite type, or the type itself.
std::string kindString(const Type* t, const std::string& spelled) {
  switch (t->ukind()) {
    case Kind::Array: return "array";
    case Kind::Slice: return "slice";
    case Kind::Struct: return "struct";
    case Kind::Pointer: return "pointer";
    case Kind::Func: return "func";
    case Kind::Interface: return "interface";
    case Kind::Map: return "map";
    case Kind::Chan: return "chan";
    default: return spelled;
  }
}

const char* opName(Tok op) {
  switch (op) {
    case Tok::Add: return "addition";
    case Tok::Sub: return "subtraction";
    case Tok::Mul: return "multiplication";
    case Tok::Shl: return "shift";
    default: return "operation";
  }
}

}  // namespace

// ---------------------------------------------------------------- operands

void Checker::rawExpr(Expr* e, const Type* hint) {
  e->mode = Mode::Invalid;
  e->type = nullptr;
  switch (e->kind) {
    case NodeKind::Ident: ident(static_cast<Ident*>(e)); break;
    case NodeKind::BasicLit: basicLit(static_cast<BasicLit*>(e)); break;
    case NodeKind::CompositeLit: compositeLit(static_cast<CompositeLit*>(e), hint); break;
    case NodeKind::FuncLit: funcLit(static_cast<FuncLit*>(e)); break;
    case NodeKind::ParenExpr: {
      auto* p = static_cast<ParenExpr*>(e);
      rawExpr(p->x, hint);
      e->mode = p->x->mode;
      e->type = p->x->type;
      e->value = p->x->value;
      break;
    }
    case NodeKind::SelectorExpr: selector(static_cast<SelectorExpr*>(e)); break;
    case NodeKind::IndexExpr: index(static_cast<IndexExpr*>(e)); break;
    case NodeKind::SliceExpr: sliceExpr(static_cast<SliceExpr*>(e)); break;
    case NodeKind::TypeAssertExpr: typeAssert(static_cast<TypeAssertExpr*>(e)); break;
    case NodeKind::CallExpr: call(static_cast<CallExpr*>(e)); break;
    case NodeKind::StarExpr: star(static_cast<StarExpr*>(e)); break;
    case NodeKind::UnaryExpr: unary(static_cast<UnaryExpr*>(e), hint); break;
    case NodeKind::BinaryExpr: binary(static_cast<BinaryExpr*>(e), hint); break;
    case NodeKind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      break;
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType:
    case NodeKind::InterfaceType: case NodeKind::MapType: case NodeKind::ChanType:
    case NodeKind::Ellipsis:
      if (const Type* t = typeLiteral(e)) {
        e->mode = Mode::TypeExpr;
        e->type = t;
      }
      break;
    default:
      break;  // BadExpr: the parser has reported it
  }
  if (e->mode == Mode::TypeExpr) noteSpelling(e, e->type);
}

// Rejects what is not a single value; returns whether e is one.
bool Checker::singleValue(Expr* e) {
  switch (e->mode) {
    case Mode::Invalid:
      return false;
    case Mode::TypeExpr:
      error(e->pos, exprStr(e) + " (type) is not an expression");
      break;
    case Mode::NoValue:
      error(e->pos, exprStr(e) + " (no value) used as value");
      break;
    case Mode::Builtin:
      error(e->pos, exprStr(e) + " (built-in) must be called");
      break;
    case Mode::PkgName:
      error(e->pos, "use of package " + exprStr(e) + " not in selector");
      break;
    default:
      if (e->type && e->type->kind == Kind::Tuple) {
        error(e->pos, "multiple-value " + exprStr(e) + " (value of type " + typeStr(e->type) +
                          ") in single-value context");
        break;
      }
      return true;
  }
  e->mode = Mode::Invalid;
  return false;
}

void Checker::expr(Expr* e, const Type* hint) {
  rawExpr(e, hint);
  singleValue(e);
}

void Checker::exprOrType(Expr* e) {
  rawExpr(e, nullptr);
  if (e->mode != Mode::TypeExpr) singleValue(e);
}

void Checker::defaultExpr(Expr* e) {
  expr(e);
  if (e->mode != Mode::Invalid && e->type->isUntyped() && e->type->kind != Kind::UntypedNil)
    convertUntyped(e, defaultType(e->type));
}

const Type* Checker::defaultType(const Type* t) const {
  switch (t->kind) {
    case Kind::UntypedBool: return types_.basic(Kind::Bool);
    case Kind::UntypedInt: return types_.basic(Kind::Int);
    case Kind::UntypedRune: return types_.basic(Kind::Int32);
    case Kind::UntypedFloat: return types_.basic(Kind::Float64);
    case Kind::UntypedString: return types_.basic(Kind::String);
    default: return t;
  }
}

// ---------------------------------------------------------------- untyped values

// Records the final type of an untyped expression and of the untyped operands it was
// computed from (go/types' updateExprType), converting constant values to it.
void Checker::setType(Expr* e, const Type* t) {
  if (!e->type || !e->type->isUntyped() || e->mode == Mode::Invalid) return;
  switch (e->kind) {
    case NodeKind::ParenExpr:
      setType(static_cast<ParenExpr*>(e)->x, t);
      break;
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<UnaryExpr*>(e);
      if (u->op != Tok::And && u->op != Tok::Arrow) setType(u->x, t);
      break;
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<BinaryExpr*>(e);
      if (isComparisonOp(b->op)) break;  // operands have their own types
      setType(b->x, t);
      if (b->op != Tok::Shl && b->op != Tok::Shr) setType(b->y, t);
      else if (e->mode != Mode::Constant && !t->isInteger() && !t->isUntyped()) {
        // A non-constant shift of an untyped constant takes the context's type.
        error(b->x->pos, "invalid operation: shifted operand " + exprStr(b->x) + " (type " + typeStr(t) +
                             ") must be integer");
      }
      break;
    }
    default:
      break;
  }
  e->type = t;
  if (e->mode == Mode::Constant && !t->isUntyped()) {
    if (t->isInteger()) {
      Constant i = e->value.toInt();
      if (i.valid()) e->value = i;
    } else if (t->isFloat()) {
      e->value = e->value.toFloat().roundFloat(t->ukind() == Kind::Float32);
    }
  } else if (e->mode == Mode::Constant && t->kind == Kind::UntypedFloat) {
    e->value = e->value.toFloat();
  }
}

// Whether the constant x can be represented in the basic type target. `cause` gets
// "overflows" / "truncated" for numeric failures and stays empty for kind mismatches.
bool Checker::representable(Expr* x, const Type* target, std::string* cause) {
  const Type* u = target->under();
  const Constant& v = x->value;
  if (u->isInteger()) {
    if (!x->type->isNumeric()) return false;
    Constant i = v.toInt();
    bool ok = i.valid() && (u->isUntyped() || i.fitsInt(u->intBits(), u->isUnsigned()));
    if (!ok && cause) *cause = x->type->isInteger() ? "overflows" : "truncated";
    return ok;
  }
  if (u->isFloat()) {
    if (!x->type->isNumeric()) return false;
    bool ok = u->isUntyped() || v.fitsFloat(u->ukind() == Kind::Float32);
    if (!ok && cause) *cause = "overflows";
    return ok;
  }
  if (u->ukind() == Kind::Complex64 || u->ukind() == Kind::Complex128) return false;
  if (u->isString()) return x->type->isString();
  if (u->isBoolean()) return x->type->isBoolean();
  return false;
}

// Converts an untyped x to target for an implicit conversion (binary operands, switch
// cases, ...). Reports overflow/truncation; returns false without a message on a kind
// mismatch, which the caller reports in its own words.
bool Checker::convertUntyped(Expr* x, const Type* target) {
  if (x->mode == Mode::Invalid || !x->type || !x->type->isUntyped() || !target) return true;
  if (target->isUntyped()) {
    if (x->type->kind == Kind::UntypedNil || target->kind == Kind::UntypedNil)
      return x->type == target;
    if (x->type->isNumeric() && target->isNumeric()) {
      if (untypedRank(target->kind) > untypedRank(x->type->kind)) setType(x, target);
      return true;
    }
    return x->type == target;
  }
  const Type* u = target->under();
  if (u->kind == Kind::Interface) {
    if (x->type->kind == Kind::UntypedNil) {
      setType(x, target);
      return true;
    }
    if (!u->methods.empty() && !implements(defaultType(x->type), target)) return false;
    setType(x, defaultType(x->type));
    return true;
  }
  if (x->type->kind == Kind::UntypedNil) {
    if (!nillable(u)) return false;
    setType(x, target);
    return true;
  }
  if (u->kind > Kind::UnsafePointer) return false;  // composite types take no untyped values
  if (x->mode == Mode::Constant) {
    std::string cause;
    if (!representable(x, target, &cause)) {
      if (!cause.empty()) {
        error(x->pos, operandStr(x) + (cause == "overflows" ? " overflows " : " truncated to ") + typeStr(target));
        x->mode = Mode::Invalid;
      }
      return false;
    }
  } else {
    bool ok = (x->type->isBoolean() && u->isBoolean()) || (x->type->isNumeric() && u->isNumeric()) ||
              (x->type->isString() && u->isString());
    if (!ok) return false;
  }
  setType(x, target);
  return true;
}

std::string Checker::implementsReason(const Type* t, const Type* iface) const {
  std::string missing;
  bool wrongRecv = false;
  if (implements(t, iface, &missing, &wrongRecv)) return "";
  std::string head = ":\n\t" + typeStr(t) + " does not implement " + typeStr(iface) + " (";
  if (wrongRecv) return head + missing + " method has pointer receiver)";
  const Method* want = findMethod(iface, missing, false);
  const Method* have = findMethod(t, missing, true);
  if (have && want) {
    auto sigText = [&](const Type* sig) {
      std::string s = typeStr(sig);
      return missing + s.substr(4);  // drop "func"
    };
    return head + "wrong type for " + missing + " method)\n\t\thave " + sigText(have->sig) + "\n\t\twant " +
           sigText(want->sig);
  }
  return head + "missing " + missing + " method)";
}

bool Checker::assignableTo(Expr* x, const Type* target, std::string* reason) {
  const Type* v = x->type;
  if (!v || !target) return true;  // an earlier error
  if (v == target) return true;
  const Type* vu = v->under();
  const Type* tu = target->under();
  if (vu == tu && (!v->isNamed() || !target->isNamed())) return true;
  if (tu->kind == Kind::Interface) {
    if (v->kind == Kind::UntypedNil) return true;
    if (implements(v, target)) return true;
    if (reason) *reason = implementsReason(v, target);
    return false;
  }
  if (vu->kind == Kind::Interface) {
    if (reason) *reason = ":\n\tneed type assertion";
    return false;
  }
  if (vu->kind == Kind::Chan && tu->kind == Kind::Chan && vu->dir == ChanDirT::Both && vu->elem == tu->elem &&
      (!v->isNamed() || !target->isNamed()))
    return true;
  if (v->kind == Kind::UntypedNil) return nillable(target);
  return false;
}

// Checks that the (already evaluated) x can be assigned to a variable of type target,
// applying the implicit conversion of untyped values. `context` completes gc's
// "cannot use x (...) as T value in <context>" (current gc wording; Go 1.19 says
// "as type T in").
bool Checker::assign(Expr* x, const Type* target, const std::string& context) {
  if (x->mode == Mode::Invalid || !target || !x->type || target->kind == Kind::Invalid) return false;
  std::string described = operandStr(x);
  if (x->type->isUntyped()) {
    const Type* tu = target->under();
    if (x->type->kind == Kind::UntypedNil && !nillable(tu)) {
      error(x->pos, "cannot use nil as " + typeStr(target) + " value in " + context);
      return false;
    }
    if (x->type->kind == Kind::UntypedNil) {
      convertUntyped(x, target);
    } else {
      // An untyped constant assigned to an interface is first converted to its default
      // type (which must hold it); the interface check follows below.
      const Type* converted = tu->kind == Kind::Interface ? defaultType(x->type) : target;
      const Type* cu = converted->under();
      std::string cause;
      bool ok;
      if (x->mode == Mode::Constant && cu->kind <= Kind::UnsafePointer) {
        ok = representable(x, converted, &cause);
      } else {
        ok = (x->type->isBoolean() && cu->isBoolean()) || (x->type->isNumeric() && cu->isNumeric()) ||
             (x->type->isString() && cu->isString());
      }
      if (!ok) {
        error(x->pos, "cannot use " + described + " as " + typeStr(converted) + " value in " + context +
                          (cause.empty() ? "" : " (" + cause + ")"));
        x->mode = Mode::Invalid;
        return false;
      }
      setType(x, converted);
      if (converted == target) return true;
    }
  }
  std::string reason;
  if (!assignableTo(x, target, &reason)) {
    error(x->pos, "cannot use " + described + " as " + typeStr(target) + " value in " + context + reason);
    return false;
  }
  return true;
}

void Checker::checkConstOverflow(Expr* e, Pos pos) {
  if (e->mode != Mode::Constant) return;
  if (e->type->isUntyped()) {
    if (e->value.bitLen() > 512) {
      auto* b = e->as<BinaryExpr>();
      error(pos, std::string("constant ") + opName(b ? b->op : Tok::None) + " overflow");
      e->mode = Mode::Invalid;
    }
    return;
  }
  if (e->type->ukind() > Kind::UnsafePointer) return;
  if (!representable(e, e->type, nullptr)) {
    if (e->type->isFloat()) {
      error(pos, "constant " + e->value.toString() + " overflows " + typeStr(e->type));
    } else {
      error(pos, operandStr(e) + " overflows " + typeStr(e->type));
    }
    e->mode = Mode::Invalid;
    return;
  }
  setType(e, e->type);  // rounds float32 results
}

// ---------------------------------------------------------------- identifiers and literals

void Checker::ident(Ident* id) {
  if (id->name == "_") {
    error(id->pos, "cannot use _ as value");
    return;
  }
  Object* obj = scope_->lookup(id->name);
  if (!obj) {
    error(id->pos, "undefined: " + id->name);
    return;
  }
  id->obj = obj;
  switch (obj->kind) {
    case ObjKind::PkgName:
      id->mode = Mode::PkgName;
      return;
    case ObjKind::Const:
      if (obj->pkg == nullptr && obj->name == "iota") {
        if (!iota_) {
          error(id->pos, "cannot use iota outside constant declaration");
          return;
        }
        id->mode = Mode::Constant;
        id->type = obj->type;
        id->value = Constant::makeInt64(*iota_);
        return;
      }
      objDecl(obj);
      if (!obj->type || !obj->value.valid()) return;
      id->mode = Mode::Constant;
      id->type = obj->type;
      id->value = obj->value;
      return;
    case ObjKind::TypeName: {
      auto d = decls_.find(obj);
      bool deferrable = indirection_ > 0 && !typePath_.empty() && obj->type && obj->type->isNamed() &&
                        d != decls_.end() && d->second->state == DeclInfo::State::Unchecked;
      if (deferrable) pendingTypes_.push_back(obj);
      else objDecl(obj);
      if (!obj->type) {
        // An alias has no type until its declaration is done: a use before is a cycle.
        if (d != decls_.end() && d->second->state == DeclInfo::State::InProgress && d->second->typeSpec &&
            d->second->typeSpec->isAlias)
          reportTypeCycle({std::find(declPath_.begin(), declPath_.end(), obj), declPath_.end()});
        return;
      }
      if (obj->type->kind == Kind::Complex64 || obj->type->kind == Kind::Complex128) {
        error(id->pos, "goro: complex numbers are not supported");
        return;
      }
      id->mode = Mode::TypeExpr;
      id->type = obj->type;
      return;
    }
    case ObjKind::Var:
      objDecl(obj);
      if (!lhsContext_) obj->used = true;
      use(obj);
      if (!obj->type || obj->type->kind == Kind::Invalid) return;
      id->mode = Mode::Variable;
      id->type = obj->type;
      return;
    case ObjKind::Func:
      objDecl(obj);
      use(obj);
      if (!obj->type) return;
      id->mode = Mode::Value;
      id->type = obj->type;
      return;
    case ObjKind::Builtin:
      id->mode = Mode::Builtin;
      return;
    case ObjKind::Nil:
      id->mode = Mode::Value;
      id->type = types_.basic(Kind::UntypedNil);
      return;
    default:
      return;
  }
}

void Checker::basicLit(BasicLit* lit) {
  if (lit->litKind == LitKind::Imag) {
    error(lit->pos, "goro: complex numbers are not supported");
    return;
  }
  Constant v = Constant::fromLiteral(static_cast<int>(lit->litKind), lit->text);
  if (!v.valid()) {
    error(lit->pos, "malformed constant: " + lit->text);
    return;
  }
  Kind k = lit->litKind == LitKind::Int ? Kind::UntypedInt
         : lit->litKind == LitKind::Float ? Kind::UntypedFloat
         : lit->litKind == LitKind::Char ? Kind::UntypedRune : Kind::UntypedString;
  if (k == Kind::UntypedInt && v.bitLen() > 512) {
    error(lit->pos, "integer constant overflow");
    return;
  }
  lit->mode = Mode::Constant;
  lit->type = types_.basic(k);
  lit->value = v;
}

void Checker::compositeLit(CompositeLit* lit, const Type* hint) {
  const Type* t = nullptr;
  bool openArray = false;  // [...]T{...}
  if (lit->typeExpr) {
    auto* at = lit->typeExpr->as<ArrayType>();
    if (at && at->len && at->len->is<Ellipsis>()) {
      const Type* elem = resolveType(at->elem);
      if (!elem) return;
      t = types_.array(elem, 0);
      openArray = true;
    } else {
      t = resolveType(lit->typeExpr);
    }
  } else if (hint) {
    t = hint;
  } else {
    error(lit->pos, "invalid composite literal type: missing type");
  }
  if (!t) {
    for (Expr* e : lit->elts) rawExpr(e->is<KeyValueExpr>() ? static_cast<KeyValueExpr*>(e)->value : e, nullptr);
    return;
  }
  const Type* base = t;
  if (!lit->typeExpr && t->ukind() == Kind::Pointer) base = t->under()->elem;  // elided &T
  const Type* u = base->under();
  // An element: a nested literal may omit its type.
  auto element = [&](Expr* e, const Type* elemType, const char* context) {
    if (auto* inner = e->as<CompositeLit>(); inner && !inner->typeExpr) {
      rawExpr(e, elemType);
    } else {
      expr(e);
    }
    assign(e, elemType, context);
  };
  switch (u->kind) {
    case Kind::Struct: {
      if (lit->elts.empty()) break;
      bool keyed = lit->elts[0]->is<KeyValueExpr>();
      if (keyed) {
        std::vector<bool> seen(u->fields.size(), false);
        for (Expr* e : lit->elts) {
          auto* kv = e->as<KeyValueExpr>();
          if (!kv) {
            error(e->pos, "mixture of field:value and value elements in struct literal");
            expr(e);
            continue;
          }
          auto* key = kv->key->as<Ident>();
          if (!key) {
            error(kv->key->pos, "invalid field name " + exprStr(kv->key) + " in struct literal");
            expr(kv->value);
            continue;
          }
          size_t i = 0;
          while (i < u->fields.size() && u->fields[i].name != key->name) ++i;
          if (i == u->fields.size()) {
            error(key->pos, "unknown field '" + key->name + "' in struct literal of type " + typeStr(base));
            expr(kv->value);
            continue;
          }
          if (seen[i]) error(key->pos, "duplicate field name " + key->name + " in struct literal");
          seen[i] = true;
          key->mode = Mode::Value;
          key->type = u->fields[i].type;
          element(kv->value, u->fields[i].type, "struct literal");
        }
      } else {
        for (size_t i = 0; i < lit->elts.size(); ++i) {
          Expr* e = lit->elts[i];
          if (auto* kv = e->as<KeyValueExpr>()) {
            error(kv->pos, "mixture of field:value and value elements in struct literal");
            expr(kv->value);
            continue;
          }
          if (i >= u->fields.size()) {
            error(e->pos, "too many values in " + exprStr(lit));
            break;
          }
          element(e, u->fields[i].type, "struct literal");
        }
        if (lit->elts.size() < u->fields.size()) error(lit->rbrace, "too few values in " + exprStr(lit));
      }
      break;
    }
    case Kind::Array:
    case Kind::Slice: {
      int64_t next = 0, maxIndex = 0;
      std::vector<int64_t> used;
      for (Expr* e : lit->elts) {
        Expr* value = e;
        if (auto* kv = e->as<KeyValueExpr>()) {
          expr(kv->key);
          value = kv->value;
          if (kv->key->mode == Mode::Constant && kv->key->value.toInt().valid() && kv->key->type->isNumeric()) {
            convertUntyped(kv->key, types_.basic(Kind::Int));
            Constant k = kv->key->value.toInt();
            if (k.isNegative() || !k.fitsInt(63, false)) {
              error(kv->key->pos, "index " + exprStr(kv->key) + " must be non-negative integer constant");
            } else {
              next = k.int64Val();
            }
          } else if (kv->key->mode != Mode::Invalid) {
            error(kv->key->pos, "index " + exprStr(kv->key) + " must be integer constant");
          }
        }
        if (u->kind == Kind::Array && !openArray && next >= u->len) {
          error(value->pos, "index " + std::to_string(next) + " out of bounds [0:" + std::to_string(u->len) + "]");
        } else if (std::find(used.begin(), used.end(), next) != used.end()) {
          // gc reports at the key's colon, which is normally right after the key.
          Pos at = e->pos;
          if (auto* kv = e->as<KeyValueExpr>()) {
            at = kv->key->pos;
            at.col += static_cast<uint32_t>(exprStr(kv->key).size());
          }
          error(at, "duplicate index " + std::to_string(next) + " in array or slice literal");
        }
        used.push_back(next);
        element(value, u->elem, "array or slice literal");
        ++next;
        maxIndex = std::max(maxIndex, next);
      }
      if (openArray) t = types_.array(u->elem, maxIndex);
      break;
    }
    case Kind::Map: {
      std::vector<Constant> keys;
      for (Expr* e : lit->elts) {
        auto* kv = e->as<KeyValueExpr>();
        if (!kv) {
          error(e->pos, "missing key in map literal");
          expr(e);
          continue;
        }
        element(kv->key, u->key, "map literal");
        if (kv->key->mode == Mode::Constant && !u->key->isInterface()) {
          for (const Constant& k : keys) {
            if (Constant::compare(k, kv->key->value) == 0) {
              error(kv->key->pos, "duplicate key " + exprStr(kv->key) + " in map literal");
              break;
            }
          }
          keys.push_back(kv->key->value);
        }
        element(kv->value, u->elem, "map literal");
      }
      break;
    }
    default:
      if (u->kind != Kind::Invalid) error(lit->pos, "invalid composite literal type " + typeStr(t));
      for (Expr* e : lit->elts) rawExpr(e->is<KeyValueExpr>() ? static_cast<KeyValueExpr*>(e)->value : e, nullptr);
      return;
  }
  lit->mode = Mode::Value;
  lit->type = t;
}

void Checker::funcLit(FuncLit* lit) {
  Scope* scope = newScope(scope_, true);
  lit->scope = scope;
  const Type* sig = funcSignature(lit->sig, scope, nullptr);
  if (!sig) return;
  lit->mode = Mode::Value;
  lit->type = sig;
  funcBody(lit, sig, scope, lit->body);
}

// ---------------------------------------------------------------- selectors

void Checker::selector(SelectorExpr* sel) {
  const std::string& name = sel->sel->name;
  if (auto* id = sel->x->as<Ident>()) {
    Object* o = scope_->lookup(id->name);
    if (o && o->kind == ObjKind::PkgName) {
      o->used = true;
      id->obj = o;
      id->mode = Mode::PkgName;
      if (!o->imported) return;  // the import failed and was reported
      Object* member = o->imported->scope ? o->imported->scope->lookupLocal(name) : nullptr;
      if (!member || !isExported(name)) {
        error(sel->sel->pos, "undefined: " + id->name + "." + name);
        return;
      }
      sel->selKind = SelKind::Qualified;
      sel->obj = member;
      if (isGenericNative(member) && sel != callee_) {
        error(sel->pos, "cannot use generic function " + exprStr(sel) + " without instantiation");
        return;
      }
      switch (member->kind) {
        case ObjKind::Const:
          sel->mode = Mode::Constant;
          sel->value = member->value;
          break;
        case ObjKind::TypeName: sel->mode = Mode::TypeExpr; break;
        case ObjKind::Var: sel->mode = Mode::Variable; break;
        default: sel->mode = Mode::Value; break;
      }
      sel->type = member->type;
      if (!sel->type) sel->mode = Mode::Invalid;
      return;
    }
  }
  exprOrType(sel->x);
  Expr* x = sel->x;
  if (x->mode == Mode::Invalid) return;
  const Type* t = x->type;
  if (x->mode == Mode::TypeExpr) {
    Selection s = lookupFieldOrMethod(t, name);
    if (s.kind != Selection::Kind::Method) {
      error(sel->sel->pos, exprStr(sel) + " undefined (type " + typeStr(t) + " has no method " + name + ")");
      return;
    }
    const Method* m = s.method;
    if (m->ptrRecv && t->kind != Kind::Pointer && !s.indirect) {
      error(sel->sel->pos, "invalid method expression " + exprStr(sel) + " (needs pointer receiver (*" +
                               typeStr(t) + ")." + name + ")");
      return;
    }
    std::vector<const Type*> params{t};
    params.insert(params.end(), m->sig->params.begin(), m->sig->params.end());
    sel->selKind = SelKind::MethodExpr;
    sel->obj = m->obj;
    sel->path = s.path;
    sel->indirect = s.indirect;
    if (m->obj) use(m->obj);
    sel->mode = Mode::Value;
    sel->type = types_.func(std::move(params), m->sig->results, m->sig->variadic);
    return;
  }
  Selection s = lookupFieldOrMethod(t, name);
  if (s.kind == Selection::Kind::None) {
    std::string why = "type " + typeStr(t) + " has no field or method " + name;
    if (t->kind == Kind::Pointer && t->elem->isInterface()) {
      why = "type " + typeStr(t) + " is pointer to interface, not interface";
    } else {
      std::string other = name;
      other[0] = static_cast<char>(std::isupper(static_cast<unsigned char>(other[0])) ? std::tolower(other[0])
                                                                                       : std::toupper(other[0]));
      if (lookupFieldOrMethod(t, other).kind != Selection::Kind::None) why += ", but does have " + other;
    }
    error(sel->sel->pos, exprStr(sel) + " undefined (" + why + ")");
    return;
  }
  if (s.kind == Selection::Kind::Ambiguous) {
    error(sel->sel->pos, "ambiguous selector " + exprStr(sel));
    return;
  }
  sel->path = s.path;
  sel->indirect = s.indirect;
  if (s.kind == Selection::Kind::Field) {
    sel->selKind = SelKind::Field;
    sel->mode = (x->mode == Mode::Variable || s.indirect) ? Mode::Variable : Mode::Value;
    sel->type = s.field->type;
    return;
  }
  const Method* m = s.method;
  if (m->ptrRecv && !s.indirect) {
    if (x->mode != Mode::Variable) {
      error(sel->sel->pos, "cannot call pointer method " + name + " on " + typeStr(t));
      return;
    }
    markAddrTaken(x);
  }
  sel->selKind = SelKind::Method;
  sel->obj = m->obj;
  if (m->obj) use(m->obj);
  sel->mode = Mode::Value;
  sel->type = m->sig;
}

// ---------------------------------------------------------------- index, slice, assert

bool Checker::checkIndex(Expr* ix, int64_t length, bool allowEnd) {
  expr(ix);
  if (ix->mode == Mode::Invalid) return false;
  if (ix->type->isUntyped() && ix->mode == Mode::Constant) {
    // gc first converts an untyped constant index to int, in that conversion's words.
    std::string cause;
    if (!ix->type->isNumeric()) {
      error(ix->pos, "cannot convert " + operandStr(ix) + " to int");
      return false;
    }
    if (!representable(ix, types_.basic(Kind::Int), &cause)) {
      error(ix->pos, operandStr(ix) + " " + (cause == "truncated" ? "truncated to" : "overflows") + " int");
      return false;
    }
    setType(ix, types_.basic(Kind::Int));
  }
  if (!ix->type->isInteger()) {
    error(ix->pos, "invalid argument: index " + operandStr(ix) + " must be integer");
    return false;
  }
  if (ix->mode == Mode::Constant) {
    if (ix->value.isNegative()) {
      error(ix->pos, "invalid argument: index " + operandStr(ix) + " must not be negative");
      return false;
    }
    int64_t limit = allowEnd ? length + 1 : length;
    if (length >= 0 && (!ix->value.fitsInt(63, false) || ix->value.int64Val() >= limit)) {
      error(ix->pos, "invalid argument: index " + ix->value.toString() + " out of bounds [0:" +
                         std::to_string(limit) + "]");
      return false;
    }
  }
  return true;
}

void Checker::index(IndexExpr* ix) {
  expr(ix->x);
  Expr* x = ix->x;
  if (x->mode == Mode::Invalid) {
    rawExpr(ix->index, nullptr);
    return;
  }
  const Type* u = x->type->under();
  switch (u->kind) {
    case Kind::String:
    case Kind::UntypedString: {
      int64_t len = x->mode == Mode::Constant ? static_cast<int64_t>(x->value.stringVal().size()) : -1;
      if (!checkIndex(ix->index, len, false)) return;
      ix->type = types_.basic(Kind::Uint8);
      if (x->mode == Mode::Constant && ix->index->mode == Mode::Constant) {
        ix->mode = Mode::Constant;
        ix->value = Constant::makeInt64(static_cast<unsigned char>(x->value.stringVal()[ix->index->value.int64Val()]));
        if (x->type->isUntyped()) setType(x, types_.basic(Kind::String));
      } else {
        if (x->type->isUntyped()) setType(x, types_.basic(Kind::String));
        ix->mode = Mode::Value;
      }
      return;
    }
    case Kind::Array:
      if (!checkIndex(ix->index, u->len, false)) return;
      ix->mode = x->mode == Mode::Variable ? Mode::Variable : Mode::Value;
      ix->type = u->elem;
      return;
    case Kind::Pointer:
      if (u->elem->ukind() == Kind::Array) {
        if (!checkIndex(ix->index, u->elem->under()->len, false)) return;
        ix->mode = Mode::Variable;
        ix->type = u->elem->under()->elem;
        return;
      }
      break;
    case Kind::Slice:
      if (!checkIndex(ix->index, -1, false)) return;
      ix->mode = Mode::Variable;
      ix->type = u->elem;
      return;
    case Kind::Map:
      expr(ix->index);
      if (ix->index->mode != Mode::Invalid && !assign(ix->index, u->key, "map index")) return;
      ix->mode = Mode::MapIndex;
      ix->type = u->elem;
      return;
    default:
      break;
  }
  rawExpr(ix->index, nullptr);
  error(ix->lbrack, "invalid operation: cannot index " + operandStr(x));  // gc: at the [
}

void Checker::sliceExpr(SliceExpr* se) {
  expr(se->x);
  Expr* x = se->x;
  auto indices = [&](int64_t length) {
    bool ok = true;
    for (Expr* e : {se->lo, se->hi, se->max})
      if (e && !checkIndex(e, length, true)) ok = false;
    return ok;
  };
  if (x->mode == Mode::Invalid) {
    for (Expr* e : {se->lo, se->hi, se->max})
      if (e) rawExpr(e, nullptr);
    return;
  }
  const Type* u = x->type->under();
  const Type* result = nullptr;
  int64_t length = -1;
  switch (u->kind) {
    case Kind::String:
    case Kind::UntypedString:
      if (se->slice3) {
        error(se->pos, "invalid operation: 3-index slice of string");
        return;
      }
      if (x->mode == Mode::Constant) length = static_cast<int64_t>(x->value.stringVal().size());
      if (x->type->isUntyped()) setType(x, types_.basic(Kind::String));
      result = x->type;
      break;
    case Kind::Array:
      if (x->mode != Mode::Variable) {
        error(se->pos, "invalid operation: " + exprStr(se) + " (slice of unaddressable value)");
        return;
      }
      markAddrTaken(x);
      length = u->len;
      result = types_.slice(u->elem);
      break;
    case Kind::Pointer:
      if (u->elem->ukind() == Kind::Array) {
        length = u->elem->under()->len;
        result = types_.slice(u->elem->under()->elem);
      }
      break;
    case Kind::Slice:
      result = x->type;
      break;
    default:
      break;
  }
  if (!result) {
    error(x->pos, "invalid operation: cannot slice " + operandStr(x));
    return;
  }
  if (!indices(length)) return;
  // Constant indices must be in order.
  std::vector<Expr*> given;
  for (Expr* e : {se->lo, se->hi, se->max})
    if (e && e->mode == Mode::Constant) given.push_back(e);
  for (size_t i = 1; i < given.size(); ++i) {
    if (Constant::compare(given[i - 1]->value, given[i]->value) > 0) {
      error(given[i]->pos, "invalid slice indices: " + given[i]->value.toString() + " < " +
                               given[i - 1]->value.toString());
      return;
    }
  }
  se->mode = Mode::Value;
  se->type = result;
}

void Checker::typeAssert(TypeAssertExpr* ta) {
  expr(ta->x);
  Expr* x = ta->x;
  if (!ta->typeExpr) {
    error(ta->pos, "use of .(type) outside type switch");
    return;
  }
  const Type* t = resolveType(ta->typeExpr);
  if (x->mode == Mode::Invalid || !t) return;
  if (!x->type->isInterface()) {
    error(x->pos, "invalid operation: " + operandStr(x) + " is not an interface");
    return;
  }
  if (!t->isInterface() && !implements(t, x->type)) {
    std::string reason = implementsReason(t, x->type);
    error(ta->x->pos, "impossible type assertion: " + exprStr(ta) + "\n\t" + reason.substr(3));
    return;
  }
  ta->mode = Mode::CommaOk;
  ta->type = t;
}

// ---------------------------------------------------------------- calls and conversions

void Checker::call(CallExpr* c) {
  callee_ = unparen(c->fun);
  rawExpr(c->fun, nullptr);
  Expr* f = c->fun;
  switch (f->mode) {
    case Mode::Invalid:
      for (Expr* a : c->args) rawExpr(a, nullptr);
      return;
    case Mode::TypeExpr:
      c->callKind = CallKind::Conversion;
      conversion(c, f->type);
      return;
    case Mode::Builtin: {
      auto* id = unparen(f)->as<Ident>();
      c->callKind = CallKind::Builtin;
      c->builtin = id && id->obj ? id->obj->builtin : BuiltinId::None;
      builtinCall(c, c->builtin);
      return;
    }
    default:
      break;
  }
  if (genericNativeCall(c)) return;
  if (!singleValue(f)) {
    for (Expr* a : c->args) rawExpr(a, nullptr);
    return;
  }
  const Type* sig = f->type->under();
  if (sig->kind != Kind::Func) {
    error(f->pos, "invalid operation: cannot call non-function " + operandStr(f));
    for (Expr* a : c->args) rawExpr(a, nullptr);
    return;
  }
  arguments(c, sig, exprStr(f));
  if (sig->results.empty()) {
    c->mode = Mode::NoValue;
  } else if (sig->results.size() == 1) {
    c->mode = Mode::Value;
    c->type = sig->results[0];
  } else {
    c->mode = Mode::Value;
    c->type = types_.tuple(sig->results);
  }
}

void Checker::arguments(CallExpr* c, const Type* sig, const std::string& calleeName) {
  auto& args = c->args;
  std::vector<const Type*> argTypes;
  bool ok = true;
  bool spread = false;
  if (args.size() == 1 && !c->hasEllipsis) {
    rawExpr(args[0], nullptr);
    if (args[0]->mode != Mode::TypeExpr && args[0]->type && args[0]->type->kind == Kind::Tuple) {
      spread = true;
      argTypes = args[0]->type->elems;
    } else if (singleValue(args[0])) {
      argTypes.push_back(args[0]->type);
    } else {
      ok = false;
    }
  } else {
    for (Expr* a : args) {
      expr(a);
      if (a->mode == Mode::Invalid) ok = false;
      argTypes.push_back(a->type);
    }
  }
  if (!ok) return;
  size_t nparams = sig->params.size();
  size_t nargs = argTypes.size();
  if (c->hasEllipsis) {
    if (!sig->variadic) {
      error(args.back()->pos, "have (...) " + typeList(argTypes, false) + " but function is not variadic: " +
                                  calleeName);
      return;
    }
  }
  bool countOk = sig->variadic && !c->hasEllipsis ? nargs >= nparams - 1 : nargs == nparams;
  if (!countOk) {
    bool tooMany = nargs > nparams;
    Pos at = c->pos;
    if (tooMany) at = spread ? args[0]->pos : args[nparams]->pos;
    else if (!args.empty()) at = args.back()->pos;
    std::string have = haveList(args);
    error(at, std::string(tooMany ? "too many" : "not enough") + " arguments in call to " + calleeName +
                  "\n\thave " + have + "\n\twant " + typeList(sig->params, sig->variadic));
    return;
  }
  std::string context = "argument to " + calleeName;
  auto paramType = [&](size_t i) {
    if (sig->variadic && !c->hasEllipsis && i >= nparams - 1) return sig->params.back()->elem;
    return sig->params[i];
  };
  if (spread) {
    for (size_t i = 0; i < nargs; ++i) {
      BadExpr probe(args[0]->pos);
      probe.mode = Mode::Value;
      probe.type = argTypes[i];
      std::string reason;
      if (!assignableTo(&probe, paramType(i), &reason)) {
        error(args[0]->pos, "cannot use " + exprStr(args[0]) + " (value of type " + typeStr(argTypes[i]) +
                                ") as " + typeStr(paramType(i)) + " value in " + context + reason);
      }
    }
    return;
  }
  for (size_t i = 0; i < nargs; ++i) assign(args[i], paramType(i), context);
}

namespace {

// Type identity ignoring struct tags (conversions allow differing tags).
bool identicalIgnoringTags(const Type* a, const Type* b) {
  if (a == b) return true;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case Kind::Pointer: return identicalIgnoringTags(a->elem, b->elem);
    case Kind::Struct:
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); ++i) {
        const StructField& fa = a->fields[i];
        const StructField& fb = b->fields[i];
        if (fa.name != fb.name || fa.embedded != fb.embedded || !identicalIgnoringTags(fa.type, fb.type)) return false;
      }
      return true;
    default: return false;
  }
}

}  // namespace

bool Checker::convertible(Expr* x, const Type* t) const {
  const Type* v = x->type;
  if (const_cast<Checker*>(this)->assignableTo(x, t, nullptr)) return true;
  const Type* vu = v->under();
  const Type* tu = t->under();
  if (identicalIgnoringTags(vu, tu)) return true;
  if (vu->kind == Kind::Pointer && tu->kind == Kind::Pointer && !v->isNamed() && !t->isNamed() &&
      identicalIgnoringTags(vu->elem->under(), tu->elem->under()))
    return true;
  if (v->isNumeric() && t->isNumeric()) return true;
  if (tu->isString() && (v->isInteger() || (vu->kind == Kind::Slice && (vu->elem->ukind() == Kind::Uint8 ||
                                                                        vu->elem->ukind() == Kind::Int32))))
    return true;
  if (vu->isString() && tu->kind == Kind::Slice &&
      (tu->elem->ukind() == Kind::Uint8 || tu->elem->ukind() == Kind::Int32))
    return true;
  if (vu->kind == Kind::Slice && tu->kind == Kind::Pointer && tu->elem->ukind() == Kind::Array &&
      tu->elem->under()->elem == vu->elem)
    return true;
  if (vu->kind == Kind::Slice && tu->kind == Kind::Array && tu->elem == vu->elem) return true;
  return false;
}

void Checker::conversion(CallExpr* c, const Type* t) {
  if (c->args.size() != 1) {
    for (Expr* a : c->args) expr(a);
    error(c->args.empty() ? c->rparen : c->args[1]->pos,
          std::string(c->args.empty() ? "missing argument" : "too many arguments") + " in conversion to " + typeStr(t));
    return;
  }
  Expr* x = c->args[0];
  expr(x);
  if (x->mode == Mode::Invalid) return;
  const Type* tu = t->under();
  bool constTarget = tu->kind <= Kind::String && tu->kind != Kind::Invalid;
  if (x->mode == Mode::Constant && constTarget) {
    Constant v = x->value;
    bool ok = true;
    std::string cause;
    if (tu->isString() && x->type->isInteger()) {
      // string(rune): the UTF-8 encoding of the code point (U+FFFD when invalid).
      Constant i = v.toInt();
      int64_t r = i.fitsInt(64, false) ? i.int64Val() : -1;
      if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
      std::string s;
      auto u = static_cast<uint32_t>(r);
      if (u < 0x80) s += static_cast<char>(u);
      else if (u < 0x800) s += {static_cast<char>(0xC0 | (u >> 6)), static_cast<char>(0x80 | (u & 0x3F))};
      else if (u < 0x10000)
        s += {static_cast<char>(0xE0 | (u >> 12)), static_cast<char>(0x80 | ((u >> 6) & 0x3F)),
              static_cast<char>(0x80 | (u & 0x3F))};
      else
        s += {static_cast<char>(0xF0 | (u >> 18)), static_cast<char>(0x80 | ((u >> 12) & 0x3F)),
              static_cast<char>(0x80 | ((u >> 6) & 0x3F)), static_cast<char>(0x80 | (u & 0x3F))};
      v = Constant::makeString(s);
      if (x->type->isUntyped()) setType(x, defaultType(x->type));
    } else if (tu->isNumeric() && x->type->isNumeric()) {
      if (tu->isInteger()) {
        Constant i = v.toInt();
        if (!i.valid()) {
          ok = false;
          // Go 1.19 gives no cause for a truncating constant conversion.
        } else if (!i.fitsInt(tu->intBits(), tu->isUnsigned())) {
          ok = false;
          x->value = i;  // gc reports the integral value it tried: 1e20 as 100000000000000000000
        }
        v = i;
      } else {
        ok = v.fitsFloat(tu->kind == Kind::Float32);
        if (ok) v = v.toFloat().roundFloat(tu->kind == Kind::Float32);
      }
      if (ok && x->type->isUntyped()) setType(x, t);
    } else if ((tu->isString() && x->type->isString()) || (tu->isBoolean() && x->type->isBoolean())) {
      if (x->type->isUntyped()) setType(x, t);
    } else {
      ok = false;
    }
    if (!ok) {
      error(x->pos, "cannot convert " + operandStr(x) + " to type " + typeStr(t) + cause);
      return;
    }
    c->mode = Mode::Constant;
    c->type = t;
    c->value = v;
    return;
  }
  if (x->type->isUntyped()) {
    // An untyped operand converts to its default type first (nil to the target itself).
    if (x->type->kind == Kind::UntypedNil) {
      if (!nillable(t)) {
        error(x->pos, "cannot convert " + operandStr(x) + " to type " + typeStr(t));
        return;
      }
      setType(x, t);
    } else if (t->isInterface() || !convertUntyped(x, t)) {
      if (x->mode == Mode::Invalid) return;
      setType(x, defaultType(x->type));
    }
  }
  if (!convertible(x, t)) {
    error(x->pos, "cannot convert " + operandStr(x) + " to type " + typeStr(t));
    return;
  }
  c->mode = Mode::Value;
  c->type = t;
}

// ---------------------------------------------------------------- operators

void Checker::star(StarExpr* se) {
  ++indirection_;
  exprOrType(se->x);
  --indirection_;
  Expr* x = se->x;
  if (x->mode == Mode::Invalid) return;
  if (x->mode == Mode::TypeExpr) {
    se->mode = Mode::TypeExpr;
    se->type = types_.pointer(x->type);
    return;
  }
  if (x->type->kind == Kind::UntypedNil) {
    error(x->pos, "invalid operation: cannot indirect nil");
    return;
  }
  if (x->type->ukind() != Kind::Pointer) {
    error(x->pos, "invalid operation: cannot indirect " + operandStr(x));
    return;
  }
  se->mode = Mode::Variable;
  se->type = x->type->under()->elem;
}

Object* Checker::rootVariable(Expr* e) {
  e = unparen(e);
  if (auto* id = e->as<Ident>()) return id->obj && id->obj->kind == ObjKind::Var ? id->obj : nullptr;
  if (auto* sel = e->as<SelectorExpr>()) {
    if (sel->selKind == SelKind::Field && !sel->indirect) return rootVariable(sel->x);
    return nullptr;
  }
  if (auto* ix = e->as<IndexExpr>()) {
    if (ix->x->type && ix->x->type->ukind() == Kind::Array) return rootVariable(ix->x);
    return nullptr;
  }
  return nullptr;
}

void Checker::markAddrTaken(Expr* e) {
  if (Object* v = rootVariable(e)) v->addrTaken = true;
}

void Checker::unary(UnaryExpr* ue, const Type* hint) {
  Expr* x = ue->x;
  switch (ue->op) {
    case Tok::And: {
      Expr* inner = unparen(x);
      if (auto* lit = inner->as<CompositeLit>()) {
        const Type* litHint = hint && hint->ukind() == Kind::Pointer ? hint->under()->elem : nullptr;
        rawExpr(x, litHint);
        if (x->mode == Mode::Invalid) return;
        (void)lit;
        ue->mode = Mode::Value;
        ue->type = types_.pointer(x->type);
        return;
      }
      expr(x);
      if (x->mode == Mode::Invalid) return;
      if (x->mode != Mode::Variable) {
        error(x->pos, "invalid operation: cannot take address of " + operandStr(x));
        return;
      }
      markAddrTaken(x);
      ue->mode = Mode::Value;
      ue->type = types_.pointer(x->type);
      return;
    }
    case Tok::Arrow: {
      expr(x);
      if (x->mode == Mode::Invalid) return;
      const Type* u = x->type->under();
      if (u->kind != Kind::Chan) {
        error(x->pos, "invalid operation: cannot receive from non-channel " + operandStr(x));
        return;
      }
      if (u->dir == ChanDirT::Send) {
        error(x->pos, "invalid operation: cannot receive from send-only channel " + operandStr(x));
        return;
      }
      ue->mode = Mode::CommaOk;
      ue->type = u->elem;
      return;
    }
    default:
      break;
  }
  expr(x);
  if (x->mode == Mode::Invalid) return;
  const Type* t = x->type;
  bool ok = ue->op == Tok::Not ? t->isBoolean() : ue->op == Tok::Xor ? t->isInteger() : t->isNumeric();
  if (!ok) {
    error(x->pos, std::string("invalid operation: operator ") +
                       (ue->op == Tok::Not ? "!" : ue->op == Tok::Xor ? "^" : ue->op == Tok::Sub ? "-" : "+") +
                       " not defined on " + operandStr(x));
    return;
  }
  ue->type = t;
  if (x->mode == Mode::Constant) {
    bool typedUnsigned = !t->isUntyped() && t->isUnsigned();
    ue->value = Constant::unaryOp(static_cast<int>(ue->op), x->value, typedUnsigned ? t->intBits() : 0, typedUnsigned);
    ue->mode = Mode::Constant;
    checkConstOverflow(ue, ue->pos);
    return;
  }
  ue->mode = Mode::Value;
}

// Brings the operands of a binary operation to a common type (implicit conversion of an
// untyped operand). Returns false after reporting.
bool Checker::matchTypes(BinaryExpr* be) {
  Expr* x = be->x;
  Expr* y = be->y;
  auto mismatch = [&] {
    if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return false;
    error(isComparisonOp(be->op) ? y->pos : x->pos, "invalid operation: " + binaryStr(be) + " (mismatched types " + typeStr(x->type) + " and " +
                      typeStr(y->type) + ")");
    return false;
  };
  bool xu = x->type->isUntyped(), yu = y->type->isUntyped();
  if (xu && !yu) {
    if (!convertUntyped(x, y->type)) return mismatch();
  } else if (yu && !xu) {
    if (!convertUntyped(y, x->type)) return mismatch();
  } else if (xu && yu) {
    bool numeric = x->type->isNumeric() && y->type->isNumeric();
    if (numeric) {
      if (untypedRank(x->type->kind) < untypedRank(y->type->kind)) setType(x, y->type);
      else if (untypedRank(y->type->kind) < untypedRank(x->type->kind)) setType(y, x->type);
    } else if (x->type != y->type) {
      bool nilPair = x->type->kind == Kind::UntypedNil || y->type->kind == Kind::UntypedNil;
      if (!nilPair || !isComparisonOp(be->op)) return mismatch();
    }
  }
  return true;
}

void Checker::comparison(BinaryExpr* be) {
  Expr* x = be->x;
  Expr* y = be->y;
  bool xnil = x->type->kind == Kind::UntypedNil, ynil = y->type->kind == Kind::UntypedNil;
  if (!matchTypes(be)) return;
  const Type* xt = x->type;
  const Type* yt = y->type;
  bool okAssign = assignableTo(x, yt, nullptr) || assignableTo(y, xt, nullptr);
  if (!okAssign) {
    // gc reports a comparison's type mismatch at the second operand.
    error(y->pos, "invalid operation: " + binaryStr(be) + " (mismatched types " + typeStr(xt) + " and " +
                      typeStr(yt) + ")");
    return;
  }
  // As types2: the error names a cause and sits at the offending operand.
  std::string why;
  Expr* offending = nullptr;
  auto notDefined = [&](Expr* operand) {
    offending = operand;
    const Type* t = operand->type;
    why = std::string("operator ") + tokString(be->op) + " not defined on " + kindString(t, typeStr(t));
  };
  auto incomparable = [&](Expr* operand) {
    offending = operand;
    const Type* bad = operand->type;
    Kind k = bad->ukind();
    if (k == Kind::Slice || k == Kind::Map || k == Kind::Func) {
      why = kindString(bad, "") + " can only be compared to nil";
    } else if (k == Kind::Struct) {
      for (const StructField& f : bad->under()->fields)
        if (!f.type->comparable()) {
          why = "struct containing " + typeStr(f.type) + " cannot be compared";
          break;
        }
    } else {
      why = typeStr(bad) + " cannot be compared";
    }
  };
  auto ordered = [](const Type* t) { return t->isInteger() || t->isFloat() || t->isString(); };
  if (be->op == Tok::Eql || be->op == Tok::Neq) {
    if (xnil && ynil) notDefined(y);
    else if (!xnil && !ynil && !xt->comparable()) incomparable(x);
    else if (!xnil && !ynil && !yt->comparable()) incomparable(y);
  } else if (xnil || !ordered(xt)) {
    notDefined(x);
  } else if (ynil || !ordered(yt)) {
    notDefined(y);
  }
  if (offending) {
    error(offending->pos, "invalid operation: " + exprStr(be) + " (" + why + ")");
    return;
  }
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    be->mode = Mode::Constant;
    be->value = Constant::binaryOp(x->value, static_cast<int>(be->op), y->value);
  } else {
    be->mode = Mode::Value;
    // Untyped operands of a non-constant comparison take their default types.
    if (x->type->isUntyped() && !xnil) setType(x, defaultType(x->type));
    if (y->type->isUntyped() && !ynil) setType(y, defaultType(y->type));
  }
  be->type = types_.basic(Kind::UntypedBool);
}

void Checker::shift(BinaryExpr* be, const Type* hint) {
  Expr* x = be->x;
  Expr* y = be->y;
  expr(x);
  expr(y);
  if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
  // The count: an integer, or an untyped constant representable as uint.
  if (y->mode == Mode::Constant) {
    Constant n = y->value.toInt();
    if (y->type->isUntyped() && y->type->isNumeric() && !n.valid()) {
      // gc converts an untyped count to uint first.
      error(y->pos, operandStr(y) + " truncated to uint");
      return;
    }
    if (!n.valid() || !y->type->isNumeric()) {
      error(y->pos, "invalid operation: shift count " + operandStr(y) + " must be integer");
      return;
    }
    if (n.isNegative()) {
      error(y->pos, "invalid operation: negative shift count " + operandStr(y));
      return;
    }
    if (y->type->isUntyped()) setType(y, types_.basic(Kind::Uint));
  } else if (y->type->isUntyped()) {
    if (!convertUntyped(y, types_.basic(Kind::Uint))) {
      error(y->pos, "invalid operation: shift count " + operandStr(y) + " must be integer");
      return;
    }
  } else if (!y->type->isInteger()) {
    error(y->pos, "invalid operation: shift count " + operandStr(y) + " must be integer");
    return;
  }
  if (x->mode == Mode::Constant) {
    if (!x->value.toInt().valid() || !x->type->isNumeric()) {
      error(x->pos, "invalid operation: shifted operand " + operandStr(x) + " must be integer");
      return;
    }
    if (x->type->isUntyped() && x->type->kind == Kind::UntypedFloat) setType(x, types_.basic(Kind::UntypedInt));
    if (y->mode == Mode::Constant) {
      uint64_t s = y->value.fitsInt(64, true) ? y->value.uint64Val() : UINT64_MAX;
      if (s > 1100) {
        error(y->pos, "invalid shift count " + operandStr(y));
        return;
      }
      be->mode = Mode::Constant;
      be->type = x->type;
      be->value = Constant::shift(x->value.toInt(), static_cast<int>(be->op), s);
      checkConstOverflow(be, x->pos);
      return;
    }
    // A non-constant shift of an untyped constant: typed by the context (setType).
    be->mode = Mode::Value;
    be->type = x->type;
    if (hint && !hint->isUntyped() && !hint->isInterface()) setType(be, hint);
    return;
  }
  if (!x->type->isInteger()) {
    error(x->pos, "invalid operation: shifted operand " + operandStr(x) + " must be integer");
    return;
  }
  be->mode = Mode::Value;
  be->type = x->type;
}

void Checker::binary(BinaryExpr* be, const Type* hint) {
  if (be->op == Tok::Shl || be->op == Tok::Shr) {
    shift(be, hint);
    return;
  }
  Expr* x = be->x;
  Expr* y = be->y;
  expr(x);
  expr(y);
  if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
  if (isComparisonOp(be->op)) {
    comparison(be);
    return;
  }
  if (!matchTypes(be)) return;
  if (x->type != y->type && !(x->type->isUntyped() && y->type->isUntyped())) {
    error(x->pos, "invalid operation: " + binaryStr(be) + " (mismatched types " + typeStr(x->type) + " and " +
                      typeStr(y->type) + ")");
    return;
  }
  const Type* t = x->type;
  bool ok;
  switch (be->op) {
    case Tok::Add: ok = t->isNumeric() || t->isString(); break;
    case Tok::Sub: case Tok::Mul: case Tok::Quo: ok = t->isNumeric(); break;
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot: ok = t->isInteger(); break;
    case Tok::LAnd: case Tok::LOr: ok = t->isBoolean(); break;
    default: ok = false;
  }
  if (!ok) {
    std::string op;
    switch (be->op) {
      case Tok::Add: op = "+"; break;
      case Tok::Sub: op = "-"; break;
      case Tok::Mul: op = "*"; break;
      case Tok::Quo: op = "/"; break;
      case Tok::Rem: op = "%"; break;
      case Tok::And: op = "&"; break;
      case Tok::Or: op = "|"; break;
      case Tok::Xor: op = "^"; break;
      case Tok::AndNot: op = "&^"; break;
      case Tok::LAnd: op = "&&"; break;
      default: op = "||"; break;
    }
    error(x->pos, "invalid operation: operator " + op + " not defined on " + operandStr(x));
    return;
  }
  if ((be->op == Tok::Quo || be->op == Tok::Rem) && y->mode == Mode::Constant &&
      (x->mode == Mode::Constant || t->isInteger()) && Constant::compare(y->value, Constant::makeInt64(0)) == 0) {
    error(y->pos, "invalid operation: division by zero");
    return;
  }
  be->type = t;
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    Constant a = x->value, b = y->value;
    if (t->isFloat()) {
      a = a.toFloat();
      b = b.toFloat();
    } else if (t->isInteger()) {
      a = a.toInt();
      b = b.toInt();
    }
    be->value = Constant::binaryOp(a, static_cast<int>(be->op), b);
    if (!be->value.valid()) {
      error(be->opPos, "invalid constant operation");
      return;
    }
    be->mode = Mode::Constant;
    checkConstOverflow(be, be->opPos.valid() ? x->pos : be->pos);
    return;
  }
  be->mode = Mode::Value;
}

}  // namespace goro::checker

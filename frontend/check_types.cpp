// Type expressions: named types, literals of composite types, signatures, struct and
// interface types, and the detection of invalid recursive types.
#include <set>

#include "frontend/checker.h"

namespace goro::checker {

const Type* Checker::resolveType(Expr* e) {
  exprOrType(e);
  if (e->mode == Mode::Invalid) return nullptr;
  if (e->mode != Mode::TypeExpr) {
    // gc describes a name as an operand and any other expression by its source.
    bool isName = e->is<Ident>() || e->is<SelectorExpr>();
    error(e->pos, (isName ? operandStr(e) : exprStr(e)) + " is not a type");
    e->mode = Mode::Invalid;
    return nullptr;
  }
  return e->type;
}

// A type that must have its layout now (array element, struct field, embedded
// interface): a named type still being declared means the declaration refers to itself.
bool Checker::requireComplete(const Type* t, Pos pos) {
  if (!t || !t->isNamed() || t->underlying) return true;
  size_t start = 0;
  while (start < typePath_.size() && typePath_[start]->type != t) ++start;
  if (start == typePath_.size()) {
    error(pos, "invalid recursive type " + t->name);
    return false;
  }
  reportTypeCycle(std::vector<Object*>(typePath_.begin() + static_cast<long>(start), typePath_.end()));
  return false;
}

// gc's "invalid recursive type" report (once per cycle): cycle[0] refers to cycle[1], ...
void Checker::reportTypeCycle(const std::vector<Object*>& cycle) {
  Object* first = cycle.front();
  if (!reportedCycles_.insert(first).second) return;
  std::string msg = "invalid recursive type " + first->name;
  for (Object* o : cycle) msg += "\n\t" + posStr(o->pos) + ": " + o->name + " refers to";
  msg += "\n\t" + posStr(first->pos) + ": " + first->name;
  error(first->pos, msg);
}

const Type* Checker::typeLiteral(Expr* e) {
  switch (e->kind) {
    case NodeKind::ArrayType: {
      auto* at = static_cast<ArrayType*>(e);
      int savedIndirection = indirection_;
      indirection_ = at->len ? 0 : indirection_ + 1;  // an array holds its elements inline
      const Type* elem = resolveType(at->elem);
      indirection_ = savedIndirection;
      if (!at->len) return elem ? types_.slice(elem) : nullptr;
      if (at->len->is<Ellipsis>()) {
        error(at->len->pos, "invalid use of [...] array (outside a composite literal)");
        return nullptr;
      }
      expr(at->len);
      if (at->len->mode == Mode::Invalid) return nullptr;
      if (at->len->mode != Mode::Constant) {
        error(at->len->pos, "invalid array length " + exprStr(at->len));
        return nullptr;
      }
      Constant n = at->len->value.toInt();
      if (!at->len->type->isInteger() && !(at->len->type->isUntyped() && n.valid())) {
        error(at->len->pos, "array length " + operandStr(at->len) + " must be integer");
        return nullptr;
      }
      if (!n.valid() || n.isNegative() || !n.fitsInt(63, false)) {
        error(at->len->pos, "invalid array length " + operandStr(at->len));
        return nullptr;
      }
      if (at->len->type->isUntyped()) setType(at->len, types_.basic(Kind::Int));
      if (!elem || !requireComplete(elem, at->elem->pos)) return nullptr;
      if (elem->size != 0 && uint64_t(n.int64Val()) > kMaxValueBytes / elem->size) {
        tooLarge(e);
        return nullptr;
      }
      return types_.array(elem, n.int64Val());
    }
    case NodeKind::MapType: {
      auto* mt = static_cast<MapType*>(e);
      ++indirection_;
      const Type* key = resolveType(mt->key);
      const Type* value = resolveType(mt->value);
      --indirection_;
      if (!key || !value) return nullptr;
      if (!(key->isNamed() && !key->underlying) && !key->comparable()) {
        error(mt->key->pos, "invalid map key type " + typeStr(key));
        return nullptr;
      }
      return types_.map(key, value);
    }
    case NodeKind::ChanType: {
      auto* ct = static_cast<ChanType*>(e);
      ++indirection_;
      const Type* elem = resolveType(ct->value);
      --indirection_;
      if (!elem) return nullptr;
      ChanDirT dir = ct->dir == ChanDir::Send ? ChanDirT::Send : ct->dir == ChanDir::Recv ? ChanDirT::Recv : ChanDirT::Both;
      return types_.chan(elem, dir);
    }
    case NodeKind::FuncType:
      return funcSignature(static_cast<FuncType*>(e), nullptr, nullptr);
    case NodeKind::StructType:
      return structType(static_cast<StructType*>(e));
    case NodeKind::InterfaceType:
      return interfaceType(static_cast<InterfaceType*>(e));
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      return nullptr;
    default:
      return nullptr;
  }
}

// Resolves a signature. With a scope, declares the receiver (from declNode, a FuncDecl),
// the named parameters and the named results in it.
const Type* Checker::funcSignature(FuncType* ft, Scope* scope, Node* declNode) {
  bool ok = true;
  auto declareParams = [&](FieldList* fl, std::vector<const Type*>* out, bool allowVariadic, bool* variadic) {
    if (!fl) return;
    for (size_t i = 0; i < fl->list.size(); ++i) {
      Field* f = fl->list[i];
      const Type* t = nullptr;
      if (auto* ell = f->typeExpr->as<Ellipsis>()) {
        if (!allowVariadic || i + 1 != fl->list.size() || f->names.size() > 1) {
          error(ell->pos, "can only use ... with final parameter in list");
          ok = false;
          continue;
        }
        const Type* elem = resolveType(ell->elt);
        t = types_.slice(elem ? elem : types_.basic(Kind::Invalid));
        ell->mode = Mode::TypeExpr;
        ell->type = t;
        *variadic = true;
      } else {
        t = resolveType(f->typeExpr);
      }
      // A parameter of an unresolvable type keeps the signature (and the body) checkable;
      // the invalid type silences follow-up errors.
      if (!t) t = types_.basic(Kind::Invalid);
      size_t count = f->names.empty() ? 1 : f->names.size();
      for (size_t k = 0; k < count && out; ++k) out->push_back(t);
      if (!scope) continue;
      for (Ident* name : f->names) {
        Object* obj = newObject(ObjKind::Var, name->name, name->pos, t);
        obj->isParam = true;
        obj->decl = f;
        name->obj = name->name == "_" ? nullptr : obj;
        declare(scope, name, obj);
      }
    }
  };
  if (auto* fd = declNode ? declNode->as<FuncDecl>() : nullptr; fd && fd->recv) {
    bool unused = false;
    declareParams(fd->recv, nullptr, false, &unused);
    if (fd->recv->list.size() != 1 ||
        (!fd->recv->list.empty() && fd->recv->list[0]->names.size() > 1)) {
      error(fd->recv->pos, "method has multiple receivers");
      ok = false;
    }
  }
  std::vector<const Type*> params, results;
  bool variadic = false, noVariadic = false;
  ++indirection_;
  declareParams(ft->params, &params, true, &variadic);
  declareParams(ft->results, &results, false, &noVariadic);
  --indirection_;
  ft->mode = Mode::TypeExpr;
  if (!ok) return nullptr;
  const Type* sig = types_.func(std::move(params), std::move(results), variadic);
  ft->type = sig;
  return sig;
}

const Type* Checker::structType(StructType* st) {
  // Fields are stored inline: their types are needed with their layouts.
  int savedIndirection = indirection_;
  indirection_ = 0;
  const Type* t = structFields(st);
  indirection_ = savedIndirection;
  return t;
}

const Type* Checker::structFields(StructType* st) {
  std::vector<StructField> fields;
  std::map<std::string, Pos> seen;
  bool ok = true;
  if (!st->fields) return types_.structType({});
  for (Field* f : st->fields->list) {
    const Type* t = resolveType(f->typeExpr);
    if (!t || !requireComplete(t, f->typeExpr->pos)) {
      ok = false;
      continue;
    }
    std::string tag;
    if (!f->tag.empty()) tag = Constant::fromLiteral(static_cast<int>(LitKind::String), f->tag).stringVal();
    auto add = [&](const std::string& name, Pos pos, bool embedded) {
      if (name != "_") {
        auto [it, fresh] = seen.emplace(name, pos);
        if (!fresh) {
          error(pos, name + " redeclared\n\t" + posStr(it->second) + ": other declaration of " + name);
          ok = false;
          return;
        }
      }
      StructField sf;
      sf.name = name;
      sf.type = t;
      sf.embedded = embedded;
      sf.exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
      sf.tag = tag;
      fields.push_back(std::move(sf));
    };
    if (f->names.empty()) {
      const Type* base = t->kind == Kind::Pointer ? t->elem : t;
      if (t->kind == Kind::Pointer && (base->kind == Kind::Pointer || base->isInterface())) {
        error(f->typeExpr->pos, "embedded field type cannot be a pointer to an interface");
        ok = false;
        continue;
      }
      if (base->kind == Kind::Pointer && !base->isNamed()) {
        error(f->typeExpr->pos, "embedded field type cannot be a pointer");
        ok = false;
        continue;
      }
      std::string name = base->isNamed() ? base->name : base->toString(false);
      add(name, f->typeExpr->pos, true);
    } else {
      for (Ident* n : f->names) add(n->name, n->pos, false);
    }
  }
  if (!ok) return nullptr;
  uint64_t size = 0;  // as TypeTable::structType lays the fields out, without overflowing
  for (const StructField& f : fields) size = (size + f.type->align - 1) / f.type->align * f.type->align + f.type->size;
  if (size + 8 > kMaxValueBytes) {
    tooLarge(st);
    return nullptr;
  }
  return types_.structType(std::move(fields));
}

void Checker::tooLarge(Expr* typeExpr) {
  error(typeExpr->pos, "goro: type " + exprStr(typeExpr) + " is too large (goro's limit for one value is 4 GiB)");
}

const Type* Checker::interfaceType(InterfaceType* it) {
  std::vector<Method> methods;
  std::map<std::string, Pos> seen;
  bool ok = true;
  // As types2 builds a method set: the explicitly declared methods first, each name once;
  // then the embedded interfaces' methods, which may repeat a name with the same signature.
  auto add = [&](const Method& m, Pos pos, bool explicitDecl) {
    auto [where, fresh] = seen.emplace(m.name, pos);
    if (!fresh) {
      if (!explicitDecl)
        for (const Method& other : methods)
          if (other.name == m.name && other.sig == m.sig) return;
      error(pos, "duplicate method " + m.name + "\n\t" + posStr(where->second) + ": other declaration of " + m.name);
      ok = false;
      return;
    }
    methods.push_back(m);
  };
  std::vector<Field*> embedded;
  if (it->methods) {
    for (Field* f : it->methods->list) {
      if (f->names.empty()) {
        embedded.push_back(f);
        continue;
      }
      auto* ft = f->typeExpr ? f->typeExpr->as<FuncType>() : nullptr;
      const Type* sig = ft ? funcSignature(ft, nullptr, nullptr) : nullptr;
      if (!sig) {
        ok = false;
        continue;
      }
      Method m;
      m.name = f->names[0]->name;
      m.sig = sig;
      add(m, f->names[0]->pos, true);
    }
  }
  for (Field* f : embedded) {
    int savedIndirection = indirection_;
    indirection_ = 0;  // the embedded interface's methods are needed now
    const Type* t = resolveType(f->typeExpr);
    indirection_ = savedIndirection;
    if (!t || !requireComplete(t, f->typeExpr->pos)) {
      ok = false;
      continue;
    }
    if (!t->isInterface()) {
      error(f->typeExpr->pos, "goro: interfaces with type constraints are not supported (generics)");
      ok = false;
      continue;
    }
    for (const Method& m : t->under()->methods) add(m, f->typeExpr->pos, false);
  }
  if (!ok) return nullptr;
  return types_.interfaceType(std::move(methods));
}

}  // namespace goro::checker

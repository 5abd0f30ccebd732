// Declarations: collecting package-level objects, checking them on first use, methods,
// local declarations, unused imports and the package's variable initialization order.
#include <algorithm>
#include <set>

#include "frontend/checker.h"

namespace goro::checker {

namespace {

// The receiver's base type name: T in `func (t T)`, `func (t *T)`, `func ((*T))`.
Ident* receiverBase(FuncDecl* fd) {
  if (!fd->recv || fd->recv->list.empty()) return nullptr;
  Expr* e = fd->recv->list[0]->typeExpr;
  while (e) {
    if (auto* p = e->as<ParenExpr>()) e = p->x;
    else if (auto* s = e->as<StarExpr>()) e = s->x;
    else break;
  }
  return e ? e->as<Ident>() : nullptr;
}

// Top-level directories of Go's standard library: an unknown import under one of them is
// a package goro does not provide; anything else is not in std at all.
bool looksLikeStd(const std::string& path) {
  static const std::set<std::string> roots = {
      "archive", "bufio", "bytes", "cmp", "compress", "container", "context", "crypto",
      "database", "debug", "embed", "encoding", "errors", "expvar", "flag", "fmt", "go", "hash",
      "html", "image", "index", "io", "iter", "log", "maps", "math", "mime", "net", "os", "path",
      "plugin", "reflect", "regexp", "runtime", "slices", "sort", "strconv", "strings", "sync",
      "syscall", "testing", "text", "time", "unicode", "unique", "unsafe"};
  return roots.count(path.substr(0, path.find('/'))) != 0;
}

}  // namespace

// ---------------------------------------------------------------- collection

void Checker::collectObjects() {
  pkg_.scope = newScope(universeScope());
  for (File* file : pkg_.files) {
    Scope* fileScope = newScope(pkg_.scope);
    fileScopes_.push_back(fileScope);
    collectFile(file, fileScope);
  }
  // Imports and package-level names share the file block: gc reports the collision.
  for (Scope* fs : fileScopes_) {
    for (Object* imp : fs->ordered) {
      if (Object* other = pkg_.scope->lookupLocal(imp->name)) {
        auto* spec = static_cast<ImportSpec*>(imp->decl);
        error(other->pos, other->name + " already declared through import of package " + imp->name + " (\"" +
                              spec->path + "\")");
      }
    }
  }
}

// Declares the objects of one file: package-level ones in the package scope, imports in
// fileScope.
void Checker::collectFile(File* file, Scope* fileScope) {
  auto addDecl = [&](Object* obj) {
    auto* d = new DeclInfo;
    d->obj = obj;
    d->fileScope = fileScope;
    decls_[obj] = d;
    declOrder_.push_back(d);
    return d;
  };
  for (Decl* decl : file->decls) {
    if (auto* fd = decl->as<FuncDecl>()) {
      Object* obj = newObject(ObjKind::Func, fd->name->name, fd->name->pos, nullptr);
      obj->decl = fd;
      fd->obj = obj;
      fd->name->obj = obj;
      addDecl(obj)->funcDecl = fd;
      if (fd->recv) {
        obj->isMethod = true;
        if (Ident* base = receiverBase(fd)) methodDecls_[base->name].push_back(fd);
      } else if (fd->name->name == "init") {
        pkg_.inits.push_back(fd);
      } else if (fd->name->name != "_") {
        declare(pkg_.scope, fd->name, obj);
      }
      continue;
    }
    auto* gd = decl->as<GenDecl>();
    if (!gd) continue;
    ValueSpec* lastWithValues = nullptr;
    for (size_t specIndex = 0; specIndex < gd->specs.size(); ++specIndex) {
      Spec* spec = gd->specs[specIndex];
      if (auto* is = spec->as<ImportSpec>()) {
        bool unsupported = is->path == "C" || is->path == "unsafe";
        Package* imported = unsupported ? nullptr : importer_.import(is->path);
        if (unsupported) {
          error(is->pathPos, "goro: import \"" + is->path + "\" is not supported");
        } else if (!imported) {
          error(is->pathPos, looksLikeStd(is->path)
                                 ? "goro: package " + is->path + " is not supported"
                                 : "package " + is->path + " is not in std");
        } else if (std::find(pkg_.imports.begin(), pkg_.imports.end(), imported) == pkg_.imports.end()) {
          pkg_.imports.push_back(imported);
        }
        if (is->name && is->name->name == ".") {
          error(is->name->pos, "goro: dot imports are not supported");
          continue;
        }
        if (is->name && is->name->name == "_") continue;
        // A package that failed to import still gets its name, so that its uses are
        // not reported again as undefined (its selectors are silently invalid).
        Pos pos = is->name ? is->name->pos : is->pathPos;
        std::string name = is->name ? is->name->name
                         : imported ? imported->name : is->path.substr(is->path.rfind('/') + 1);
        Object* obj = newObject(ObjKind::PkgName, name, pos, nullptr);
        obj->imported = imported;
        obj->used = !imported;
        obj->decl = is;
        is->obj = obj;
        if (is->name) {
          is->name->obj = obj;
          declare(fileScope, is->name, obj);
        } else {
          Ident synthetic(pos);
          synthetic.name = name;
          declare(fileScope, &synthetic, obj);
        }
      } else if (auto* vs = spec->as<ValueSpec>()) {
        bool isConst = gd->tok == DeclTok::Const;
        if (isConst && (!vs->values.empty() || vs->typeExpr)) lastWithValues = vs;
        for (size_t i = 0; i < vs->names.size(); ++i) {
          Ident* name = vs->names[i];
          Object* obj = newObject(isConst ? ObjKind::Const : ObjKind::Var, name->name, name->pos, nullptr);
          obj->decl = vs;
          obj->isGlobal = !isConst;
          name->obj = name->name == "_" ? nullptr : obj;
          DeclInfo* d = addDecl(obj);
          d->valueSpec = vs;
          d->constInit = isConst ? lastWithValues : nullptr;
          d->nameIndex = static_cast<int>(i);
          d->iota = static_cast<int>(specIndex);
          if (!isConst) specDecls_[vs].push_back(d);
          declare(pkg_.scope, name, obj);
        }
      } else if (auto* ts = spec->as<TypeSpec>()) {
        Object* obj = newObject(ObjKind::TypeName, ts->name->name, ts->name->pos, nullptr);
        obj->decl = ts;
        if (!ts->isAlias) obj->type = types_.newNamed(ts->name->name, pkg_.path);
        ts->name->obj = obj;
        addDecl(obj)->typeSpec = ts;
        declare(pkg_.scope, ts->name, obj);
      }
    }
  }
}

// ---------------------------------------------------------------- package-level objects

void Checker::objDecl(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;
  DeclInfo& d = *it->second;
  if (d.state == DeclInfo::State::Done) return;
  if (d.state == DeclInfo::State::InProgress) {
    // Named types may refer to themselves (through pointers etc.); requireComplete
    // reports the invalid cycles. Constants and variables may not.
    if (obj->kind == ObjKind::Const || (obj->kind == ObjKind::Var && !obj->type)) {
      auto from = std::find(declPath_.begin(), declPath_.end(), obj);
      reportInitCycle(std::vector<Object*>(from, declPath_.end()));
      d.state = DeclInfo::State::Done;
    }
    return;
  }
  d.state = DeclInfo::State::InProgress;
  declPath_.push_back(obj);
  Scope* savedFile = scope_;
  DeclInfo* savedDecl = curDecl_;
  FuncCtx* savedFunc = func_;
  std::optional<int64_t> savedIota = iota_;
  scope_ = d.fileScope;
  curDecl_ = &d;
  func_ = nullptr;
  iota_.reset();
  switch (obj->kind) {
    case ObjKind::Const: constDecl(d); break;
    case ObjKind::Var: varDecl(d); break;
    case ObjKind::TypeName: typeDecl(d); break;
    case ObjKind::Func: funcDecl(d); break;
    default: break;
  }
  d.state = DeclInfo::State::Done;
  declPath_.pop_back();
  scope_ = savedFile;
  curDecl_ = savedDecl;
  func_ = savedFunc;
  iota_ = savedIota;
}

void Checker::constDecl(DeclInfo& d) {
  Object* obj = d.obj;
  ValueSpec* init = d.constInit;
  iota_ = d.iota;
  const Type* declared = nullptr;
  if (init && init->typeExpr) {
    declared = resolveType(init->typeExpr);
    if (declared && !declared->under()->isUntyped() && declared->ukind() > Kind::UnsafePointer) {
      error(init->typeExpr->pos, "invalid constant type " + typeStr(declared));
      declared = nullptr;
    }
  }
  if (!init || d.nameIndex >= static_cast<int>(init->values.size())) {
    error(d.valueSpec->names[d.nameIndex]->pos, "missing init expr for const declaration");
    return;
  }
  if (d.valueSpec == init && d.nameIndex == static_cast<int>(init->names.size()) - 1 &&
      init->values.size() > init->names.size()) {
    error(init->values[init->names.size()]->pos, "extra init expr");
  }
  Expr* e = init->values[d.nameIndex];
  expr(e, declared);
  if (e->mode == Mode::Invalid) return;
  if (e->mode != Mode::Constant) {
    error(e->pos, operandStr(e) + " is not constant");
    return;
  }
  if (declared && !assign(e, declared, "constant declaration")) return;
  obj->type = e->type;
  obj->value = e->value;
}

void Checker::varDecl(DeclInfo& d) {
  ValueSpec* spec = d.valueSpec;
  const std::vector<DeclInfo*>& infos = specDecls_[spec];
  std::vector<Object*> vars;
  for (DeclInfo* other : infos) vars.push_back(other->obj);
  for (DeclInfo* other : infos) other->state = DeclInfo::State::InProgress;
  const Type* declared = spec->typeExpr ? resolveType(spec->typeExpr) : nullptr;
  if (spec->typeExpr && !declared) {
    for (DeclInfo* other : infos) other->state = DeclInfo::State::Done;
    return;
  }
  // With a declared type, references from (cyclic) initializers already see it; the
  // initialization order then reports the cycle.
  for (Object* v : vars) v->type = declared;
  initVars(vars, spec, declared);
  for (DeclInfo* other : infos) {
    other->state = DeclInfo::State::Done;
    if (other != &d) other->deps = d.deps;
  }
}

void Checker::initVars(const std::vector<Object*>& vars, ValueSpec* spec, const Type* declared) {
  const auto& values = spec->values;
  if (values.empty()) {
    for (Object* v : vars) v->type = declared;
    return;
  }
  if (values.size() == vars.size()) {
    for (size_t i = 0; i < vars.size(); ++i) {
      Expr* e = values[i];
      expr(e, declared);
      // After an error in the initializer, gc does not also report the variable unused.
      if (e->mode == Mode::Invalid) {
        vars[i]->type = declared;
        vars[i]->used = true;
        continue;
      }
      if (declared) {
        if (!assign(e, declared, "variable declaration")) vars[i]->used = true;
        vars[i]->type = declared;
        continue;
      }
      if (e->type->kind == Kind::UntypedNil) {
        error(e->pos, "use of untyped nil in variable declaration");
        vars[i]->used = true;
        continue;
      }
      if (e->type->isUntyped()) assign(e, defaultType(e->type), "variable declaration");
      vars[i]->type = defaultType(e->type);
    }
    return;
  }
  if (values.size() == 1) {
    Expr* e = values[0];
    rawExpr(e, nullptr);
    if (e->mode == Mode::Invalid || (e->mode != Mode::TypeExpr && !e->type)) {
      for (Object* v : vars) v->used = true;
      if (e->mode != Mode::Invalid) singleValue(e);
      return;
    }
    std::vector<const Type*> types;
    if (e->type && e->type->kind == Kind::Tuple) {
      types = e->type->elems;
    } else if ((e->mode == Mode::MapIndex || e->mode == Mode::CommaOk) && vars.size() == 2) {
      types = {e->type, types_.basic(Kind::Bool)};
    }
    if (types.size() != vars.size()) {
      size_t n = e->type && e->type->kind == Kind::Tuple ? e->type->elems.size() : 1;
      for (Object* v : vars) v->used = true;
      error(e->pos, assignMismatch(values, vars.size(), n));
      return;
    }
    for (size_t i = 0; i < vars.size(); ++i) {
      if (declared && types[i] != declared) {
        std::string reason;
        // A tuple element is assignable like a value of its type.
        BadExpr probe(e->pos);
        probe.mode = Mode::Value;
        probe.type = types[i];
        if (!assignableTo(&probe, declared, &reason)) {
          error(e->pos, "cannot use " + exprStr(e) + " (value of type " + typeStr(types[i]) + ") as " +
                            typeStr(declared) + " value in assignment" + reason);
        }
      }
      vars[i]->type = declared ? declared : types[i];
    }
    return;
  }
  for (Object* v : vars) v->used = true;
  if (values.size() > vars.size()) {
    error(values[vars.size()]->pos, "extra init expr " + exprStr(values[vars.size()]));
  } else {
    error(values[0]->pos, assignMismatch(values, vars.size(), values.size()));
  }
  for (size_t i = 0; i < values.size(); ++i) expr(values[i], declared);
}

void Checker::typeDecl(DeclInfo& d) {
  TypeSpec* ts = d.typeSpec;
  Object* obj = d.obj;
  if (ts->isAlias) {
    obj->type = resolveType(ts->typeExpr);
    return;
  }
  auto* named = const_cast<Type*>(obj->type);
  typePath_.push_back(obj);
  const Type* u = resolveType(ts->typeExpr);
  if (u && !requireComplete(u, ts->typeExpr->pos)) u = nullptr;
  typePath_.pop_back();
  types_.complete(named, u ? u : types_.basic(Kind::Invalid));
  collectMethods(named, ts);
  if (typePath_.empty()) {
    while (!pendingTypes_.empty()) {
      Object* next = pendingTypes_.back();
      pendingTypes_.pop_back();
      objDecl(next);
    }
  }
}

// Resolves the signatures of the methods declared on `named` and adds them to its method
// list (declaration order), rejecting duplicates and field/method collisions.
void Checker::collectMethods(Type* named, const TypeSpec* ts) {
  const std::string& name = ts->name->name;
  // Where the type's own struct literal declares a field (for "other declaration of").
  auto fieldPos = [&](const std::string& field) -> std::optional<Pos> {
    const auto* st = ts->typeExpr->as<StructType>();
    if (!st || !st->fields) return std::nullopt;
    for (const Field* f : st->fields->list) {
      for (const Ident* n : f->names)
        if (n->name == field) return n->pos;
      if (f->names.empty()) {
        const Expr* t = f->typeExpr->is<StarExpr>() ? static_cast<const StarExpr*>(f->typeExpr)->x : f->typeExpr;
        const Expr* last = t->is<SelectorExpr>() ? static_cast<const SelectorExpr*>(t)->sel : t;
        if (exprStr(last) == field) return f->typeExpr->pos;
      }
    }
    return std::nullopt;
  };
  auto it = methodDecls_.find(name);
  if (it == methodDecls_.end()) return;
  for (FuncDecl* fd : it->second) {
    Object* obj = fd->obj;
    DeclInfo* d = decls_[obj];
    d->state = DeclInfo::State::InProgress;
    Scope* scope = newScope(d->fileScope, true);
    fd->scope = scope;
    const Type* sig = funcSignature(fd->sig, scope, fd);
    obj->type = sig;
    d->state = DeclInfo::State::Done;
    if (!sig) continue;
    bool ptrRecv = false;
    if (!fd->recv->list.empty()) {
      Expr* rt = fd->recv->list[0]->typeExpr;
      while (auto* p = rt->as<ParenExpr>()) rt = p->x;
      ptrRecv = rt->is<StarExpr>();
    }
    const Type* u = named->under();
    if (u->kind == Kind::Pointer || u->kind == Kind::Interface) {
      error(fd->recv->list[0]->typeExpr->pos, "invalid receiver type " + name + " (pointer or interface type)");
      continue;
    }
    if (fd->name->name != "_") {
      bool dup = false;
      for (const Method& m : named->methods) {
        if (m.name == fd->name->name) {
          error(fd->name->pos, name + "." + fd->name->name + " redeclared in this block\n\t" +
                                   posStr(m.obj->pos) + ": other declaration of " + fd->name->name);
          dup = true;
        }
      }
      if (u->kind == Kind::Struct) {
        for (const StructField& f : u->fields) {
          if (f.name == fd->name->name) {
            std::string msg = "field and method with the same name " + f.name;
            if (auto where = fieldPos(f.name)) msg += "\n\t" + posStr(*where) + ": other declaration of " + f.name;
            error(fd->name->pos, msg);
            dup = true;
          }
        }
      }
      if (dup) continue;
    }
    Method m;
    m.name = fd->name->name;
    m.sig = sig;
    m.ptrRecv = ptrRecv;
    m.obj = obj;
    named->methods.push_back(m);
    obj->isNative = !fd->body && isStdlib_;
    if (!fd->body && !isStdlib_) error(fd->name->pos, "missing function body");
    bodies_.push_back({fd, scope});
  }
  methodDecls_.erase(it);
}

void Checker::funcDecl(DeclInfo& d) {
  FuncDecl* fd = d.funcDecl;
  Object* obj = d.obj;
  if (fd->recv) {
    Ident* base = receiverBase(fd);
    Object* baseObj = base ? scope_->lookup(base->name) : nullptr;
    if (baseObj && baseObj->kind == ObjKind::TypeName && decls_.count(baseObj)) {
      d.state = DeclInfo::State::Done;  // collectMethods checks it with its type
      objDecl(baseObj);
      return;
    }
    Pos pos = base ? base->pos : fd->recv->pos;
    if (!base) {
      error(pos, "invalid receiver type");
    } else if (baseObj && baseObj->kind == ObjKind::TypeName) {
      error(pos, "cannot define new methods on non-local type " + base->name);
    } else if (baseObj) {
      error(pos, base->name + " is not a type");
    } else {
      error(pos, "undefined: " + base->name);
    }
    return;
  }
  Scope* scope = newScope(d.fileScope, true);
  fd->scope = scope;
  const Type* sig = funcSignature(fd->sig, scope, fd);
  obj->type = sig;
  if (!sig) return;
  const std::string& name = fd->name->name;
  if ((name == "init" || (name == "main" && pkg_.name == "main")) &&
      (!sig->params.empty() || !sig->results.empty())) {
    error(fd->name->pos, "func " + name + " must have no arguments and no return values");
  }
  if (!fd->body) {
    if (isStdlib_) obj->isNative = true;
    else error(fd->name->pos, "missing function body");
    return;
  }
  bodies_.push_back({fd, scope});
}

void Checker::checkFuncBodies() {
  // Methods whose receiver type was never checked (declared on an unknown or foreign type).
  std::vector<FuncDecl*> orphans;
  for (auto& [name, list] : methodDecls_)
    for (FuncDecl* fd : list) orphans.push_back(fd);
  for (FuncDecl* fd : orphans) objDecl(fd->obj);
  for (; bodiesChecked_ < bodies_.size(); ++bodiesChecked_) {
    auto [fd, scope] = bodies_[bodiesChecked_];
    if (!fd->body || !fd->obj->type) continue;
    curDecl_ = decls_[fd->obj];
    // A REPL input's statements run in the session's file scope: see declare().
    funcBody(fd, fd->obj->type, fd == replStatements_ ? replScope_ : scope, fd->body);
    curDecl_ = nullptr;
  }
}

void Checker::reportUnusedImports() {
  for (Scope* fs : fileScopes_) {
    for (Object* obj : fs->ordered) {
      if (obj->kind != ObjKind::PkgName || obj->used) continue;
      auto* is = static_cast<ImportSpec*>(obj->decl);
      // Current gc's wording (Go 1.19 says `imported and not used: "os"`).
      std::string msg = "\"" + is->path + "\" imported";
      if (is->name) msg += " as " + is->name->name;
      error(is->name ? is->name->pos : is->pathPos, msg + " and not used");
    }
  }
}

// Go's rule: repeatedly initialize the earliest variable in declaration order that does
// not depend on an uninitialized variable. Dependencies through functions and methods
// count; they are expanded transitively here. Variables declared before declOrder_[firstDecl]
// are initialized already (a REPL session's earlier inputs).
void Checker::computeInitOrder(size_t firstDecl) {
  std::vector<ValueSpec*> specs;
  std::map<ValueSpec*, std::set<Object*>> needs;
  std::set<Object*> initialized;
  for (size_t i = 0; i < declOrder_.size(); ++i) {
    DeclInfo* d = declOrder_[i];
    if (d->obj->kind != ObjKind::Var) continue;
    if (i < firstDecl) {
      initialized.insert(d->obj);
      continue;
    }
    ValueSpec* spec = d->valueSpec;
    if (needs.count(spec) == 0) specs.push_back(spec);
    std::set<Object*>& vars = needs[spec];
    std::set<Object*> seenFuncs;
    std::vector<Object*> work(d->deps.begin(), d->deps.end());
    while (!work.empty()) {
      Object* o = work.back();
      work.pop_back();
      if (o->kind == ObjKind::Var) {
        vars.insert(o);
        continue;
      }
      if (!seenFuncs.insert(o).second) continue;
      auto it = decls_.find(o);
      if (it != decls_.end()) work.insert(work.end(), it->second->deps.begin(), it->second->deps.end());
    }
  }
  // Cycles: report each once, from its first variable (unless the declarations already
  // did), through the functions on the way, as gc does.
  for (size_t i = firstDecl; i < declOrder_.size(); ++i) {
    DeclInfo* d = declOrder_[i];
    if (d->obj->kind != ObjKind::Var || initCycleReported_.count(d->obj)) continue;
    std::set<Object*> seen;
    std::vector<Object*> cycle = dependencyPath(d->obj, d->obj, seen);
    if (!cycle.empty()) reportInitCycle(cycle);
  }
  std::set<ValueSpec*> done;
  auto markDone = [&](ValueSpec* spec) {
    done.insert(spec);
    pkg_.varInitOrder.push_back(spec);
    for (DeclInfo* d : specDecls_[spec]) initialized.insert(d->obj);
  };
  while (done.size() < specs.size()) {
    ValueSpec* ready = nullptr;
    for (ValueSpec* spec : specs) {
      if (done.count(spec)) continue;
      bool ok = true;
      for (Object* v : needs[spec]) {
        if (!initialized.count(v)) {
          auto it = decls_.find(v);
          // (Not in decls_: a REPL session's statement variable, set when its input ran.)
          if (it != decls_.end() && it->second->valueSpec != spec) ok = false;
        }
      }
      if (ok) {
        ready = spec;
        break;
      }
    }
    if (!ready) {
      // After a reported cycle, or with a cycle between specs that is none between
      // variables (`var a, b = 0, c; var c = a`), the rest goes in spec order.
      for (ValueSpec* spec : specs)
        if (!done.count(spec)) markDone(spec);
      break;
    }
    markDone(ready);
  }
}

// A path of package-level dependencies from `from` to `to` (which ends it), depth first:
// [from, d1, d2, ...] where `from` refers to d1, d1 to d2 and the last one to `to`.
std::vector<Object*> Checker::dependencyPath(Object* from, Object* to, std::set<Object*>& seen) {
  if (!seen.insert(from).second) return {};
  auto it = decls_.find(from);
  if (it == decls_.end()) return {};
  for (Object* dep : it->second->deps) {
    if (dep == to) return {from};
    std::vector<Object*> rest = dependencyPath(dep, to, seen);
    if (!rest.empty()) {
      rest.insert(rest.begin(), from);
      return rest;
    }
  }
  return {};
}

// gc's "initialization loop" report: cycle[0] refers to cycle[1], ..., the last to cycle[0].
void Checker::reportInitCycle(const std::vector<Object*>& cycle) {
  std::string msg = "initialization loop for " + cycle[0]->name;
  for (Object* o : cycle) msg += "\n\t" + posStr(o->pos) + ": " + o->name + " refers to";
  msg += "\n\t" + posStr(cycle[0]->pos) + ": " + cycle[0]->name;
  error(cycle[0]->pos, msg);
  initCycleReported_.insert(cycle.begin(), cycle.end());
}

// ---------------------------------------------------------------- local declarations

void Checker::localDecl(GenDecl* gd, Scope* scope) {
  ValueSpec* lastWithValues = nullptr;
  for (size_t specIndex = 0; specIndex < gd->specs.size(); ++specIndex) {
    Spec* spec = gd->specs[specIndex];
    if (auto* ts = spec->as<TypeSpec>()) {
      Object* obj = newObject(ObjKind::TypeName, ts->name->name, ts->name->pos, nullptr);
      obj->decl = ts;
      ts->name->obj = obj;
      if (ts->isAlias) {
        obj->type = resolveType(ts->typeExpr);
        declare(scope, ts->name, obj);
        continue;
      }
      Type* named = types_.newNamed(ts->name->name, pkg_.path);
      obj->type = named;
      declare(scope, ts->name, obj);  // the type is in scope in its own definition
      typePath_.push_back(obj);
      const Type* u = resolveType(ts->typeExpr);
      if (u && !requireComplete(u, ts->typeExpr->pos)) u = nullptr;
      typePath_.pop_back();
      types_.complete(named, u ? u : types_.basic(Kind::Invalid));
      continue;
    }
    auto* vs = spec->as<ValueSpec>();
    if (!vs) continue;
    if (gd->tok == DeclTok::Const) {
      if (!vs->values.empty() || vs->typeExpr) lastWithValues = vs;
      std::vector<Object*> objs;
      for (size_t i = 0; i < vs->names.size(); ++i) {
        Object* obj = newObject(ObjKind::Const, vs->names[i]->name, vs->names[i]->pos, nullptr);
        obj->decl = vs;
        DeclInfo d;
        d.obj = obj;
        d.valueSpec = vs;
        d.constInit = lastWithValues;
        d.nameIndex = static_cast<int>(i);
        d.iota = static_cast<int>(specIndex);
        std::optional<int64_t> savedIota = iota_;
        constDecl(d);
        iota_ = savedIota;
        objs.push_back(obj);
      }
      for (size_t i = 0; i < vs->names.size(); ++i) {
        vs->names[i]->obj = vs->names[i]->name == "_" ? nullptr : objs[i];
        declare(scope, vs->names[i], objs[i]);
      }
      continue;
    }
    std::vector<Object*> vars;
    for (Ident* name : vs->names) vars.push_back(newLocalVar(name, nullptr, vs));
    const Type* declared = vs->typeExpr ? resolveType(vs->typeExpr) : nullptr;
    if (!vs->typeExpr || declared) initVars(vars, vs, declared);
    for (size_t i = 0; i < vars.size(); ++i) declare(scope, vs->names[i], vars[i]);
  }
}

}  // namespace goro::checker

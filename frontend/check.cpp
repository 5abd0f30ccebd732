// The checker's entry point, the universe scope and the message helpers (gc's spelling
// of expressions, operands and type lists).
#include <algorithm>
#include <cctype>

#include "frontend/checker.h"

namespace goro {

namespace {

Object* universeObject(Scope* scope, ObjKind kind, const std::string& name, const Type* type) {
  auto* obj = new Object;  // universe objects live as long as the process
  obj->kind = kind;
  obj->name = name;
  obj->type = type;
  scope->names[name] = obj;
  scope->ordered.push_back(obj);
  return obj;
}

}  // namespace

Scope* universeScope() {
  static Scope* universe = [] {
    auto* s = new Scope;
    TypeTable& tt = TypeTable::get();
    const std::pair<const char*, Kind> basics[] = {
        {"bool", Kind::Bool},       {"int", Kind::Int},         {"int8", Kind::Int8},
        {"int16", Kind::Int16},     {"int32", Kind::Int32},     {"int64", Kind::Int64},
        {"uint", Kind::Uint},       {"uint8", Kind::Uint8},     {"uint16", Kind::Uint16},
        {"uint32", Kind::Uint32},   {"uint64", Kind::Uint64},   {"uintptr", Kind::Uintptr},
        {"float32", Kind::Float32}, {"float64", Kind::Float64}, {"complex64", Kind::Complex64},
        {"complex128", Kind::Complex128}, {"string", Kind::String},
        {"byte", Kind::Uint8},      {"rune", Kind::Int32},
    };
    for (const auto& [name, kind] : basics) universeObject(s, ObjKind::TypeName, name, tt.basic(kind));
    universeObject(s, ObjKind::TypeName, "error", tt.errorType());
    universeObject(s, ObjKind::TypeName, "any", tt.emptyInterface());
    universeObject(s, ObjKind::Const, "true", tt.basic(Kind::UntypedBool))->value = Constant::makeBool(true);
    universeObject(s, ObjKind::Const, "false", tt.basic(Kind::UntypedBool))->value = Constant::makeBool(false);
    universeObject(s, ObjKind::Const, "iota", tt.basic(Kind::UntypedInt))->value = Constant::makeInt64(0);
    universeObject(s, ObjKind::Nil, "nil", tt.basic(Kind::UntypedNil));
    const std::pair<const char*, BuiltinId> builtins[] = {
        {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"clear", BuiltinId::Clear},
        {"close", BuiltinId::Close},   {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
        {"delete", BuiltinId::Delete}, {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
        {"make", BuiltinId::Make},     {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
        {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
        {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
    };
    for (const auto& [name, id] : builtins) universeObject(s, ObjKind::Builtin, name, nullptr)->builtin = id;
    return s;
  }();
  return universe;
}

bool checkPackage(Package& pkg, Importer& importer, Diagnostics& diags) {
  checker::Checker c(pkg, importer, diags);
  return c.run();
}

namespace checker {

Checker::Checker(Package& pkg, Importer& importer, Diagnostics& diags)
    : pkg_(pkg), importer_(importer), diags_(diags), types_(TypeTable::get()) {
  isStdlib_ = pkg.native != nullptr;
  for (File* f : pkg.files) filePaths_[f->pos.file] = f->path;
}

bool Checker::run() {
  size_t before = diags_.count();
  collectObjects();
  for (DeclInfo* d : declOrder_) objDecl(d->obj);
  checkFuncBodies();
  reportUnusedImports();
  computeInitOrder();
  if (pkg_.name == "main" && pkg_.path == "main" && !pkg_.scope->lookupLocal("main")) {
    Pos pos = pkg_.files.empty() ? Pos{} : pkg_.files.front()->pos;
    error(pos, "function main is undeclared in the main package");
  }
  return diags_.count() == before;
}

bool Checker::startRepl() {
  size_t before = diags_.count();
  collectObjects();
  replScope_ = fileScopes_.front();
  for (DeclInfo* d : declOrder_) objDecl(d->obj);
  checkFuncBodies();
  computeInitOrder();
  return diags_.count() == before;
}

bool Checker::runMore(File* file, FuncDecl* statements, ExprStmt* shown) {
  size_t before = diags_.count();
  size_t firstDecl = declOrder_.size();
  for (File* f : pkg_.files) filePaths_[f->pos.file] = f->path;
  collectFile(file, replScope_);
  for (size_t i = firstDecl; i < declOrder_.size(); ++i) objDecl(declOrder_[i]->obj);
  // Methods declared on a type of an earlier input: that type is checked already.
  std::vector<Object*> typesWithNewMethods;
  for (auto& [name, list] : methodDecls_)
    if (Object* t = pkg_.scope->lookupLocal(name); t && t->kind == ObjKind::TypeName && t->type && t->type->isNamed() &&
                                                   decls_.count(t) && decls_[t]->state == DeclInfo::State::Done)
      typesWithNewMethods.push_back(t);
  scope_ = replScope_;
  for (Object* t : typesWithNewMethods)
    collectMethods(const_cast<Type*>(t->type), static_cast<const TypeSpec*>(t->decl));
  scope_ = nullptr;
  replStatements_ = statements;
  replShown_ = shown;
  checkFuncBodies();
  replStatements_ = nullptr;
  replShown_ = nullptr;
  computeInitOrder(firstDecl);
  return diags_.count() == before;
}

// ---------------------------------------------------------------- messages

void Checker::error(Pos pos, std::string msg) { diags_.error(pos, std::move(msg)); }

std::string Checker::typeStr(const Type* t) const {
  if (!t) return "invalid type";
  auto it = spelled_.find(t);
  return it != spelled_.end() ? it->second : t->messageString(pkg_.path);
}

namespace {

// Replaces the identifiers byte and rune in a type's source text by uint8 and int32.
std::string canonicalAliases(const std::string& text, bool* mentioned) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool wordStart = i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_');
    auto matches = [&](const char* w, size_t n) {
      return text.compare(i, n, w) == 0 &&
             (i + n == text.size() || !(std::isalnum(static_cast<unsigned char>(text[i + n])) || text[i + n] == '_'));
    };
    if (wordStart && matches("byte", 4)) {
      out += "uint8";
      i += 4;
      *mentioned = true;
    } else if (wordStart && matches("rune", 4)) {
      out += "int32";
      i += 4;
      *mentioned = true;
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

void Checker::noteSpelling(const Expr* typeExpr, const Type* t) {
  if (!t) return;
  std::string text = exprStr(typeExpr);
  bool mentioned = false;
  std::string canonical = canonicalAliases(text, &mentioned);
  // Only when the source text is exactly gc's spelling up to the aliases.
  if (mentioned && canonical == t->messageString(pkg_.path)) spelled_[t] = text;
}

std::string Checker::posStr(Pos pos) const {
  auto it = filePaths_.find(pos.file);
  std::string path = it == filePaths_.end() ? "?" : it->second;
  // gc names files relative to the current directory with a leading "./".
  if (!path.empty() && path[0] != '/' && path[0] != '$' && path.rfind("./", 0) != 0 &&
      path.rfind("../", 0) != 0)
    path = "./" + path;
  return path + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

// types2's ObjectString, for the objects a message can name: "var x int".
std::string Checker::objectStr(const Object* obj) const {
  switch (obj->kind) {
    case ObjKind::Const: return "const " + obj->name + " " + typeStr(obj->type);
    case ObjKind::TypeName: return "type " + obj->name + " " + typeStr(obj->type ? obj->type->under() : nullptr);
    case ObjKind::Func: return "func " + obj->name + (obj->type ? typeStr(obj->type).substr(4) : "()");
    default: return "var " + obj->name + " " + typeStr(obj->type);
  }
}

namespace {

void writeExpr(std::string& out, const Expr* e);

void writeFieldList(std::string& out, const FieldList* fl, const char* sep) {
  if (!fl) return;
  for (size_t i = 0; i < fl->list.size(); ++i) {
    const Field* f = fl->list[i];
    if (i) out += sep;
    for (size_t j = 0; j < f->names.size(); ++j) {
      if (j) out += ", ";
      out += f->names[j]->name;
    }
    if (!f->names.empty()) out += " ";
    writeExpr(out, f->typeExpr);
  }
}

void writeSignature(std::string& out, const FuncType* ft) {
  out += "(";
  writeFieldList(out, ft->params, ", ");
  out += ")";
  if (!ft->results || ft->results->list.empty()) return;
  out += " ";
  const auto& rl = ft->results->list;
  if (rl.size() == 1 && rl[0]->names.empty()) {
    writeExpr(out, rl[0]->typeExpr);
  } else {
    out += "(";
    writeFieldList(out, ft->results, ", ");
    out += ")";
  }
}

// go/types' ExprString: the shape of the source with normalised spacing.
void writeExpr(std::string& out, const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case NodeKind::Ident: out += static_cast<const Ident*>(e)->name; break;
    case NodeKind::BasicLit: out += static_cast<const BasicLit*>(e)->text; break;
    case NodeKind::FuncLit:
      out += "(func";
      writeSignature(out, static_cast<const FuncLit*>(e)->sig);
      out += " literal)";
      break;
    case NodeKind::CompositeLit:
      writeExpr(out, static_cast<const CompositeLit*>(e)->typeExpr);
      out += static_cast<const CompositeLit*>(e)->elts.empty() ? "{}" : "{\u2026}";
      break;
    case NodeKind::ParenExpr:
      out += "(";
      writeExpr(out, static_cast<const ParenExpr*>(e)->x);
      out += ")";
      break;
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<const SelectorExpr*>(e);
      writeExpr(out, s->x);
      out += "." + s->sel->name;
      break;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(e);
      writeExpr(out, ix->x);
      out += "[";
      writeExpr(out, ix->index);
      out += "]";
      break;
    }
    case NodeKind::SliceExpr: {
      auto* s = static_cast<const SliceExpr*>(e);
      writeExpr(out, s->x);
      out += "[";
      writeExpr(out, s->lo);
      out += ":";
      writeExpr(out, s->hi);
      if (s->slice3) {
        out += ":";
        writeExpr(out, s->max);
      }
      out += "]";
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = static_cast<const TypeAssertExpr*>(e);
      writeExpr(out, t->x);
      out += ".(";
      if (t->typeExpr) writeExpr(out, t->typeExpr);
      else out += "type";
      out += ")";
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(e);
      writeExpr(out, c->fun);
      out += "(";
      for (size_t i = 0; i < c->args.size(); ++i) {
        if (i) out += ", ";
        writeExpr(out, c->args[i]);
      }
      if (c->hasEllipsis) out += "...";
      out += ")";
      break;
    }
    case NodeKind::StarExpr:
      out += "*";
      writeExpr(out, static_cast<const StarExpr*>(e)->x);
      break;
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(e);
      out += tokString(u->op);
      writeExpr(out, u->x);
      break;
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      writeExpr(out, b->x);
      out += std::string(" ") + tokString(b->op) + " ";
      writeExpr(out, b->y);
      break;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(e);
      writeExpr(out, kv->key);
      out += ": ";
      writeExpr(out, kv->value);
      break;
    }
    case NodeKind::ArrayType: {
      auto* a = static_cast<const ArrayType*>(e);
      out += "[";
      if (a->len && a->len->is<Ellipsis>()) out += "...";
      else writeExpr(out, a->len);
      out += "]";
      writeExpr(out, a->elem);
      break;
    }
    case NodeKind::StructType:
      out += "struct{";
      writeFieldList(out, static_cast<const StructType*>(e)->fields, "; ");
      out += "}";
      break;
    case NodeKind::FuncType:
      out += "func";
      writeSignature(out, static_cast<const FuncType*>(e));
      break;
    case NodeKind::InterfaceType: {
      out += "interface{";
      const FieldList* fl = static_cast<const InterfaceType*>(e)->methods;
      if (fl) {
        for (size_t i = 0; i < fl->list.size(); ++i) {
          const Field* f = fl->list[i];
          if (i) out += "; ";
          if (f->names.empty()) {
            writeExpr(out, f->typeExpr);
          } else if (const auto* ft = f->typeExpr ? f->typeExpr->as<FuncType>() : nullptr) {
            out += f->names[0]->name;
            writeSignature(out, ft);
          }
        }
      }
      out += "}";
      break;
    }
    case NodeKind::MapType: {
      auto* m = static_cast<const MapType*>(e);
      out += "map[";
      writeExpr(out, m->key);
      out += "]";
      writeExpr(out, m->value);
      break;
    }
    case NodeKind::ChanType: {
      auto* c = static_cast<const ChanType*>(e);
      out += c->dir == ChanDir::Send ? "chan<- " : c->dir == ChanDir::Recv ? "<-chan " : "chan ";
      writeExpr(out, c->value);
      break;
    }
    case NodeKind::Ellipsis:
      out += "...";
      writeExpr(out, static_cast<const Ellipsis*>(e)->elt);
      break;
    default:
      out += "BadExpr";
  }
}

const char* modeName(Mode m) {
  switch (m) {
    case Mode::Invalid: return "invalid operand";
    case Mode::NoValue: return "no value";
    case Mode::Builtin: return "built-in";
    case Mode::TypeExpr: return "type";
    case Mode::Constant: return "constant";
    case Mode::Variable: return "variable";
    case Mode::MapIndex: return "map index expression";
    case Mode::CommaOk: return "comma, ok expression";
    default: return "value";
  }
}

}  // namespace

std::string Checker::exprStr(const Expr* e) {
  std::string out;
  writeExpr(out, e);
  return out;
}

// types2's operand.String: `expr (untyped int constant 301)`, `x (variable of type T)`.
std::string Checker::operandStr(const Expr* e) const {
  if (e->type && e->type->kind == Kind::UntypedNil) return "nil";
  std::string expr = exprStr(e);
  std::string out = expr + " (";
  bool hasType = false;
  if (e->mode != Mode::Invalid && e->mode != Mode::NoValue && e->mode != Mode::Builtin &&
      e->mode != Mode::TypeExpr && e->type) {
    if (e->type->isUntyped()) {
      out += typeStr(e->type) + " ";
    } else {
      hasType = true;
    }
  }
  out += modeName(e->mode);
  if (e->mode == Mode::Constant) {
    std::string v = e->value.toString();
    if (v != expr) out += " " + v;
  }
  if (hasType) {
    // Indexing a string yields a byte, and gc says so.
    auto* ix = e->as<IndexExpr>();
    bool stringByte = ix && ix->x->type && ix->x->type->isString() && e->type->kind == Kind::Uint8;
    out += " of type " + (stringByte ? std::string("byte") : typeStr(e->type));
  }
  return out + ")";
}

std::string Checker::typeList(const std::vector<const Type*>& types, bool variadic) const {
  std::string out = "(";
  for (size_t i = 0; i < types.size(); ++i) {
    if (i) out += ", ";
    const Type* t = types[i];
    if (!t || t->kind == Kind::Invalid) {
      out += "<T>";
    } else if (t->isUntyped()) {
      // gc: "have (number)" rather than a specific untyped kind.
      std::string name = typeStr(t);
      out += t->isNumeric() ? "number" : name.substr(name.find(' ') + 1);
    } else if (variadic && i + 1 == types.size()) {
      out += "..." + typeStr(t->elem);
    } else {
      out += typeStr(t);
    }
  }
  return out + ")";
}

std::string Checker::assignMismatch(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals) {
  auto measure = [](size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); };
  std::string msg = "assignment mismatch: " + measure(nvars, "variable") + " but ";
  if (const CallExpr* call = rhs.size() == 1 ? unparen(rhs[0])->as<CallExpr>() : nullptr)
    msg += exprStr(call->fun) + " returns ";
  return msg + measure(nvals, "value");
}

std::string Checker::haveList(const std::vector<Expr*>& args) const {
  std::vector<const Type*> types;
  for (Expr* a : args) {
    if (a->type && a->type->kind == Kind::Tuple) {
      for (const Type* t : a->type->elems) types.push_back(t);
    } else {
      types.push_back(a->mode == Mode::Invalid ? nullptr : a->type);
    }
  }
  return typeList(types, false);
}

// ---------------------------------------------------------------- objects and scopes

// Scopes and objects are referenced from the AST, which lives until the program exits;
// like the AST's nodes they are never freed.
Scope* Checker::newScope(Scope* parent, bool isFunc) {
  auto* s = new Scope;
  s->parent = parent;
  s->isFunc = isFunc;
  return s;
}

Object* Checker::newObject(ObjKind kind, const std::string& name, Pos pos, const Type* type) {
  auto* o = new Object;
  o->kind = kind;
  o->name = name;
  o->pos = pos;
  o->type = type;
  o->pkg = &pkg_;
  return o;
}

Object* Checker::newLocalVar(Ident* name, const Type* type, Node* decl) {
  Object* o = newObject(ObjKind::Var, name->name, name->pos, type);
  o->decl = decl;
  name->obj = name->name == "_" ? nullptr : o;
  if (func_) {
    owner_[o] = func_;
    func_->locals.push_back(o);
  }
  return o;
}

void Checker::declare(Scope* scope, Ident* name, Object* obj) {
  if (name->name == "_") return;
  if (replScope_ && (scope == replScope_ || scope == pkg_.scope)) {
    // A REPL session: a variable declared at the top level of the typed statements is a
    // package-level variable, and any name may be declared again, the new object
    // replacing the old one for the inputs that follow (code compiled before keeps the old).
    if (scope == replScope_ && obj->kind == ObjKind::Var && func_ && func_ == replFunc_) {
      obj->isGlobal = true;
      std::erase(func_->locals, obj);
      owner_.erase(obj);
    }
    if (scope == pkg_.scope) replScope_->names.erase(name->name);
    scope->names[name->name] = obj;
    scope->ordered.push_back(obj);
    return;
  }
  if (Object* prev = scope->lookupLocal(name->name)) {
    std::string msg = name->name + " redeclared in this block";
    if (prev->pos.valid()) msg += "\n\t" + posStr(prev->pos) + ": other declaration of " + name->name;
    error(name->pos, msg);
    obj->used = true;  // never in scope, so gc does not report it as unused either
    return;
  }
  scope->names[name->name] = obj;
  scope->ordered.push_back(obj);
}

// A reference to obj from the code being checked: package-level dependencies for the
// initialization order, and captures of outer functions' variables by closures.
void Checker::use(Object* obj) {
  if (obj->pkg == &pkg_ && (obj->kind == ObjKind::Var || obj->kind == ObjKind::Func) && curDecl_ &&
      (obj->isGlobal || obj->kind == ObjKind::Func)) {
    curDecl_->deps.push_back(obj);
  }
  if (obj->kind == ObjKind::Var && !obj->isGlobal && func_) {
    auto it = owner_.find(obj);
    if (it != owner_.end() && it->second != func_) obj->captured = true;
  }
}

}  // namespace checker
}  // namespace goro

// The compiler's driver and function-level machinery: protos for every function and
// method (natives bound by name), prologues and epilogues, instruction emission, register
// allocation, and where variables live (registers, heap boxes, closures, global cells).
//
// Design: one pass per function over the checked AST, emitting typed register code
// directly (no IR): the checker already resolved every name and type, so the compiler's
// job is storage decisions and instruction selection. Expressions are in
// compile_expr.cpp, statements in compile_stmt.cpp.
#include <algorithm>
#include <cstdio>

#include "frontend/borrow.h"
#include "frontend/compile_internal.h"
#include "runtime/gc.h"
#include "vm/value.h"

namespace goro {

// ---------------------------------------------------------------- type helpers

bool isAggregate(const Type* t) { return t->isAggregate(); }

bool isRecyclable(const Type* t) {
  return t->isAggregate() && !t->hasPointers && t->size > 0 && t->size <= kRecycleMaxBytes;
}

bool isWordType(const Type* t) {
  switch (t->ukind()) {
    case Kind::Int: case Kind::Int64: case Kind::Uint: case Kind::Uint64: case Kind::Uintptr:
    case Kind::Float64: case Kind::String: case Kind::UnsafePointer: case Kind::Slice: case Kind::Pointer:
    case Kind::Func: case Kind::Interface: case Kind::Map: case Kind::Chan:
      return true;
    default: return false;
  }
}

bool isSigned(const Type* t) { return t->isInteger() && !t->isUnsigned(); }

const Type* elemOf(const Type* t) {
  const Type* u = t->under();
  if (u->kind == Kind::Pointer) u = u->elem->under();
  if (u->kind == Kind::String) return TypeTable::get().basic(Kind::Uint8);
  return u->elem;
}

std::string quoteGo(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  out += '"';
  return out;
}

namespace {

bool anyDefer(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list)
    if (containsDefer(s)) return true;
  return false;
}

}  // namespace

bool containsDefer(const Stmt* s) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::DeferStmt: return true;
    case NodeKind::BlockStmt: return anyDefer(static_cast<const BlockStmt*>(s)->list);
    case NodeKind::LabeledStmt: return containsDefer(static_cast<const LabeledStmt*>(s)->stmt);
    case NodeKind::IfStmt: {
      auto* i = static_cast<const IfStmt*>(s);
      return containsDefer(i->body) || containsDefer(i->els);
    }
    case NodeKind::ForStmt: return containsDefer(static_cast<const ForStmt*>(s)->body);
    case NodeKind::RangeStmt: return containsDefer(static_cast<const RangeStmt*>(s)->body);
    case NodeKind::SwitchStmt: return containsDefer(static_cast<const SwitchStmt*>(s)->body);
    case NodeKind::TypeSwitchStmt: return containsDefer(static_cast<const TypeSwitchStmt*>(s)->body);
    case NodeKind::SelectStmt: return containsDefer(static_cast<const SelectStmt*>(s)->body);
    case NodeKind::CaseClause: return anyDefer(static_cast<const CaseClause*>(s)->body);
    case NodeKind::CommClause: return anyDefer(static_cast<const CommClause*>(s)->body);
    default: return false;
  }
}

namespace {

// "(*WaitGroup).Add", "Duration.String", "Sleep": how natives are named in a PackageDef.
std::string nativeName(const FuncDecl* fd) {
  if (!fd->recv || fd->recv->list.empty()) return fd->name->name;
  const Expr* t = fd->recv->list[0]->typeExpr;
  bool ptr = false;
  if (auto* star = t->as<StarExpr>()) {
    ptr = true;
    t = star->x;
  }
  std::string recv = t->is<Ident>() ? t->as<Ident>()->name : "?";
  std::string out = ptr ? "(*" : "";
  out.append(recv).append(ptr ? ")." : ".").append(fd->name->name);
  return out;
}

const Type* receiverType(const FuncDecl* fd) {
  const Field* f = fd->recv->list[0];
  if (!f->names.empty() && f->names[0]->obj) return f->names[0]->obj->type;
  return f->typeExpr->type;
}

// Go's symbol name: main.f, main.(*T).M, main.T.M
std::string symbolName(const Package* pkg, const FuncDecl* fd) {
  std::string out = pkg->name;
  out += '.';
  if (!fd->recv || fd->recv->list.empty()) return out.append(fd->name->name);
  const Type* rt = receiverType(fd);
  bool ptr = rt->kind == Kind::Pointer;
  const Type* base = ptr ? rt->elem : rt;
  std::string tname = base->isNamed() ? base->name : base->toString(false);
  if (ptr) out.append("(*").append(tname).append(")");
  else out.append(tname);
  return out.append(".").append(fd->name->name);
}

int countSlots(const FieldList* list) {
  if (!list) return 0;
  int n = 0;
  for (const Field* f : list->list) n += f->names.empty() ? 1 : int(f->names.size());
  return n;
}

}  // namespace

// ---------------------------------------------------------------- Compiler

void Compiler::error(Pos pos, const std::string& msg) {
  std::string where = pos.file < files_.size() ? files_.file(pos.file).path : "?";
  where.append(":").append(std::to_string(pos.line)).append(":").append(std::to_string(pos.col));
  errors_.push_back(where.append(": ").append(msg));
}

FuncProto* Compiler::newProto(std::string name, uint32_t file, uint32_t line) {
  auto* p = new FuncProto();
  p->name = std::move(name);
  p->file = file;
  p->declLine = line;
  prog_->protos.push_back(p);
  return p;
}

void* Compiler::globalCell(Object* obj) {
  auto it = globals_.find(obj);
  if (it != globals_.end()) return it->second;
  size_t size = std::max<size_t>(obj->type->size, sizeof(Slot));
  void* cell = gc::allocUncollectable(size);
  globals_.emplace(obj, cell);
  return cell;
}

void Compiler::declareFunctions(Package* pkg, const std::vector<File*>& files) {
  for (File* file : files) {
    for (Decl* d : file->decls) {
      auto* fd = d->as<FuncDecl>();
      if (!fd || !fd->obj) continue;
      if (!fd->recv && fd->name->name == "init") continue;  // numbered in compileFunctions
      FuncProto* p = newProto(symbolName(pkg, fd), fd->pos.file, fd->pos.line);
      p->sig = fd->obj->type;
      p->nparams = uint16_t(countSlots(fd->recv) + countSlots(fd->sig->params));
      p->nresults = uint16_t(countSlots(fd->sig->results));
      p->nregs = std::max(p->nparams, p->nresults);
      if (fd->recv && !fd->recv->list.empty()) p->recvType = receiverType(fd);
      if (fd->body) {
        BorrowSummary borrows = analyzeBorrows(fd);
        p->borrowedParams = borrows.borrowedParams;
        p->still = borrows.still;
      }
      fd->obj->proto = p;
      if (!fd->body) {
        p->kind = ProtoKind::Native;
        std::string name = nativeName(fd);
        if (pkg->native)
          for (const NativeBinding& b : pkg->native->natives)
            if (b.name == name) p->native = b.fn;
        if (!p->native) error(fd->pos, "missing function body: goro has no native " + pkg->path + "." + name);
      }
    }
  }
}

void Compiler::compileFunctions(Package* pkg, const std::vector<File*>& files) {
  int initIndex = 0;
  for (File* file : files) {
    for (Decl* d : file->decls) {
      auto* fd = d->as<FuncDecl>();
      if (!fd || !fd->body) continue;
      FuncProto* p = fd->obj ? fd->obj->proto : nullptr;
      if (!fd->recv && fd->name->name == "init") {
        p = newProto(pkg->name + ".init." + std::to_string(initIndex++), fd->pos.file, fd->pos.line);
        initProtos_[fd] = p;
      }
      if (!p) continue;
      FuncState fs(*this, p, nullptr);
      fs.hasDefer = containsDefer(fd->body);
      fs.setLine(fd->pos);
      fs.prologue(fd->sig, fd->recv);
      fs.block(fd->body->list);
      fs.setLine(fd->body->rbrace);
      fs.epilogue();
    }
  }
}

namespace {

// The function literals of an expression that are not inside another function literal.
void outerFuncLits(const Expr* e, std::vector<const FuncLit*>& out) {
  if (!e) return;
  auto each = [&](const std::vector<Expr*>& list) {
    for (const Expr* x : list) outerFuncLits(x, out);
  };
  switch (e->kind) {
    case NodeKind::FuncLit: out.push_back(static_cast<const FuncLit*>(e)); return;
    case NodeKind::CompositeLit: each(static_cast<const CompositeLit*>(e)->elts); return;
    case NodeKind::ParenExpr: outerFuncLits(static_cast<const ParenExpr*>(e)->x, out); return;
    case NodeKind::SelectorExpr: outerFuncLits(static_cast<const SelectorExpr*>(e)->x, out); return;
    case NodeKind::StarExpr: outerFuncLits(static_cast<const StarExpr*>(e)->x, out); return;
    case NodeKind::UnaryExpr: outerFuncLits(static_cast<const UnaryExpr*>(e)->x, out); return;
    case NodeKind::TypeAssertExpr: outerFuncLits(static_cast<const TypeAssertExpr*>(e)->x, out); return;
    case NodeKind::IndexExpr: {
      auto* i = static_cast<const IndexExpr*>(e);
      outerFuncLits(i->x, out);
      outerFuncLits(i->index, out);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = static_cast<const SliceExpr*>(e);
      for (const Expr* x : {s->x, s->lo, s->hi, s->max}) outerFuncLits(x, out);
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(e);
      outerFuncLits(c->fun, out);
      each(c->args);
      return;
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      outerFuncLits(b->x, out);
      outerFuncLits(b->y, out);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(e);
      outerFuncLits(kv->key, out);
      outerFuncLits(kv->value, out);
      return;
    }
    default: return;
  }
}

}  // namespace

std::string Compiler::globClosureName(const FuncLit* lit) const {
  auto it = globClosureNames_.find(lit);
  return it == globClosureNames_.end() ? std::string() : it->second;
}

void Compiler::compileInit(Package* pkg) {
  // gc numbers the function literals of package-level initialisers in source order,
  // although the initialisers run in dependency order.
  std::vector<const FuncLit*> lits;
  for (File* file : pkg->files)
    for (Decl* d : file->decls)
      if (auto* gd = d->as<GenDecl>(); gd && gd->tok == DeclTok::Var)
        for (Spec* spec : gd->specs)
          if (auto* vs = spec->as<ValueSpec>())
            for (const Expr* value : vs->values) outerFuncLits(value, lits);
  for (size_t i = 0; i < lits.size(); i++)
    globClosureNames_[lits[i]] = pkg->name + ".glob..func" + std::to_string(i + 1);

  // Go's package initialisation: main.init sets the variables in dependency order, then
  // the init functions run one after the other, called by the runtime as in Go (a trace
  // from main.init.0 has no main.init frame below it).
  uint32_t file = pkg->files.empty() ? 0 : pkg->files[0]->pos.file;
  prog_->inits.push_back(variableInitializer(pkg, file, pkg->name + ".init", 0));
  for (FuncDecl* fd : pkg->inits)
    if (auto it = initProtos_.find(fd); it != initProtos_.end()) prog_->inits.push_back(it->second);
}

// A function that sets the variables of pkg->varInitOrder[firstSpec..], in that order.
FuncProto* Compiler::variableInitializer(Package* pkg, uint32_t file, std::string name, size_t firstSpec) {
  FuncProto* init = newProto(std::move(name), file, 0);
  FuncState fs(*this, init, nullptr);
  fs.prologue(nullptr, nullptr);
  for (size_t i = firstSpec; i < pkg->varInitOrder.size(); ++i) {
    fs.varSpec(pkg->varInitOrder[i]);
    fs.nextReg = fs.localTop;
  }
  fs.epilogue();
  return init;
}

std::vector<FuncProto*> Compiler::compileMore(const std::vector<Package*>& newPackages, Package* main, File* file,
                                              size_t firstInitSpec) {
  size_t firstInit = prog_->inits.size();
  for (Package* pkg : newPackages) declareFunctions(pkg, pkg->files);
  declareFunctions(main, {file});
  for (Package* pkg : newPackages) compileFunctions(pkg, pkg->files);
  compileFunctions(main, {file});
  for (Package* pkg : newPackages) compileInit(pkg);
  std::vector<FuncProto*> run(prog_->inits.begin() + long(firstInit), prog_->inits.end());
  run.push_back(variableInitializer(main, file->pos.file, main->name + ".init", firstInitSpec));
  for (Decl* d : file->decls)
    if (auto* fd = d->as<FuncDecl>(); fd && initProtos_.count(fd)) run.push_back(initProtos_[fd]);
  return run;
}

Program* Compiler::run(const std::vector<Package*>& packages) {
  prog_ = new Program();
  prog_->files = &files_;
  for (Package* pkg : packages) declareFunctions(pkg, pkg->files);
  for (Package* pkg : packages) compileFunctions(pkg, pkg->files);
  for (Package* pkg : packages) compileInit(pkg);
  if (!packages.empty()) {
    Package* mainPkg = packages.back();
    if (Object* m = mainPkg->scope ? mainPkg->scope->lookupLocal("main") : nullptr) prog_->main = m->proto;
  }
  if (!errors_.empty()) {
    for (const std::string& e : errors_) std::fprintf(stderr, "%s\n", e.c_str());
    return nullptr;
  }
  return prog_;
}

Program* compileProgram(const std::vector<Package*>& packages, const FileSet& files) {
  Compiler compiler(files);
  return compiler.run(packages);
}

// ---------------------------------------------------------------- emission

size_t FuncState::emit(Op op, int a, int b, int c) {
  if (a > 0xFFFF || b > 0xFFFF || c > 0xFFFF) C.error({proto->file, line, 1}, "goro: function too large to compile");
  Instr in;
  in.op = op;
  in.a = uint16_t(a);
  in.b = uint16_t(b);
  in.c = uint16_t(c);
  if (proto->lines.empty() || proto->lines.back().line != line) proto->lines.push_back({uint32_t(here()), line});
  proto->code.push_back(in);
  return here() - 1;
}

size_t FuncState::emitBC(Op op, int a, int32_t bc) {
  size_t at = emit(op, a);
  proto->code[at].sbc = bc;
  return at;
}

void FuncState::emitExt(int a, int b, int c) { emit(Op::EXT, a, b, c); }

void FuncState::patchJumpTo(size_t at, size_t target) {
  Instr& in = proto->code[at];
  std::string_view format = kOpFormats[int(in.op)];
  bool ext = !format.empty() && (format.back() == 'x' || format.back() == 'y' || format.back() == 'z');
  int64_t off = int64_t(target) - int64_t(at + 1 + (ext ? 1 : 0));
  if (in.op == Op::JMP || in.op == Op::JMP_IF || in.op == Op::JMP_IFNOT) {
    in.sbc = int32_t(off);
  } else {
    if (off < -32768 || off > 32767) C.error({proto->file, line, 1}, "goro: branch too far in a very large function");
    in.c = uint16_t(int16_t(off));
  }
}

void FuncState::patchJump(size_t at) { patchJumpTo(at, here()); }

void FuncState::jumpBack(size_t target) {
  size_t at = emit(Op::JMP);
  patchJumpTo(at, target);
}

uint32_t FuncState::constant(Slot v, std::string text) {
  for (size_t i = 0; i < proto->consts.size(); i++)
    if (proto->consts[i].u == v.u && proto->constText[i] == text) return uint32_t(i);
  proto->consts.push_back(v);
  proto->constText.push_back(std::move(text));
  return uint32_t(proto->consts.size() - 1);
}

uint32_t FuncState::typeConst(const Type* t) {
  Slot v;
  v.p = const_cast<Type*>(t);
  return constant(v, t->toString());
}

uint32_t FuncState::protoConst(FuncProto* p) {
  Slot v;
  v.p = p;
  return constant(v, p->name);
}

// ---------------------------------------------------------------- registers and variables

int FuncState::alloc(int n) {
  int r = nextReg;
  nextReg += n;
  touch(nextReg - 1);
  return r;
}

int FuncState::local() {
  if (nextReg != localTop) C.error({proto->file, line, 1}, "goro: internal error: local allocated above temporaries");
  int r = localTop++;
  nextReg = localTop;
  touch(r);
  return r;
}

bool FuncState::boxed(const Object* obj) const { return obj->captured || obj->addrTaken; }

void FuncState::declareLocal(Object* obj, int reg) {
  VarLoc loc;
  loc.reg = reg;
  loc.where = !isAggregate(obj->type) && boxed(obj) ? VarLoc::Where::Box : VarLoc::Where::Reg;
  locals[obj] = loc;
  if (obj->name.empty() || obj->name == "_") return;
  scopedLocals.push_back(proto->locals.size());
  proto->locals.push_back({obj->name, obj->type, uint16_t(reg), loc.where == VarLoc::Where::Box, uint32_t(here()),
                           UINT32_MAX});
}

void FuncState::endScopes(int fromReg) {
  while (!scopedLocals.empty() && proto->locals[scopedLocals.back()].reg >= fromReg) {
    proto->locals[scopedLocals.back()].to = uint32_t(here());
    scopedLocals.pop_back();
  }
}

int FuncState::declareVar(Object* obj) {
  int r = local();
  if (!obj) {
    emit(Op::LOADZ, r);
    return r;
  }
  declareLocal(obj, r);
  if (isAggregate(obj->type) || boxed(obj)) emitBC(Op::NEW, r, int32_t(typeConst(obj->type)));
  else emit(Op::LOADZ, r);
  return r;
}

VarLoc FuncState::lookup(Object* obj) {
  auto it = locals.find(obj);
  if (it != locals.end()) return it->second;
  VarLoc loc;
  if (obj->isGlobal) {
    loc.where = VarLoc::Where::Global;
    loc.cell = C.globalCell(obj);
    return loc;
  }
  loc.where = VarLoc::Where::Captured;
  auto c = captureIndex.find(obj);
  if (c != captureIndex.end()) {
    loc.captured = c->second;
  } else {
    loc.captured = int(captures.size());
    captureIndex[obj] = loc.captured;
    captures.push_back(obj);
  }
  return loc;
}

namespace {
uint32_t cellConst(FuncState& fs, void* cell, const std::string& name) {
  Slot v;
  v.p = cell;
  return fs.constant(v, "&" + name);
}
}  // namespace

void FuncState::loadVar(Object* obj, int dst) {
  VarLoc loc = lookup(obj);
  const Type* t = obj->type;
  switch (loc.where) {
    case VarLoc::Where::Reg:
      if (dst != loc.reg) emit(Op::MOVE, dst, loc.reg);
      return;
    case VarLoc::Where::Box: loadMem(t, loc.reg, 0, dst); return;
    case VarLoc::Where::Captured:
      if (isWordType(t)) {
        emit(Op::CLOAD, dst, 0, loc.captured);
        return;
      }
      emit(Op::LOAD_CAPTURED, dst, 0, loc.captured);
      if (!isAggregate(t)) loadMem(t, dst, 0, dst);
      return;
    case VarLoc::Where::Global: {
      uint32_t k = cellConst(*this, loc.cell, obj->name);
      if (isWordType(t)) {
        emitBC(Op::GLOAD, dst, int32_t(k));
      } else {
        emitBC(Op::LOADK, dst, int32_t(k));
        if (!isAggregate(t)) loadMem(t, dst, 0, dst);
      }
      return;
    }
  }
}

void FuncState::storeVar(Object* obj, int src, const Type* t) {
  VarLoc loc = lookup(obj);
  switch (loc.where) {
    case VarLoc::Where::Reg:
      if (isAggregate(t)) storeMem(t, loc.reg, 0, src);
      else if (loc.reg != src) emit(Op::MOVE, loc.reg, src);
      return;
    case VarLoc::Where::Box: storeMem(t, loc.reg, 0, src); return;
    case VarLoc::Where::Captured: {
      if (isWordType(t)) {
        emit(Op::CSTORE, src, 0, loc.captured);
        return;
      }
      int p = alloc();
      emit(Op::LOAD_CAPTURED, p, 0, loc.captured);
      storeMem(t, p, 0, src);
      return;
    }
    case VarLoc::Where::Global: {
      uint32_t k = cellConst(*this, loc.cell, obj->name);
      if (isWordType(t)) {
        emitBC(Op::GSTORE, src, int32_t(k));
      } else {
        int p = alloc();
        emitBC(Op::LOADK, p, int32_t(k));
        storeMem(t, p, 0, src);
      }
      return;
    }
  }
}

void FuncState::freshIteration(Object* obj) {
  auto it = locals.find(obj);
  if (it == locals.end() || !boxed(obj)) return;
  VarLoc loc = it->second;
  if (isAggregate(obj->type)) {
    emit(Op::CLONE, loc.reg, loc.reg, int(typeConst(obj->type)));
    return;
  }
  int mark = nextReg;
  int box = alloc(), value = alloc();
  emitBC(Op::NEW, box, int32_t(typeConst(obj->type)));
  loadMem(obj->type, loc.reg, 0, value);
  storeMem(obj->type, box, 0, value);
  emit(Op::MOVE, loc.reg, box);
  nextReg = mark;
}

// ---------------------------------------------------------------- prologue / epilogue

void FuncState::prologue(FuncType* sig, FieldList* recv) {
  std::vector<std::pair<Object*, int>> params;
  int np = 0;
  auto addParams = [&](FieldList* list) {
    if (!list) return;
    for (Field* f : list->list) {
      if (f->names.empty()) {
        np++;
        continue;
      }
      for (Ident* name : f->names) params.push_back({name->obj, np++});
    }
  };
  addParams(recv);
  if (sig) addParams(sig->params);
  proto->nparams = uint16_t(np);
  nextReg = localTop = np;
  if (np) touch(np - 1);
  for (auto [obj, reg] : params) {
    if (!obj) continue;
    if (!isAggregate(obj->type) && boxed(obj)) {
      int box = local();
      emitBC(Op::NEW, box, int32_t(typeConst(obj->type)));
      storeMem(obj->type, box, 0, reg);
      declareLocal(obj, box);
    } else {
      declareLocal(obj, reg);
    }
  }
  int nres = 0;
  bool named = false;
  if (sig && sig->results) {
    for (Field* f : sig->results->list) {
      if (f->names.empty()) {
        resultObjs.push_back(nullptr);
        resultTypes.push_back(f->typeExpr->type);
        nres++;
        continue;
      }
      named = true;
      for (Ident* name : f->names) {
        resultObjs.push_back(name->obj);
        resultTypes.push_back(f->typeExpr->type);
        nres++;
      }
    }
  }
  proto->nresults = uint16_t(nres);
  if (nres) touch(nres - 1);
  if (named || hasDefer) {
    // Result variables: named ones are ordinary locals; unnamed ones are hidden registers
    // that `return x` fills before the deferred calls run (a recovered panic returns them).
    for (size_t i = 0; i < resultObjs.size(); i++) {
      Object* obj = resultObjs[i];
      const Type* t = resultTypes[i];
      int r;
      if (obj) {
        r = declareVar(obj);
      } else {
        r = local();
        if (isAggregate(t)) emitBC(Op::NEW, r, int32_t(typeConst(t)));
        else emit(Op::LOADZ, r);
      }
      resultRegs.push_back(r);
    }
  }
}

void FuncState::epilogue() {
  endScopes(0);
  for (size_t at : returnJumps) patchJump(at);
  proto->epilogue = uint32_t(here());
  if (hasDefer) emit(Op::RUN_DEFERS);
  if (!resultRegs.empty()) {
    for (size_t i = 0; i < resultRegs.size(); i++) {
      Object* obj = resultObjs[i];
      if (obj) {
        loadVar(obj, int(i));
        if (isAggregate(obj->type) && boxed(obj)) emit(Op::CLONE, int(i), int(i), int(typeConst(obj->type)));
      } else if (resultRegs[i] != int(i)) {
        emit(Op::MOVE, int(i), resultRegs[i]);
      }
    }
    emit(Op::RETURN);
  } else if (proto->nresults == 0) {
    emit(Op::RETURN);
  } else {
    emit(Op::UNREACHABLE);
  }
  proto->nregs = uint16_t(std::max({maxReg, int(proto->nparams), int(proto->nresults), 1}));
}

}  // namespace goro

// Statements: assignments and declarations, control flow (if, for, range, switch, type
// switch, break/continue/fallthrough), return through the epilogue, defer and go.
#include <algorithm>

#include "frontend/compile_internal.h"

namespace goro {

namespace {

// A select's case numbers are 16-bit immediates and its cases take two registers each.
constexpr int kMaxSelectCases = 4096;

Expr* unparen(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

// Whether an identifier on the left of := declares its object (rather than reusing one).
// Whether id declares a local variable (a REPL prompt's top-level `x := v` declares a
// package-level one, which is assigned like any other).
bool declaresHere(const Ident* id) {
  return id->obj && !id->obj->isGlobal && id->obj->pos.line == id->pos.line && id->obj->pos.col == id->pos.col &&
         id->obj->pos.file == id->pos.file;
}

bool isBlank(Expr* e) {
  auto* id = unparen(e)->as<Ident>();
  return id && id->name == "_";
}

// Expressions whose code writes the destination register only with its last instruction,
// so they may target a register their operands still read (used for returns into R[0..]).
bool writesDestinationLast(Expr* e) {
  e = unparen(e);
  if (e->mode == Mode::Constant) return true;
  switch (e->kind) {
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::IndexExpr:
      return true;
    case NodeKind::CallExpr: return static_cast<CallExpr*>(e)->callKind == CallKind::Regular;
    case NodeKind::BinaryExpr: {
      Tok op = static_cast<BinaryExpr*>(e)->op;
      return op != Tok::LAnd && op != Tok::LOr;
    }
    case NodeKind::SelectorExpr: return static_cast<SelectorExpr*>(e)->selKind == SelKind::Field;
    default: return false;
  }
}

// Whether evaluating e reads variable obj (function literals excluded: a variable they
// capture lives in a box, never in the register an assignment would target).
bool mentions(const Expr* e, const Object* obj) {
  if (!e) return false;
  switch (e->kind) {
    case NodeKind::Ident: return static_cast<const Ident*>(e)->obj == obj;
    case NodeKind::ParenExpr: return mentions(static_cast<const ParenExpr*>(e)->x, obj);
    case NodeKind::SelectorExpr: return mentions(static_cast<const SelectorExpr*>(e)->x, obj);
    case NodeKind::StarExpr: return mentions(static_cast<const StarExpr*>(e)->x, obj);
    case NodeKind::UnaryExpr: return mentions(static_cast<const UnaryExpr*>(e)->x, obj);
    case NodeKind::TypeAssertExpr: return mentions(static_cast<const TypeAssertExpr*>(e)->x, obj);
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      return mentions(b->x, obj) || mentions(b->y, obj);
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(e);
      return mentions(kv->key, obj) || mentions(kv->value, obj);
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(e);
      return mentions(ix->x, obj) || mentions(ix->index, obj);
    }
    case NodeKind::SliceExpr: {
      auto* sl = static_cast<const SliceExpr*>(e);
      return mentions(sl->x, obj) || mentions(sl->lo, obj) || mentions(sl->hi, obj) || mentions(sl->max, obj);
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(e);
      if (mentions(c->fun, obj)) return true;
      return std::any_of(c->args.begin(), c->args.end(), [&](const Expr* a) { return mentions(a, obj); });
    }
    case NodeKind::CompositeLit: {
      auto& elts = static_cast<const CompositeLit*>(e)->elts;
      return std::any_of(elts.begin(), elts.end(), [&](const Expr* x) { return mentions(x, obj); });
    }
    default: return false;
  }
}

}  // namespace

BranchTarget& FuncState::target(const Stmt* s) {
  for (auto it = targets.rbegin(); it != targets.rend(); ++it)
    if (it->stmt == s) return *it;
  return targets.back();
}

// A block's small pointer-free struct and array variables that nothing but their register
// refers to (not captured, not address-taken; every copy out of them is a copy) die with
// the block: RECYCLE hands their blocks to the next NEW or CLONE of their size, so a loop
// body declaring `v := Vec{...}` allocates once, not once per iteration.
void FuncState::block(const std::vector<Stmt*>& list) {
  int mark = localTop;
  std::vector<Object*> dying;
  for (Stmt* s : list) {
    stmt(s);
    auto consider = [&](Ident* id) {
      if (id && id->obj && declaresHere(id) && isRecyclable(id->obj->type) && !boxed(id->obj)) dying.push_back(id->obj);
    };
    if (auto* a = s->as<AssignStmt>(); a && a->tok == Tok::Define)
      for (Expr* lhs : a->lhs) consider(unparen(lhs)->as<Ident>());
    if (auto* d = s->as<DeclStmt>(); d && d->decl->tok == DeclTok::Var)
      for (Spec* spec : d->decl->specs)
        for (Ident* name : static_cast<ValueSpec*>(spec)->names) consider(name);
  }
  for (auto it = dying.rbegin(); it != dying.rend(); ++it) {
    VarLoc loc = lookup(*it);
    if (loc.where == VarLoc::Where::Reg) emit(Op::RECYCLE, loc.reg, 0, int(typeConst((*it)->type)));
  }
  endScopes(mark);
  localTop = nextReg = mark;
}

void FuncState::showValues(Expr* x) {
  std::vector<const Type*> types;
  if (x->type && x->type->kind == Kind::Tuple) types = x->type->elems;
  else if (x->type && x->mode != Mode::NoValue) types.push_back(x->type);
  int first;
  if (auto* c = unparen(x)->as<CallExpr>()) {
    first = call(c, int(types.size()));
  } else {
    first = alloc();
    exprTo(x, first);
  }
  for (size_t i = 0; i < types.size(); i++) {
    Object* v = C.syntheticObject();
    v->kind = ObjKind::Var;
    v->isGlobal = true;
    v->name = "shown";
    v->type = types[i];
    storeVar(v, first + int(i), types[i]);
    C.shownValues.push_back(v);
  }
}

void FuncState::stmt(Stmt* s) {
  if (!s) return;
  setLine(s->pos);
  switch (s->kind) {
    case NodeKind::EmptyStmt: break;
    case NodeKind::ExprStmt: {
      if (s == C.shownStmt) {
        showValues(static_cast<ExprStmt*>(s)->x);
        break;
      }
      Expr* x = unparen(static_cast<ExprStmt*>(s)->x);
      if (auto* c = x->as<CallExpr>()) call(c, 0);
      else expr(x);
      break;
    }
    case NodeKind::AssignStmt: {
      auto* a = static_cast<AssignStmt*>(s);
      if (a->tok == Tok::Define) defineOrAssign(a);
      else assign(a);
      break;
    }
    case NodeKind::DeclStmt: {
      GenDecl* d = static_cast<DeclStmt*>(s)->decl;
      if (d->tok == DeclTok::Var)
        for (Spec* spec : d->specs) {
          varSpec(static_cast<ValueSpec*>(spec));
          nextReg = localTop;  // each spec's temporaries are dead once its variables are bound
        }
      break;
    }
    case NodeKind::IncDecStmt: incDec(static_cast<IncDecStmt*>(s)); break;
    case NodeKind::BlockStmt: block(static_cast<BlockStmt*>(s)->list); break;
    case NodeKind::IfStmt: ifStmt(static_cast<IfStmt*>(s)); break;
    case NodeKind::ForStmt: forStmt(static_cast<ForStmt*>(s)); break;
    case NodeKind::RangeStmt: rangeStmt(static_cast<RangeStmt*>(s)); break;
    case NodeKind::SwitchStmt: switchStmt(static_cast<SwitchStmt*>(s)); break;
    case NodeKind::TypeSwitchStmt: typeSwitch(static_cast<TypeSwitchStmt*>(s)); break;
    case NodeKind::ReturnStmt: returnStmt(static_cast<ReturnStmt*>(s)); break;
    case NodeKind::BranchStmt: branchStmt(static_cast<BranchStmt*>(s)); break;
    case NodeKind::LabeledStmt: stmt(static_cast<LabeledStmt*>(s)->stmt); break;
    case NodeKind::GoStmt: deferOrGo(static_cast<GoStmt*>(s)->call, true); break;
    case NodeKind::DeferStmt: deferOrGo(static_cast<DeferStmt*>(s)->call, false); break;
    case NodeKind::SendStmt: {
      auto* send = static_cast<SendStmt*>(s);
      Operand ch = expr(send->chan);
      int v = alloc();
      exprOwned(send->value, send->chan->type->under()->elem, v);
      setLine(s->pos);
      emit(Op::SEND, ch.reg, v);
      break;
    }
    case NodeKind::SelectStmt: selectStmt(static_cast<SelectStmt*>(s)); break;
    default: C.error(s->pos, "goro: cannot compile this statement"); break;
  }
  nextReg = localTop;
}

// ---------------------------------------------------------------- assignment

LValue FuncState::lvalue(Expr* lhs, bool snapshot) {
  lhs = unparen(lhs);
  // With `snapshot`, operands are copied out of variables that a later assignment may change.
  auto operand = [&](Expr* e) {
    if (!snapshot) return expr(e).reg;
    int r = alloc();
    exprTo(e, r);
    return r;
  };
  LValue lv;
  lv.type = lhs->type;
  if (isBlank(lhs)) {
    lv.kind = LValue::Blank;
    return lv;
  }
  switch (lhs->kind) {
    case NodeKind::Ident:
      lv.kind = LValue::Var;
      lv.obj = static_cast<Ident*>(lhs)->obj;
      return lv;
    case NodeKind::SelectorExpr: {
      auto* sel = static_cast<SelectorExpr*>(lhs);
      if (sel->selKind == SelKind::Qualified) {
        lv.kind = LValue::Var;
        lv.obj = sel->obj;
        return lv;
      }
      auto [ptr, off] = fieldBase(sel);
      if (snapshot) {
        int r = alloc();
        emit(Op::MOVE, r, ptr);
        ptr = r;
      }
      lv.kind = LValue::Mem;
      lv.base = ptr;
      lv.off = off;
      return lv;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(lhs);
      const Type* u = ix->x->type->under();
      if (u->kind == Kind::Map) {
        lv.kind = LValue::MapEntry;
        lv.base = operand(ix->x);
        lv.key = alloc();
        exprAs(ix->index, u->key, lv.key);
        return lv;
      }
      if (u->kind == Kind::Slice && (isWordType(u->elem) || u->elem->size == 1)) {
        lv.kind = LValue::SliceElem;
        lv.base = operand(ix->x);
        lv.key = operand(ix->index);
        return lv;
      }
      int i = alloc();
      exprTo(ix->index, i);
      lv.kind = LValue::Mem;
      lv.base = elemAddr(ix->x->type, ix->x, i);
      return lv;
    }
    case NodeKind::StarExpr:
      lv.kind = LValue::Mem;
      lv.base = operand(static_cast<StarExpr*>(lhs)->x);
      return lv;
    default:
      C.error(lhs->pos, "goro: cannot assign to this expression");
      lv.kind = LValue::Blank;
      return lv;
  }
}

void FuncState::store(const LValue& lv, int src) {
  const Type* t = lv.type;
  switch (lv.kind) {
    case LValue::Blank: return;
    case LValue::Var: storeVar(lv.obj, src, t); return;
    case LValue::Mem: storeMem(t, lv.base, lv.off, src); return;
    case LValue::SliceElem:
      emit(isWordType(t) ? Op::SLICE_SET_W : Op::SLICE_SET_8, lv.base, lv.key, src);
      return;
    case LValue::MapEntry:
      emit(Op::MAP_SET, lv.base, lv.key, src);
      emitExt(int(typeConst(t)));
      return;
  }
}

void FuncState::assignTo(Expr* lhs, int src, const Type* t) {
  LValue lv = lvalue(lhs, false);
  if (lv.kind != LValue::Blank) lv.type = t;
  store(lv, src);
}

void FuncState::assign(AssignStmt* s) {
  if (s->tok != Tok::Assign) {
    // x op= y: evaluate the operand's location once.
    Tok op = assignOpToBinary(s->tok);
    Expr* lhs = unparen(s->lhs[0]);
    const Type* t = lhs->type;
    Operand y = expr(s->rhs[0]);
    if ((op == Tok::Shl || op == Tok::Shr) && isSigned(s->rhs[0]->type) && s->rhs[0]->mode != Mode::Constant)
      emit(Op::CHECK_SHIFT, y.reg);
    if (auto* id = lhs->as<Ident>()) {
      VarLoc loc = lookup(id->obj);
      if (loc.where == VarLoc::Where::Reg) {
        arith(op, t, loc.reg, loc.reg, y.reg);
        return;
      }
    }
    int v = alloc();
    if (lhs->is<Ident>() || (lhs->is<SelectorExpr>() && lhs->as<SelectorExpr>()->selKind == SelKind::Qualified)) {
      exprTo(lhs, v);
      arith(op, t, v, v, y.reg);
      assignTo(lhs, v, t);
      return;
    }
    if (auto* ix = lhs->as<IndexExpr>(); ix && ix->x->type->ukind() == Kind::Map) {
      const Type* mu = ix->x->type->under();
      Operand m = expr(ix->x);
      int k = alloc();
      exprAs(ix->index, mu->key, k);
      emit(Op::MAP_GET, v, m.reg, k);
      emitExt(int(typeConst(mu->elem)));
      arith(op, t, v, v, y.reg);
      emit(Op::MAP_SET, m.reg, k, v);
      emitExt(int(typeConst(mu->elem)));
      return;
    }
    auto [p, off] = location(lhs);
    loadMem(t, p, off, v);
    arith(op, t, v, v, y.reg);
    storeMem(t, p, off, v);
    return;
  }
  if (s->lhs.size() == 1 && s->rhs.size() == 1) {
    Expr* lhs = s->lhs[0];
    const Type* t = isBlank(lhs) ? s->rhs[0]->type : lhs->type;
    if (auto* id = unparen(lhs)->as<Ident>(); id && id->obj && !isAggregate(t)) {
      VarLoc loc = lookup(id->obj);
      // Evaluate straight into the variable's register unless the code could write it
      // while still reading the old value (b = c && b, p = &Node{next: p}).
      if (loc.where == VarLoc::Where::Reg &&
          (writesDestinationLast(s->rhs[0]) || !mentions(s->rhs[0], id->obj))) {
        exprAs(s->rhs[0], t, loc.reg);
        return;
      }
    }
    Operand v = expr(s->rhs[0]);
    int r = v.reg;
    if (t && t->isInterface() && !s->rhs[0]->type->isInterface()) {
      r = alloc();
      exprAs(s->rhs[0], t, r);
    }
    assignTo(lhs, r, t);
    // A fresh temporary assigned to an aggregate was copied into its destination: dead.
    if (v.fresh && r == v.reg && isRecyclable(t)) emit(Op::RECYCLE, r, 0, int(typeConst(t)));
    return;
  }
  // Tuple assignment: evaluate every right-hand side first.
  std::vector<int> vals;
  std::vector<const Type*> types;
  if (s->rhs.size() == 1) {
    int n = int(s->lhs.size());
    bool owned;
    int base = multiValue(s->rhs[0], n, types, owned);
    if (base < 0) return;
    for (int i = 0; i < n; i++) vals.push_back(base + i);
  } else {
    for (size_t i = 0; i < s->rhs.size(); i++) {
      const Type* t = isBlank(s->lhs[i]) ? s->rhs[i]->type : s->lhs[i]->type;
      int r = alloc();
      exprOwned(s->rhs[i], t, r);
      vals.push_back(r);
      types.push_back(t);
    }
  }
  storeTuple(s->lhs, vals, types);
}

void FuncState::storeTuple(const std::vector<Expr*>& lhs, const std::vector<int>& vals,
                           const std::vector<const Type*>& types) {
  // The operands of index expressions and pointer indirections on the left are evaluated
  // before any assignment happens (i, s[i] = 1, 2 stores into the old s[i]).
  std::vector<LValue> targets;
  for (Expr* l : lhs) targets.push_back(lvalue(l, true));
  for (size_t i = 0; i < lhs.size(); i++) {
    const Type* t = isBlank(lhs[i]) ? types[i] : lhs[i]->type;
    int r = vals[i];
    if (t->isInterface() && !types[i]->isInterface()) {
      int c = alloc();
      convertTo(r, types[i], t, c);
      r = c;
    }
    store(targets[i], r);
  }
}

int FuncState::multiValue(Expr* rhs, int n, std::vector<const Type*>& types, bool& owned) {
  rhs = unparen(rhs);
  const Type* boolType = TypeTable::get().basic(Kind::Bool);
  owned = true;
  if (auto* c = rhs->as<CallExpr>()) {
    types = c->type->elems;
    return call(c, n);
  }
  int base = alloc(2);
  if (auto* ta = rhs->as<TypeAssertExpr>()) {
    typeAssert(ta, base, true);
    types = {ta->type, boolType};
    owned = false;  // an aggregate still belongs to the interface
    return base;
  }
  if (auto* ix = rhs->as<IndexExpr>(); ix && ix->x->type->ukind() == Kind::Map) {
    const Type* mu = ix->x->type->under();
    Operand m = expr(ix->x);
    int k = alloc();
    exprAs(ix->index, mu->key, k);
    emit(Op::MAP_GET_OK, base, m.reg, k);
    emitExt(int(typeConst(mu->elem)));
    types = {mu->elem, boolType};
    return base;
  }
  if (auto* u = rhs->as<UnaryExpr>(); u && u->op == Tok::Arrow) {
    Operand ch = expr(u->x);
    emit(Op::RECV_OK, base, ch.reg);
    types = {u->x->type->under()->elem, boolType};
    owned = false;  // a closed channel hands out its shared zero value
    return base;
  }
  C.error(rhs->pos, "goro: cannot compile this two-value expression");
  return -1;
}

void FuncState::defineOrAssign(AssignStmt* s) {
  // Registers for the new variables first (no temporaries are live yet).
  std::vector<int> regs(s->lhs.size(), -1);
  for (size_t i = 0; i < s->lhs.size(); i++) {
    auto* id = unparen(s->lhs[i])->as<Ident>();
    if (id && id->obj && declaresHere(id)) regs[i] = local();
  }
  auto bind = [&](size_t i, int value, const Type* valueType, bool owned) {
    auto* id = unparen(s->lhs[i])->as<Ident>();
    if (!id || !id->obj) return;
    Object* obj = id->obj;
    if (regs[i] < 0) {
      assignTo(id, value, obj->type);
      return;
    }
    int r = regs[i];
    int v = value;
    if (obj->type->isInterface() && !valueType->isInterface()) {
      v = alloc();
      convertTo(value, valueType, obj->type, v);
    } else if (isAggregate(obj->type) && !owned) {
      v = alloc();
      emit(Op::CLONE, v, value, int(typeConst(obj->type)));
    }
    declareLocal(obj, r);
    if (!isAggregate(obj->type) && boxed(obj)) {
      emitBC(Op::NEW, r, int32_t(typeConst(obj->type)));
      storeMem(obj->type, r, 0, v);
    } else if (r != v) {
      emit(Op::MOVE, r, v);
    }
  };
  if (s->rhs.size() == 1 && s->lhs.size() == 1) {
    auto* id = unparen(s->lhs[0])->as<Ident>();
    Object* obj = id ? id->obj : nullptr;
    if (obj && regs[0] >= 0 && !boxed(obj)) {
      declareLocal(obj, regs[0]);
      auto* c = unparen(s->rhs[0])->as<CallExpr>();
      if (c && c->callKind == CallKind::Regular && s->rhs[0]->mode != Mode::Constant && c->type == obj->type &&
          regs[0] == nextReg - 1) {
        // x := f(): the call's window starts at x's register, so its result lands there.
        nextReg = regs[0];
        int r = call(c, 1);
        if (r != regs[0]) emit(Op::MOVE, regs[0], r);
        return;
      }
      exprOwned(s->rhs[0], obj->type, regs[0]);
      return;
    }
    int v = alloc();
    const Type* t = obj ? obj->type : s->rhs[0]->type;
    exprOwned(s->rhs[0], t, v);
    bind(0, v, t, true);
    return;
  }
  if (s->rhs.size() == 1) {
    std::vector<const Type*> types;
    bool owned;
    int base = multiValue(s->rhs[0], int(s->lhs.size()), types, owned);
    if (base < 0) return;
    for (size_t i = 0; i < s->lhs.size(); i++) bind(i, base + int(i), types[i], owned);
    return;
  }
  std::vector<int> vals;
  for (size_t i = 0; i < s->rhs.size(); i++) {
    int r = alloc();
    exprOwned(s->rhs[i], s->rhs[i]->type, r);
    vals.push_back(r);
  }
  for (size_t i = 0; i < s->lhs.size(); i++) bind(i, vals[i], s->rhs[i]->type, true);
}

void FuncState::varSpec(ValueSpec* spec) {
  setLine(spec->pos);
  bool global = !spec->names.empty() && spec->names[0]->obj && spec->names[0]->obj->isGlobal;
  std::vector<int> regs;
  if (!global) {
    for (Ident* name : spec->names) {
      Object* obj = name->obj;
      if (!obj) {
        regs.push_back(-1);
        continue;
      }
      regs.push_back(local());
    }
  }
  auto bind = [&](size_t i, int value, const Type* valueType, bool owned) {
    Object* obj = spec->names[i]->obj;
    if (!obj) return;
    int v = value;
    if (obj->type->isInterface() && !valueType->isInterface()) {
      v = alloc();
      convertTo(value, valueType, obj->type, v);
    } else if (isAggregate(obj->type) && !owned) {
      v = alloc();
      emit(Op::CLONE, v, value, int(typeConst(obj->type)));
    }
    if (global) {
      storeVar(obj, v, obj->type);
      return;
    }
    int r = regs[i];
    declareLocal(obj, r);
    if (!isAggregate(obj->type) && boxed(obj)) {
      emitBC(Op::NEW, r, int32_t(typeConst(obj->type)));
      storeMem(obj->type, r, 0, v);
    } else if (r != v) {
      emit(Op::MOVE, r, v);
    }
  };
  if (spec->values.empty()) {
    if (global) return;  // global cells start zeroed
    for (size_t i = 0; i < spec->names.size(); i++) {
      Object* obj = spec->names[i]->obj;
      if (!obj) continue;
      int r = regs[i];
      declareLocal(obj, r);
      if (isAggregate(obj->type) || boxed(obj)) emitBC(Op::NEW, r, int32_t(typeConst(obj->type)));
      else emit(Op::LOADZ, r);
    }
    return;
  }
  if (spec->values.size() == 1 && spec->names.size() > 1) {
    std::vector<const Type*> types;
    bool owned;
    int base = multiValue(spec->values[0], int(spec->names.size()), types, owned);
    if (base < 0) return;
    for (size_t i = 0; i < spec->names.size(); i++) bind(i, base + int(i), types[i], owned);
    return;
  }
  std::vector<int> vals;
  for (size_t i = 0; i < spec->values.size(); i++) {
    Object* obj = spec->names[i]->obj;
    const Type* t = obj ? obj->type : spec->values[i]->type;
    int r = alloc();
    exprOwned(spec->values[i], t, r);
    vals.push_back(r);
  }
  for (size_t i = 0; i < spec->names.size(); i++) {
    Object* obj = spec->names[i]->obj;
    bind(i, vals[i], obj ? obj->type : spec->values[i]->type, true);
  }
}

void FuncState::incDec(IncDecStmt* s) {
  Expr* x = unparen(s->x);
  const Type* t = x->type;
  int delta = s->tok == Tok::Inc ? 1 : -1;
  auto bump = [&](int reg) {
    if (t->isFloat()) {
      int one = alloc();
      constantTo(Constant::makeFloat64(1.0), t, one);
      emit(delta > 0 ? Op::ADD_F64 : Op::SUB_F64, reg, reg, one);
      narrow(t, reg);
    } else {
      emit(Op::ADDI_I64, reg, reg, int(uint16_t(int16_t(delta))));
      narrow(t, reg);
    }
  };
  if (auto* id = x->as<Ident>()) {
    VarLoc loc = lookup(id->obj);
    if (loc.where == VarLoc::Where::Reg) {
      bump(loc.reg);
      return;
    }
    int v = alloc();
    loadVar(id->obj, v);
    bump(v);
    storeVar(id->obj, v, t);
    return;
  }
  if (auto* sel = x->as<SelectorExpr>(); sel && sel->selKind == SelKind::Qualified) {
    int v = alloc();
    loadVar(sel->obj, v);
    bump(v);
    storeVar(sel->obj, v, t);
    return;
  }
  int v = alloc();
  if (auto* ix = x->as<IndexExpr>(); ix && ix->x->type->ukind() == Kind::Map) {
    const Type* mu = ix->x->type->under();
    Operand m = expr(ix->x);
    int k = alloc();
    exprAs(ix->index, mu->key, k);
    emit(Op::MAP_GET, v, m.reg, k);
    emitExt(int(typeConst(mu->elem)));
    bump(v);
    emit(Op::MAP_SET, m.reg, k, v);
    emitExt(int(typeConst(mu->elem)));
    return;
  }
  auto [p, off] = location(x);
  loadMem(t, p, off, v);
  bump(v);
  storeMem(t, p, off, v);
}

// ---------------------------------------------------------------- control flow

void FuncState::ifStmt(IfStmt* s) {
  int mark = localTop;
  stmt(s->init);
  std::vector<size_t> toElse;
  condJump(s->cond, false, toElse);
  block(s->body->list);
  if (s->els) {
    size_t toEnd = emit(Op::JMP);
    for (size_t j : toElse) patchJump(j);
    stmt(s->els);
    patchJump(toEnd);
  } else {
    for (size_t j : toElse) patchJump(j);
  }
  endScopes(mark);
  localTop = nextReg = mark;
}

void FuncState::forStmt(ForStmt* s) {
  int mark = localTop;
  stmt(s->init);
  // Go 1.22: variables declared by the init statement are per iteration.
  std::vector<Object*> loopVars;
  if (auto* a = s->init ? s->init->as<AssignStmt>() : nullptr; a && a->tok == Tok::Define)
    for (Expr* l : a->lhs)
      if (auto* id = unparen(l)->as<Ident>(); id && id->obj && boxed(id->obj)) loopVars.push_back(id->obj);
  size_t toCond = s->cond ? emit(Op::JMP) : 0;
  size_t top = here();
  BranchTarget t = loopBody(s, s->body);
  for (size_t j : t.continues) patchJump(j);
  setLine(s->pos);  // the loop's own steps belong to its line, as in gc
  for (Object* obj : loopVars) freshIteration(obj);
  stmt(s->post);
  if (s->cond) {
    patchJump(toCond);
    std::vector<size_t> back;
    if (here() - top < 30000) {
      condJump(s->cond, true, back);
      for (size_t j : back) patchJumpTo(j, top);
    } else {
      Operand c = expr(s->cond);
      size_t j = emitBC(Op::JMP_IF, c.reg, 0);
      patchJumpTo(j, top);
    }
  } else {
    jumpBack(top);
  }
  for (size_t j : t.breaks) patchJump(j);
  endScopes(mark);
  localTop = nextReg = mark;
}

void FuncState::setRangeVar(RangeAssignments& assigned, Object* obj, int reg, Expr* target, int value,
                            const Type* type, bool fresh) {
  if (!obj) {
    if (target) {
      assigned.targets.push_back(target);
      assigned.values.push_back(value);
      assigned.types.push_back(type);
    }
    return;
  }
  if (isAggregate(obj->type) && !fresh) {
    emit(Op::CLONE, reg, value, int(typeConst(obj->type)));
  } else if (!isAggregate(obj->type) && boxed(obj)) {
    emitBC(Op::NEW, reg, int32_t(typeConst(obj->type)));
    storeMem(obj->type, reg, 0, value);
  } else if (reg != value) {
    emit(Op::MOVE, reg, value);
  }
}

void FuncState::rangeStmt(RangeStmt* s) {
  int mark = localTop;
  const Type* xt = s->x->type;
  const Type* u = xt->under();
  bool define = s->tok == Tok::Define;
  Expr* keyExpr = s->key && !isBlank(s->key) ? s->key : nullptr;
  Expr* valExpr = s->value && !isBlank(s->value) ? s->value : nullptr;
  TypeTable& tt = TypeTable::get();
  if (u->kind == Kind::Chan) {
    rangeChan(s, keyExpr, define);
    endScopes(mark);
    localTop = nextReg = mark;
    return;
  }
  if (u->kind == Kind::Map) {
    rangeMap(s, keyExpr, valExpr, define);
    endScopes(mark);
    localTop = nextReg = mark;
    return;
  }
  const Type* intType = tt.basic(Kind::Int);
  // Hidden locals: the collection, its length, the index (and for strings the rune width).
  int coll = local();
  int len = local();
  int i = local();
  int width = u->kind == Kind::String ? local() : -1;
  if (width >= 0) local();  // DECODE_RUNE writes the rune and its width in consecutive registers
  bool isInt = u->isInteger();
  if (isInt) {
    exprTo(s->x, len);
  } else if (u->kind == Kind::Array && valExpr) {
    // The range expression is evaluated once; a value-ranging array loop sees a copy.
    exprOwned(s->x, xt, coll);
  } else if (u->kind == Kind::Array) {
    // Only the length is needed; the expression runs for its calls and receives, if any.
    if (hasCallsOrReceives(s->x)) exprTo(s->x, coll);
    coll = -1;
  } else {
    exprTo(s->x, coll);
  }
  const Type* arr = u->kind == Kind::Pointer ? u->elem->under() : u;
  if (isInt) {
  } else if (u->kind == Kind::String) {
    emit(Op::LEN_STR, len, coll);
  } else if (u->kind == Kind::Slice) {
    emit(Op::LEN_SLICE, len, coll);
  } else {
    constantTo(Constant::makeInt64(arr->len), intType, len);
  }
  emit(Op::LOADZ, i);
  // Iteration variables (declared once, fresh boxes per iteration when captured).
  Object* keyObj = define && keyExpr ? unparen(keyExpr)->as<Ident>()->obj : nullptr;
  Object* valObj = define && valExpr ? unparen(valExpr)->as<Ident>()->obj : nullptr;
  int keyReg = keyObj ? local() : -1;
  int valReg = valObj ? local() : -1;
  if (keyObj) declareLocal(keyObj, keyReg);
  if (valObj) declareLocal(valObj, valReg);
  size_t toCond = emit(Op::JMP);
  size_t top = here();
  const Type* keyType = isInt ? xt : intType;
  const Type* valType = u->kind == Kind::String ? tt.basic(Kind::Int32) : elemOf(xt);
  RangeAssignments assigned;
  auto setVar = [&](Object* obj, int reg, Expr* target, int value, const Type* vt) {
    setRangeVar(assigned, obj, reg, target, value, vt, false);
  };
  if (u->kind == Kind::String) {
    emit(Op::DECODE_RUNE, width, coll, i);
    setVar(keyObj, keyReg, keyExpr, i, keyType);
    setVar(valObj, valReg, valExpr, width, valType);
  } else {
    setVar(keyObj, keyReg, keyExpr, i, keyType);
    if (valExpr) {
      // A plain register variable takes the element directly.
      bool direct = valObj && !boxed(valObj) && !isAggregate(valObj->type);
      int v = direct ? valReg : alloc();
      loadElem(xt, coll, i, v);
      setVar(valObj, valReg, valExpr, v, valType);
    }
  }
  storeTuple(assigned.targets, assigned.values, assigned.types);
  nextReg = localTop;
  BranchTarget t = loopBody(s, s->body);
  for (size_t j : t.continues) patchJump(j);
  setLine(s->pos);  // the loop's own steps belong to its line, as in gc
  if (u->kind == Kind::String) emit(Op::ADD_I64, i, i, width + 1);
  else emit(Op::ADDI_I64, i, i, 1);
  patchJump(toCond);
  size_t back = emit(Op::JLT_I64, i, len, 0);
  if (here() - top > 32000) {
    proto->code.pop_back();
    proto->lines.erase(std::remove_if(proto->lines.begin(), proto->lines.end(),
                                      [&](const LineEntry& l) { return l.pc >= here(); }),
                       proto->lines.end());
    int c = alloc();
    emit(Op::LT_I64, c, i, len);
    back = emitBC(Op::JMP_IF, c, 0);
  }
  patchJumpTo(back, top);
  for (size_t j : t.breaks) patchJump(j);
  endScopes(mark);
  localTop = nextReg = mark;
}

void FuncState::rangeMap(RangeStmt* s, Expr* keyExpr, Expr* valExpr, bool define) {
  const Type* u = s->x->type->under();
  int it = local();
  {
    Operand m = expr(s->x);
    emit(Op::MAP_ITER, it, m.reg);
    nextReg = localTop;
  }
  int kv = local();
  local();  // MAP_NEXT writes the key and the value in consecutive registers
  Object* keyObj = define && keyExpr ? unparen(keyExpr)->as<Ident>()->obj : nullptr;
  Object* valObj = define && valExpr ? unparen(valExpr)->as<Ident>()->obj : nullptr;
  int keyReg = keyObj ? local() : -1;
  int valReg = valObj ? local() : -1;
  if (keyObj) declareLocal(keyObj, keyReg);
  if (valObj) declareLocal(valObj, valReg);
  size_t top = here();
  size_t exit = emit(Op::MAP_NEXT, it, kv, 0);
  emitExt(int(typeConst(u->key)), int(typeConst(u->elem)));
  RangeAssignments assigned;  // the map's iterator hands out private copies of both
  setRangeVar(assigned, keyObj, keyReg, keyExpr, kv, u->key, true);
  setRangeVar(assigned, valObj, valReg, valExpr, kv + 1, u->elem, true);
  storeTuple(assigned.targets, assigned.values, assigned.types);
  nextReg = localTop;
  loopUntilExit(s, top, exit);
}

BranchTarget FuncState::loopBody(Stmt* loop, BlockStmt* body) {
  targets.push_back({loop, {}, {}});
  block(body->list);
  BranchTarget t = std::move(targets.back());
  targets.pop_back();
  return t;
}

void FuncState::loopUntilExit(RangeStmt* loop, size_t top, size_t exit) {
  BranchTarget t = loopBody(loop, loop->body);
  for (size_t j : t.continues) patchJumpTo(j, top);
  jumpBack(top);
  patchJump(exit);
  for (size_t j : t.breaks) patchJump(j);
}

void FuncState::rangeChan(RangeStmt* s, Expr* valExpr, bool define) {
  int ch = local();
  exprTo(s->x, ch);
  int v = local();
  local();  // RECV_OK writes the value and ok in consecutive registers
  Object* obj = define && valExpr ? unparen(valExpr)->as<Ident>()->obj : nullptr;
  int reg = obj ? local() : -1;
  if (obj) declareLocal(obj, reg);
  const Type* elem = s->x->type->under()->elem;
  size_t top = here();
  emit(Op::RECV_OK, v, ch);
  size_t exit = emitBC(Op::JMP_IFNOT, v + 1, 0);
  if (obj) {
    if (isAggregate(obj->type)) emit(Op::CLONE, reg, v, int(typeConst(obj->type)));
    else if (boxed(obj)) {
      emitBC(Op::NEW, reg, int32_t(typeConst(obj->type)));
      storeMem(obj->type, reg, 0, v);
    } else emit(Op::MOVE, reg, v);
  } else if (valExpr) {
    storeTuple({valExpr}, {v}, {elem});  // converts to an interface-typed target
  }
  nextReg = localTop;
  loopUntilExit(s, top, exit);
}

void FuncState::selectStmt(SelectStmt* s) {
  int mark = localTop;
  std::vector<CommClause*> clauses;
  for (Stmt* c : s->body->list) clauses.push_back(static_cast<CommClause*>(c));
  // Case numbers: sends first, then receives, each in source order (the choice among
  // ready cases is uniformly random, so numbering does not matter to Go's semantics).
  // The default clause has none.
  std::vector<int> caseOf(clauses.size(), -1);
  int nsends = 0, ncases = 0;
  bool hasDefault = false;
  for (CommClause* c : clauses) {
    if (!c->comm) hasDefault = true;
    else if (c->comm->is<SendStmt>()) nsends++;
  }
  for (size_t k = 0, nextSend = 0, nextRecv = nsends; k < clauses.size(); k++) {
    if (!clauses[k]->comm) continue;
    caseOf[k] = int(clauses[k]->comm->is<SendStmt>() ? nextSend++ : nextRecv++);
    ncases++;
  }
  if (ncases > kMaxSelectCases) {
    C.error(s->pos, "goro: select with more than " + std::to_string(kMaxSelectCases) + " cases is not supported");
    return;
  }
  int chosen = local();
  local();  // ok of the chosen receive
  int pairs = ncases ? local() : localTop;
  for (int i = 1; i < 2 * ncases; i++) local();
  // Evaluate every channel (and value to send) in source order, as Go does.
  for (size_t k = 0; k < clauses.size(); k++) {
    Stmt* comm = clauses[k]->comm;
    if (!comm) continue;
    int i = caseOf[k];
    setLine(comm->pos);
    if (auto* send = comm->as<SendStmt>()) {
      exprTo(send->chan, pairs + 2 * i);
      exprOwned(send->value, send->chan->type->under()->elem, pairs + 2 * i + 1);
      continue;
    }
    Expr* recv = nullptr;
    if (auto* es = comm->as<ExprStmt>()) recv = es->x;
    else if (auto* as = comm->as<AssignStmt>()) recv = as->rhs[0];
    auto* u = recv ? unparen(recv)->as<UnaryExpr>() : nullptr;
    if (!u) {
      C.error(comm->pos, "goro: cannot compile this select case");
      continue;
    }
    exprTo(u->x, pairs + 2 * i);
    nextReg = localTop;
  }
  setLine(s->pos);
  emit(Op::SELECT, chosen, pairs, ncases);
  emitExt(hasDefault ? 1 : 0, nsends, 0);
  // Dispatch on the chosen case.
  std::vector<size_t> entry(clauses.size());
  for (size_t k = 0; k < clauses.size(); k++) entry[k] = emit(Op::JEQI_I64, chosen, int(uint16_t(int16_t(caseOf[k]))), 0);
  targets.push_back({s, {}, {}});
  std::vector<size_t> ends;
  for (size_t k = 0; k < clauses.size(); k++) {
    patchJump(entry[k]);
    int clauseMark = localTop;
    if (auto* as = clauses[k]->comm ? clauses[k]->comm->as<AssignStmt>() : nullptr) {
      int value = pairs + 2 * caseOf[k] + 1;
      auto* u = unparen(as->rhs[0])->as<UnaryExpr>();
      const Type* elem = u->x->type->under()->elem;
      const Type* boolType = TypeTable::get().basic(Kind::Bool);
      std::vector<int> srcs = {value, chosen + 1};
      std::vector<const Type*> types = {elem, boolType};
      srcs.resize(as->lhs.size());
      types.resize(as->lhs.size());
      if (as->tok != Tok::Define) {
        storeTuple(as->lhs, srcs, types);  // `case x, ok = <-ch` assigns as x, ok = v, ok does
        nextReg = localTop;
      } else {
        for (size_t j = 0; j < as->lhs.size(); j++) {
          auto* id = unparen(as->lhs[j])->as<Ident>();
          if (!id || !id->obj) continue;
          int r = local();
          declareLocal(id->obj, r);
          if (isAggregate(id->obj->type)) emit(Op::CLONE, r, srcs[j], int(typeConst(id->obj->type)));
          else if (boxed(id->obj)) {
            emitBC(Op::NEW, r, int32_t(typeConst(id->obj->type)));
            storeMem(id->obj->type, r, 0, srcs[j]);
          } else emit(Op::MOVE, r, srcs[j]);
          nextReg = localTop;
        }
      }
    }
    block(clauses[k]->body);
    endScopes(clauseMark);
    localTop = nextReg = clauseMark;
    ends.push_back(emit(Op::JMP));
  }
  closeBreakable(ends, mark);
}

void FuncState::closeBreakable(const std::vector<size_t>& ends, int mark) {
  for (size_t j : ends) patchJump(j);
  BranchTarget t = std::move(targets.back());
  targets.pop_back();
  for (size_t j : t.breaks) patchJump(j);
  endScopes(mark);
  localTop = nextReg = mark;
}

void FuncState::switchStmt(SwitchStmt* s) {
  int mark = localTop;
  stmt(s->init);
  int tag = -1;
  const Type* tagType = nullptr;
  if (s->tag) {
    tag = local();
    tagType = s->tag->type;
    exprOwned(s->tag, tagType, tag);
  }
  std::vector<CaseClause*> clauses;
  for (Stmt* c : s->body->list) clauses.push_back(static_cast<CaseClause*>(c));
  std::vector<std::vector<size_t>> entry(clauses.size());
  int defaultIndex = -1;
  for (size_t k = 0; k < clauses.size(); k++) {
    CaseClause* cc = clauses[k];
    if (cc->list.empty()) defaultIndex = int(k);
    for (Expr* e : cc->list) {
      setLine(e->pos);
      if (tag < 0) {
        condJump(e, true, entry[k]);
        continue;
      }
      int m = nextReg;
      const Type* t = tagType;
      if (!t->isInterface() && e->type->isInterface()) t = e->type;
      int x = tag;
      if (t != tagType) {
        x = alloc();
        convertTo(tag, tagType, t, x);
      }
      int y = alloc();
      exprAs(e, t, y);
      int c = alloc();
      compare(Tok::Eql, t, c, x, y);
      entry[k].push_back(emitBC(Op::JMP_IF, c, 0));
      nextReg = m;
    }
  }
  size_t toDefault = emit(Op::JMP);
  targets.push_back({s, {}, {}});
  std::vector<size_t> ends;
  std::vector<size_t> pendingFall;
  for (size_t k = 0; k < clauses.size(); k++) {
    for (size_t j : entry[k]) patchJump(j);
    if (int(k) == defaultIndex) patchJumpTo(toDefault, here());
    for (size_t j : pendingFall) patchJump(j);
    pendingFall.clear();
    std::vector<size_t>* saved = fallthroughs;
    fallthroughs = &pendingFall;
    block(clauses[k]->body);
    fallthroughs = saved;
    if (pendingFall.empty()) ends.push_back(emit(Op::JMP));
  }
  if (defaultIndex < 0) patchJump(toDefault);
  closeBreakable(ends, mark);
}

void FuncState::typeSwitch(TypeSwitchStmt* s) {
  int mark = localTop;
  stmt(s->init);
  int x = local();
  exprTo(s->x, x);
  int dyn = local();
  emit(Op::DYN_TYPE, dyn, x);
  std::vector<CaseClause*> clauses;
  for (Stmt* c : s->body->list) clauses.push_back(static_cast<CaseClause*>(c));
  std::vector<std::vector<size_t>> entry(clauses.size());
  int defaultIndex = -1;
  for (size_t k = 0; k < clauses.size(); k++) {
    CaseClause* cc = clauses[k];
    if (cc->list.empty()) defaultIndex = int(k);
    for (Expr* e : cc->list) {
      setLine(e->pos);
      int m = nextReg;
      auto* id = unparen(e)->as<Ident>();
      if ((id && id->obj && id->obj->kind == ObjKind::Nil) || e->type->kind == Kind::UntypedNil) {
        entry[k].push_back(emit(Op::JEQI_I64, dyn, 0, 0));
      } else if (e->type->isInterface()) {
        int c = alloc();
        emit(Op::IMPLEMENTS, c, x, int(typeConst(e->type)));
        entry[k].push_back(emitBC(Op::JMP_IF, c, 0));
      } else {
        int k2 = alloc();
        Slot v;
        v.p = const_cast<Type*>(e->type);
        emitBC(Op::LOADK, k2, int32_t(constant(v, e->type->toString())));
        entry[k].push_back(emit(Op::JEQ_I64, dyn, k2, 0));
      }
      nextReg = m;
    }
  }
  size_t toDefault = emit(Op::JMP);
  targets.push_back({s, {}, {}});
  std::vector<size_t> ends;
  for (size_t k = 0; k < clauses.size(); k++) {
    CaseClause* cc = clauses[k];
    for (size_t j : entry[k]) patchJump(j);
    if (int(k) == defaultIndex) patchJumpTo(toDefault, here());
    int clauseMark = localTop;
    if (Object* v = cc->implicit) {
      int r = local();
      const Type* single = cc->list.size() == 1 ? cc->list[0]->type : nullptr;
      if (single && !single->isInterface() && single->kind != Kind::UntypedNil) {
        int tmp = alloc(2);
        emit(Op::ASSERT_OK, tmp, x, int(typeConst(single)));
        declareLocal(v, r);
        if (isAggregate(v->type)) emit(Op::CLONE, r, tmp, int(typeConst(v->type)));
        else if (boxed(v)) {
          emitBC(Op::NEW, r, int32_t(typeConst(v->type)));
          storeMem(v->type, r, 0, tmp);
        } else emit(Op::MOVE, r, tmp);
      } else {
        declareLocal(v, r);
        if (boxed(v)) {
          emitBC(Op::NEW, r, int32_t(typeConst(v->type)));
          storeMem(v->type, r, 0, x);
        } else {
          emit(Op::MOVE, r, x);
        }
      }
      nextReg = localTop;
    }
    block(cc->body);
    endScopes(clauseMark);
    localTop = nextReg = clauseMark;
    ends.push_back(emit(Op::JMP));
  }
  if (defaultIndex < 0) patchJump(toDefault);
  closeBreakable(ends, mark);
}

// A return in a function that defers calls or has result variables: the deferred calls
// run here, at the return's line, where gc's traces show them (the epilogue's own
// RUN_DEFERS then finds none left, unless a recovered panic resumes there).
void FuncState::jumpToEpilogue(ReturnStmt* s) {
  if (hasDefer) {
    setLine(s->pos);
    emit(Op::RUN_DEFERS);
  }
  returnJumps.push_back(emit(Op::JMP));
}

void FuncState::returnStmt(ReturnStmt* s) {
  size_t n = s->results.size();
  bool viaEpilogue = !resultRegs.empty();
  if (n == 0) {
    if (viaEpilogue || hasDefer) jumpToEpilogue(s);
    else emit(Op::RETURN);
    return;
  }
  std::vector<int> vals;
  std::vector<const Type*> from;
  if (n == 1 && resultTypes.size() > 1) {
    auto* c = unparen(s->results[0])->as<CallExpr>();
    int base = call(c, int(resultTypes.size()));
    for (size_t i = 0; i < resultTypes.size(); i++) {
      vals.push_back(base + int(i));
      from.push_back(c->type->elems[i]);
    }
  } else if (!viaEpilogue && n == 1 && writesDestinationLast(s->results[0])) {
    exprOwned(s->results[0], resultTypes[0], 0);
    emit(Op::RETURN);
    return;
  } else {
    for (size_t i = 0; i < n; i++) {
      int r = alloc();
      exprOwned(s->results[i], resultTypes[i], r);
      vals.push_back(r);
      from.push_back(resultTypes[i]);
    }
  }
  for (size_t i = 0; i < vals.size(); i++) {
    int v = vals[i];
    if (resultTypes[i]->isInterface() && !from[i]->isInterface()) {
      int c = alloc();
      convertTo(v, from[i], resultTypes[i], c);
      v = c;
    }
    if (viaEpilogue) {
      if (resultObjs[i]) storeVar(resultObjs[i], v, resultTypes[i]);
      else if (resultRegs[i] != v) emit(Op::MOVE, resultRegs[i], v);
    } else {
      vals[i] = v;
    }
  }
  if (viaEpilogue) {
    jumpToEpilogue(s);
    return;
  }
  for (size_t i = 0; i < vals.size(); i++)
    if (vals[i] != int(i)) emit(Op::MOVE, int(i), vals[i]);
  emit(Op::RETURN);
}

void FuncState::branchStmt(BranchStmt* s) {
  switch (s->tok) {
    case Tok::Break: target(s->target).breaks.push_back(emit(Op::JMP)); return;
    case Tok::Continue: target(s->target).continues.push_back(emit(Op::JMP)); return;
    case Tok::Fallthrough:
      if (fallthroughs) fallthroughs->push_back(emit(Op::JMP));
      return;
    default: C.error(s->pos, "goro: goto is not supported"); return;
  }
}

// `defer close(ch)`, `go println(x)`: builtins (and generic natives, which need their type
// arguments) have no func value, so the arguments are evaluated now and passed to a small
// synthesized function that performs the call.
int FuncState::builtinThunk(CallExpr* call, int fn) {
  FuncProto* p = C.newProto(proto->name + ".deferwrap" + std::to_string(++thunks), proto->file, call->pos.line);
  p->wrapper = true;
  FuncState child(C, p, this);
  child.deferredBuiltin = true;
  child.setLine(call->pos);
  auto* copy = C.synthetic<CallExpr>(call->pos);
  *copy = *call;
  copy->args.clear();
  int n = int(call->args.size());
  p->nparams = uint16_t(n);
  child.nextReg = child.localTop = n;
  if (n) child.touch(n - 1);
  for (int i = 0; i < n; i++) {
    Expr* arg = call->args[size_t(i)];
    auto* obj = C.syntheticObject();
    obj->kind = ObjKind::Var;
    obj->name = "arg" + std::to_string(i);
    obj->type = arg->type;
    auto* id = C.synthetic<Ident>(arg->pos);
    id->name = obj->name;
    id->obj = obj;
    id->type = arg->type;
    id->mode = Mode::Variable;
    child.declareLocal(obj, i);
    copy->args.push_back(id);
    exprOwned(arg, arg->type, fn + 1 + i);
  }
  if (call->callKind == CallKind::Builtin) child.builtin(copy);
  else child.call(copy, 0);
  child.epilogue();
  Slot v;
  v.p = staticClosure(p);
  emitBC(Op::LOADK, fn, int32_t(constant(v, p->name)));
  return n;
}

void FuncState::deferOrGo(CallExpr* call, bool isGo) {
  if (call->callKind != CallKind::Regular || !call->typeArgs.empty()) {
    int fn = alloc(1 + int(call->args.size()));
    int n = builtinThunk(call, fn);
    setLine(call->pos);
    emit(isGo ? Op::GO : Op::DEFER, fn, n);
    return;
  }
  int fn = alloc();
  const Type* sig = unparen(call->fun)->type->under();
  int n;
  if (FuncProto* m = staticMethod(call->fun)) {
    // `defer mu.Unlock()`: the method itself is deferred with its receiver, evaluated
    // now, as its first argument; no bound method value is made.
    Slot v;
    v.p = staticClosure(m);
    emitBC(Op::LOADK, fn, int32_t(constant(v, m->name)));
    int recv = alloc();
    receiver(unparen(call->fun)->as<SelectorExpr>(), m->recvType && m->recvType->kind == Kind::Pointer, recv);
    nextReg = recv + 1;
    n = 1 + args(call, sig, fn + 2);
  } else {
    funcValue(call->fun, fn);
    n = args(call, sig, fn + 1);
  }
  setLine(call->pos);
  emit(isGo ? Op::GO : Op::DEFER, fn, n);
}

}  // namespace goro

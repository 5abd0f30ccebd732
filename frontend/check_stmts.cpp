// Statements and function bodies: assignments and short variable declarations, control
// flow (branch targets, labels, fallthrough), switches, select, range, missing returns
// and unused variables.
#include <algorithm>

#include "frontend/checker.h"

namespace goro::checker {

std::string Checker::binaryStr(const BinaryExpr* be) const {
  if (be != opAssignNode_) return exprStr(be);
  return exprStr(be->x) + " " + tokString(be->op) + "= " + exprStr(be->y);
}

// ---------------------------------------------------------------- function bodies

void Checker::funcBody(Node* decl, const Type* sig, Scope* scope, BlockStmt* body) {
  FuncCtx fc;
  fc.sig = sig;
  fc.outer = func_;
  FuncCtx* savedFunc = func_;
  Scope* savedScope = scope_;
  std::optional<int64_t> savedIota = iota_;
  FuncType* ft = decl->is<FuncDecl>() ? static_cast<FuncDecl*>(decl)->sig : static_cast<FuncLit*>(decl)->sig;
  if (ft->results) {
    for (Field* f : ft->results->list) {
      fc.namedResults = fc.namedResults || !f->names.empty();
      for (Ident* name : f->names)
        if (name->obj) fc.resultVars.push_back(name->obj);
    }
  }
  func_ = &fc;
  FuncCtx* savedRepl = replFunc_;
  if (decl == replStatements_) replFunc_ = &fc;
  iota_.reset();
  for (Object* o : scope->ordered) owner_[o] = &fc;
  collectLabels(body->list, fc);
  stmtList(body->list, scope, StmtCtx{});
  if (!sig->results.empty() && !isTerminatingList(body->list)) error(body->rbrace, "missing return");
  for (auto& [name, label] : fc.labels)
    if (!fc.labelUsed[name]) error(label->label->pos, "label " + name + " defined and not used");
  reportUnused(fc);
  replFunc_ = savedRepl;
  func_ = savedFunc;
  scope_ = savedScope;
  iota_ = savedIota;
}

void Checker::reportUnused(FuncCtx& fc) {
  for (Object* o : fc.locals) {
    // Current gc's wording (Go 1.19 says "x declared but not used").
    // A variable of an invalid type already has an error of its own.
    bool invalid = !o->type || o->type->kind == Kind::Invalid;
    if (!o->used && !invalid && o->name != "_") error(o->pos, "declared and not used: " + o->name);
  }
}

// Labels belong to the whole function body (not to nested function literals).
void Checker::collectLabels(const std::vector<Stmt*>& list, FuncCtx& fc) {
  for (Stmt* s : list) {
    while (auto* ls = s ? s->as<LabeledStmt>() : nullptr) {
      const std::string& name = ls->label->name;
      if (name != "_") {
        auto [it, fresh] = fc.labels.emplace(name, ls);
        if (!fresh) {
          error(ls->label->pos, "label " + name + " already defined at " + posStr(it->second->label->pos));
        }
      }
      s = ls->stmt;
    }
    if (!s) continue;
    switch (s->kind) {
      case NodeKind::BlockStmt: collectLabels(static_cast<BlockStmt*>(s)->list, fc); break;
      case NodeKind::IfStmt: {
        auto* is = static_cast<IfStmt*>(s);
        collectLabels(is->body->list, fc);
        if (is->els) collectLabels({is->els}, fc);
        break;
      }
      case NodeKind::ForStmt: collectLabels(static_cast<ForStmt*>(s)->body->list, fc); break;
      case NodeKind::RangeStmt: collectLabels(static_cast<RangeStmt*>(s)->body->list, fc); break;
      case NodeKind::SwitchStmt:
        for (Stmt* c : static_cast<SwitchStmt*>(s)->body->list)
          if (auto* cc = c->as<CaseClause>()) collectLabels(cc->body, fc);
        break;
      case NodeKind::TypeSwitchStmt:
        for (Stmt* c : static_cast<TypeSwitchStmt*>(s)->body->list)
          if (auto* cc = c->as<CaseClause>()) collectLabels(cc->body, fc);
        break;
      case NodeKind::SelectStmt:
        for (Stmt* c : static_cast<SelectStmt*>(s)->body->list)
          if (auto* cc = c->as<CommClause>()) collectLabels(cc->body, fc);
        break;
      default: break;
    }
  }
}

// ---------------------------------------------------------------- statements

void Checker::stmtList(const std::vector<Stmt*>& list, Scope* scope, StmtCtx ctx) {
  // fallthrough is allowed only as the last (non-empty) statement of a clause.
  size_t last = list.size();
  while (last > 0 && list[last - 1]->is<EmptyStmt>()) --last;
  for (size_t i = 0; i < list.size(); ++i) {
    StmtCtx inner = ctx;
    if (i + 1 != last) inner.fallthroughOk = inner.finalClause = false;
    stmt(list[i], scope, inner);
  }
}

void Checker::stmt(Stmt* s, Scope* scope, StmtCtx ctx) {
  scope_ = scope;
  StmtCtx nested = ctx;  // for statements that contain statement lists
  nested.fallthroughOk = nested.finalClause = false;
  switch (s->kind) {
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      return;
    case NodeKind::DeclStmt:
      localDecl(static_cast<DeclStmt*>(s)->decl, scope);
      return;
    case NodeKind::LabeledStmt: {
      auto* ls = static_cast<LabeledStmt*>(s);
      Stmt* inner = ls->stmt;
      // A label defined twice names its first definition, as in gc: branches inside the
      // second statement do not target it.
      auto first = func_ ? func_->labels.find(ls->label->name) : FuncCtx::Labels::iterator{};
      bool firstDefinition = !func_ || first == func_->labels.end() || first->second == ls;
      if (inner && firstDefinition &&
          (inner->is<ForStmt>() || inner->is<RangeStmt>() || inner->is<SwitchStmt>() ||
           inner->is<TypeSwitchStmt>() || inner->is<SelectStmt>()))
        ctx.labeled.emplace_back(ls->label->name, inner);
      if (inner) stmt(inner, scope, ctx);
      return;
    }
    case NodeKind::ExprStmt: exprStmt(static_cast<ExprStmt*>(s)); return;
    case NodeKind::SendStmt: sendStmt(static_cast<SendStmt*>(s)); return;
    case NodeKind::IncDecStmt: incDecStmt(static_cast<IncDecStmt*>(s)); return;
    case NodeKind::AssignStmt: assignStmt(static_cast<AssignStmt*>(s), scope); return;
    case NodeKind::GoStmt: goDeferCall(static_cast<GoStmt*>(s)->call, "go"); return;
    case NodeKind::DeferStmt: goDeferCall(static_cast<DeferStmt*>(s)->call, "defer"); return;
    case NodeKind::ReturnStmt: returnStmt(static_cast<ReturnStmt*>(s)); return;
    case NodeKind::BranchStmt: branchStmt(static_cast<BranchStmt*>(s), ctx); return;
    case NodeKind::BlockStmt:
      stmtList(static_cast<BlockStmt*>(s)->list, newScope(scope), nested);
      return;
    case NodeKind::IfStmt: ifStmt(static_cast<IfStmt*>(s), scope, nested); return;
    case NodeKind::SwitchStmt: switchStmt(static_cast<SwitchStmt*>(s), scope, nested); return;
    case NodeKind::TypeSwitchStmt: typeSwitchStmt(static_cast<TypeSwitchStmt*>(s), scope, nested); return;
    case NodeKind::SelectStmt: selectStmt(static_cast<SelectStmt*>(s), scope, nested); return;
    case NodeKind::ForStmt: forStmt(static_cast<ForStmt*>(s), scope, nested); return;
    case NodeKind::RangeStmt: rangeStmt(static_cast<RangeStmt*>(s), scope, nested); return;
    default:
      error(s->pos, "unexpected statement");
      return;
  }
}

void Checker::exprStmt(ExprStmt* es) {
  Expr* x = es->x;
  rawExpr(x, nullptr);
  if (es == replShown_ && x->mode != Mode::Invalid && x->mode != Mode::NoValue && x->mode != Mode::TypeExpr &&
      x->mode != Mode::Builtin && x->mode != Mode::PkgName) {
    // The value a REPL input shows: any expression is used, untyped ones as they would
    // be assigned to a new variable.
    if (x->type && x->type->kind != Kind::Tuple) {
      if (x->type->kind == Kind::UntypedNil) error(x->pos, "use of untyped nil in assignment");
      else if (x->type->isUntyped()) assign(x, defaultType(x->type), "assignment");
    }
    return;
  }
  const char* msg = nullptr;
  switch (x->mode) {
    case Mode::Invalid: return;
    case Mode::Builtin: msg = "must be called"; break;
    case Mode::TypeExpr: msg = "is not an expression"; break;
    case Mode::PkgName:
      singleValue(x);
      return;
    default: {
      Expr* inner = unparen(x);
      if (auto* c = inner->as<CallExpr>()) {
        if (c->callKind == CallKind::Regular || x->mode == Mode::NoValue) return;
        if (c->callKind == CallKind::Builtin) {
          switch (c->builtin) {
            case BuiltinId::Copy: case BuiltinId::Recover: return;
            default: break;
          }
        }
      } else if (auto* u = inner->as<UnaryExpr>(); u && u->op == Tok::Arrow) {
        return;
      }
      msg = "is not used";
    }
  }
  error(x->pos, operandStr(x) + " " + msg);
}

void Checker::sendStmt(SendStmt* ss) {
  expr(ss->chan);
  expr(ss->value);
  if (ss->chan->mode == Mode::Invalid || ss->value->mode == Mode::Invalid) return;
  const Type* u = ss->chan->type->under();
  if (u->kind != Kind::Chan) {
    error(ss->pos, "invalid operation: cannot send to non-channel " + operandStr(ss->chan));
    return;
  }
  if (u->dir == ChanDirT::Recv) {
    error(ss->pos, "invalid operation: cannot send to receive-only channel " + operandStr(ss->chan));
    return;
  }
  assign(ss->value, u->elem, "send");
}

void Checker::incDecStmt(IncDecStmt* ids) {
  expr(ids->x);
  Expr* x = ids->x;
  if (x->mode == Mode::Invalid) return;
  if (!x->type->isNumeric()) {
    error(x->pos, "invalid operation: " + exprStr(x) + (ids->tok == Tok::Inc ? "++" : "--") +
                      " (non-numeric type " + typeStr(x->type) + ")");
    return;
  }
  if (x->mode != Mode::Variable && x->mode != Mode::MapIndex) error(x->pos, "cannot assign to " + operandStr(x));
}

// The type a value assigned to lhs must have; null for `_` (and after an error, with
// lhs->mode Invalid). An identifier on the left is not a use of its variable.
const Type* Checker::lhsVar(Expr* lhs) {
  Expr* e = unparen(lhs);
  if (auto* id = e->as<Ident>(); id && id->name == "_") {
    id->obj = nullptr;
    lhs->mode = Mode::Variable;
    lhs->type = nullptr;
    return nullptr;
  }
  bool saved = lhsContext_;
  lhsContext_ = e->is<Ident>();
  expr(lhs);
  lhsContext_ = saved;
  if (lhs->mode == Mode::Invalid) return nullptr;
  if (lhs->mode != Mode::Variable && lhs->mode != Mode::MapIndex) {
    auto* sel = e->as<SelectorExpr>();
    if (sel && sel->selKind == SelKind::Field && unparen(sel->x)->mode == Mode::MapIndex) {
      error(lhs->pos, "cannot assign to struct field " + exprStr(lhs) + " in map");
    } else {
      error(lhs->pos, "cannot assign to " + operandStr(lhs));
    }
    lhs->mode = Mode::Invalid;
    return nullptr;
  }
  return lhs->type;
}

void Checker::opAssign(AssignStmt* as) {
  if (as->lhs.size() != 1 || as->rhs.size() != 1) {
    error(as->tokPos, "assignment operation " + std::string(tokString(assignOpToBinary(as->tok))) +
                          "= requires single-valued expressions");
    return;
  }
  // Checked as the binary operation x op y, then assigned back to x.
  BinaryExpr op(as->pos);
  op.op = assignOpToBinary(as->tok);
  op.opPos = as->tokPos;
  op.x = as->lhs[0];
  op.y = as->rhs[0];
  const BinaryExpr* saved = opAssignNode_;
  opAssignNode_ = &op;
  binary(&op, nullptr);
  opAssignNode_ = saved;
  if (op.mode == Mode::Invalid) return;
  Expr* x = as->lhs[0];
  if (x->mode != Mode::Variable && x->mode != Mode::MapIndex) {
    error(x->pos, "cannot assign to " + operandStr(x));
    return;
  }
  // A constant result (x op y with constant x cannot be assigned anyway) needs no checks.
  if (op.type && op.type->isUntyped()) setType(&op, x->type);
}

void Checker::assignStmt(AssignStmt* as, Scope* scope) {
  if (as->tok == Tok::Define) {
    shortVarDecl(as, scope);
    return;
  }
  if (as->tok != Tok::Assign) {
    opAssign(as);
    return;
  }
  auto& lhs = as->lhs;
  auto& rhs = as->rhs;
  auto assignTo = [&](Expr* l, const Type* lt, Expr* r) {
    if (r->mode == Mode::Invalid) return;
    if (l->mode == Mode::Invalid) return;
    if (!lt) {  // `_ = x`
      if (r->type->kind == Kind::UntypedNil) {
        error(r->pos, "use of untyped nil in assignment");
        return;
      }
      if (r->type->isUntyped()) assign(r, defaultType(r->type), "assignment");
      return;
    }
    assign(r, lt, "assignment");
  };
  if (lhs.size() == rhs.size()) {
    std::vector<const Type*> types;
    for (Expr* l : lhs) types.push_back(lhsVar(l));
    for (size_t i = 0; i < rhs.size(); ++i) {
      if (rhs.size() == 1) {
        if (tupleMismatch(rhs[0], 1)) return;
        singleValue(rhs[0]);
      } else {
        expr(rhs[i]);
      }
      assignTo(lhs[i], types[i], rhs[i]);
    }
    return;
  }
  if (rhs.size() == 1) {
    Expr* r = rhs[0];
    rawExpr(r, nullptr);
    std::vector<const Type*> ltypes;
    for (Expr* l : lhs) ltypes.push_back(lhsVar(l));
    if (r->mode == Mode::Invalid) return;
    std::vector<const Type*> rtypes;
    if (r->type && r->type->kind == Kind::Tuple) {
      rtypes = r->type->elems;
    } else if ((r->mode == Mode::MapIndex || r->mode == Mode::CommaOk) && lhs.size() == 2) {
      rtypes = {r->type, types_.basic(Kind::UntypedBool)};
    }
    if (rtypes.size() != lhs.size()) {
      size_t n = r->type && r->type->kind == Kind::Tuple ? r->type->elems.size() : 1;
      error(r->pos, assignMismatch(rhs, lhs.size(), n));
      return;
    }
    for (size_t i = 0; i < lhs.size(); ++i) {
      if (!ltypes[i] || lhs[i]->mode == Mode::Invalid) continue;
      BadExpr probe(r->pos);
      probe.mode = Mode::Value;
      probe.type = rtypes[i];
      // The untyped bool of a comma-ok suits any boolean type, elsewhere it is a bool.
      if (rtypes[i]->kind == Kind::UntypedBool)
        probe.type = ltypes[i]->isBoolean() ? ltypes[i] : types_.basic(Kind::Bool);
      std::string reason;
      if (!assignableTo(&probe, ltypes[i], &reason)) {
        error(r->pos, "cannot use " + exprStr(r) + " (value of type " + typeStr(rtypes[i]) + ") as " +
                          typeStr(ltypes[i]) + " value in assignment" + reason);
      }
    }
    return;
  }
  for (Expr* l : lhs) lhsVar(l);
  for (Expr* r : rhs) expr(r);
  error(rhs[0]->pos, assignMismatch(rhs, lhs.size(), rhs.size()));
}

// `x = f()` / `x := f()` with a multi-value f: gc's "assignment mismatch" rather than the
// single-value complaint. Evaluates rhs; true (after reporting) when it is such a call.
bool Checker::tupleMismatch(Expr* rhs, size_t nvars) {
  rawExpr(rhs, nullptr);
  auto* c = unparen(rhs)->as<CallExpr>();
  if (!c || rhs->mode == Mode::TypeExpr || !rhs->type || rhs->type->kind != Kind::Tuple) return false;
  error(rhs->pos, assignMismatch({rhs}, nvars, rhs->type->elems.size()));
  rhs->mode = Mode::Invalid;
  return true;
}

void Checker::shortVarDecl(AssignStmt* as, Scope* scope) {
  auto& lhs = as->lhs;
  auto& rhs = as->rhs;
  // The new variables are not in scope on the right-hand side.
  std::vector<const Type*> rtypes;
  bool rhsOk = true;
  std::string mismatch;
  if (lhs.size() == 1 && rhs.size() == 1 && tupleMismatch(rhs[0], 1)) {
    rhsOk = false;
  } else if (lhs.size() == rhs.size()) {
    for (Expr* r : rhs) {
      if (rhs.size() == 1) singleValue(r);  // evaluated by tupleMismatch
      else expr(r);
      if (r->mode == Mode::Invalid) {
        rhsOk = false;
        rtypes.push_back(nullptr);
      } else {
        rtypes.push_back(r->type);
      }
    }
  } else if (rhs.size() == 1) {
    Expr* r = rhs[0];
    rawExpr(r, nullptr);
    if (r->mode == Mode::Invalid) {
      rhsOk = false;
    } else if (r->type && r->type->kind == Kind::Tuple) {
      rtypes = r->type->elems;
    } else if ((r->mode == Mode::MapIndex || r->mode == Mode::CommaOk) && lhs.size() == 2) {
      rtypes = {r->type, types_.basic(Kind::Bool)};
    } else if (!singleValue(r)) {
      rhsOk = false;
    }
    if (rhsOk && rtypes.size() != lhs.size()) {
      size_t n = r->type && r->type->kind == Kind::Tuple ? r->type->elems.size() : 1;
      mismatch = assignMismatch(rhs, lhs.size(), n);
    }
  } else {
    for (Expr* r : rhs) expr(r);
    mismatch = assignMismatch(rhs, lhs.size(), rhs.size());
  }
  // Classify the left-hand side: new variables, redeclared ones, blanks.
  std::vector<Object*> vars(lhs.size(), nullptr);
  std::vector<bool> fresh(lhs.size(), false);
  bool anyNew = false, lhsOk = true;
  for (size_t i = 0; i < lhs.size(); ++i) {
    auto* id = lhs[i]->as<Ident>();
    if (!id) {
      scope_ = scope;
      expr(lhs[i]);
      error(lhs[i]->pos, "non-name " + exprStr(lhs[i]) + " on left side of :=");
      lhsOk = false;
      continue;
    }
    for (size_t j = 0; j < i; ++j) {
      auto* prev = lhs[j]->as<Ident>();
      if (prev && prev->name == id->name && id->name != "_") {
        error(id->pos, id->name + " repeated on left side of :=");
        lhsOk = false;
      }
    }
    if (id->name == "_") {
      id->mode = Mode::Variable;
      continue;
    }
    // At a REPL prompt's top level, := declares afresh (see declare()).
    Object* existing = scope == replScope_ ? nullptr : scope->lookupLocal(id->name);
    if (existing && existing->kind == ObjKind::Var) {
      vars[i] = existing;
      id->obj = existing;
      id->mode = Mode::Variable;
      id->type = existing->type;
      use(existing);
      continue;
    }
    vars[i] = newLocalVar(id, nullptr, as);
    fresh[i] = true;
    anyNew = true;
  }
  if (!anyNew && lhsOk) error(as->tokPos, "no new variables on left side of :=");
  if (!mismatch.empty()) error(rhs[0]->pos, mismatch);
  // After an error on the right, gc does not also report the variables unused.
  if (!rhsOk || !mismatch.empty())
    for (size_t i = 0; i < lhs.size(); ++i)
      if (fresh[i]) vars[i]->used = true;
  if (rhsOk && mismatch.empty()) {
    for (size_t i = 0; i < lhs.size(); ++i) {
      const Type* rt = rtypes[i];
      Expr* r = lhs.size() == rhs.size() ? rhs[i] : nullptr;
      if (!rt) {
        if (fresh[i]) vars[i]->used = true;
        continue;
      }
      if (fresh[i] || !vars[i]) {
        if (rt->kind == Kind::UntypedNil) {
          error(r ? r->pos : rhs[0]->pos, "use of untyped nil in assignment");
          if (vars[i]) vars[i]->used = true;
          continue;
        }
        if (r && rt->isUntyped()) {
          assign(r, defaultType(rt), "assignment");
          rt = defaultType(rt);
        }
        if (vars[i]) {
          vars[i]->type = rt;
          lhs[i]->type = rt;
          lhs[i]->mode = Mode::Variable;
        }
        continue;
      }
      if (r) {
        assign(r, vars[i]->type, "assignment");
      } else {
        BadExpr probe(rhs[0]->pos);
        probe.mode = Mode::Value;
        probe.type = rt;
        std::string reason;
        if (!assignableTo(&probe, vars[i]->type, &reason))
          error(rhs[0]->pos, "cannot use " + exprStr(rhs[0]) + " (value of type " + typeStr(rt) + ") as " +
                                 typeStr(vars[i]->type) + " value in assignment" + reason);
      }
    }
  }
  for (size_t i = 0; i < lhs.size(); ++i)
    if (fresh[i]) declare(scope, static_cast<Ident*>(lhs[i]), vars[i]);
}

void Checker::goDeferCall(CallExpr* call, const char* what) {
  if (!call) return;  // `go x` of a non-call: the parser has reported it
  rawExpr(call, nullptr);
  if (call->mode == Mode::Invalid) return;
  if (call->callKind == CallKind::Conversion) {
    error(call->pos, std::string(what) + " requires function call, not conversion");
    return;
  }
  if (call->callKind == CallKind::Builtin) {
    switch (call->builtin) {
      case BuiltinId::Copy: case BuiltinId::Delete: case BuiltinId::Panic: case BuiltinId::Print:
      case BuiltinId::Println: case BuiltinId::Recover: case BuiltinId::Close: case BuiltinId::Clear:
        return;
      default:
        error(call->pos, std::string(what) + " discards result of " + exprStr(call));
    }
  }
}

void Checker::returnStmt(ReturnStmt* rs) {
  const Type* sig = func_->sig;
  const auto& want = sig->results;
  auto& results = rs->results;
  if (results.empty()) {
    if (want.empty()) return;
    // A bare return is fine when the results are named.
    if (!func_->namedResults) {
      error(rs->pos, "not enough return values\n\thave ()\n\twant " + typeList(want, false));
      return;
    }
    // The spec lets compilers reject a bare return where a result is shadowed; gc does.
    for (Object* result : func_->resultVars) {
      Object* alt = scope_->lookup(result->name);
      if (alt && alt != result)
        error(rs->pos, "result parameter " + result->name + " not in scope at return\n\t" + posStr(alt->pos) +
                           ": inner declaration of " + objectStr(alt));
    }
    return;
  }
  std::vector<const Type*> have;
  bool spread = false, ok = true;
  if (results.size() == 1) {
    rawExpr(results[0], nullptr);
    Expr* r = results[0];
    if (r->mode != Mode::TypeExpr && r->type && r->type->kind == Kind::Tuple) {
      spread = true;
      have = r->type->elems;
    } else if (singleValue(r)) {
      have.push_back(r->type);
    } else {
      ok = false;
    }
  } else {
    for (Expr* r : results) {
      expr(r);
      if (r->mode == Mode::Invalid) ok = false;
      have.push_back(r->type);
    }
  }
  if (!ok) return;
  if (have.size() != want.size()) {
    bool tooMany = have.size() > want.size();
    Pos at = tooMany ? (spread ? results[0]->pos : results[want.size()]->pos) : results.back()->pos;
    error(at, std::string(tooMany ? "too many" : "not enough") + " return values\n\thave " + haveList(results) +
                  "\n\twant " + typeList(want, false));
    return;
  }
  if (spread) {
    for (size_t i = 0; i < have.size(); ++i) {
      BadExpr probe(results[0]->pos);
      probe.mode = Mode::Value;
      probe.type = have[i];
      std::string reason;
      if (!assignableTo(&probe, want[i], &reason))
        error(results[0]->pos, "cannot use " + exprStr(results[0]) + " (value of type " + typeStr(have[i]) +
                                   ") as " + typeStr(want[i]) + " value in return statement" + reason);
    }
    return;
  }
  for (size_t i = 0; i < results.size(); ++i) assign(results[i], want[i], "return statement");
}

void Checker::branchStmt(BranchStmt* bs, const StmtCtx& ctx) {
  const std::string label = bs->label ? bs->label->name : "";
  auto findLabeled = [&]() -> Stmt* {
    for (auto it = ctx.labeled.rbegin(); it != ctx.labeled.rend(); ++it)
      if (it->first == label) return it->second;
    return nullptr;
  };
  if (!label.empty() && func_) func_->labelUsed[label] = true;
  switch (bs->tok) {
    case Tok::Goto:
      error(bs->pos, "goro: goto is not supported");
      return;
    case Tok::Break:
      if (!label.empty()) {
        bs->target = findLabeled();
        if (!bs->target) {
          bool known = func_ && func_->labels.count(label);
          error(bs->label->pos, known ? "invalid break label " + label : "break label not defined: " + label);
        }
        return;
      }
      bs->target = ctx.breakTarget;
      if (!bs->target) error(bs->pos, "break is not in a loop, switch, or select");
      return;
    case Tok::Continue:
      if (!label.empty()) {
        Stmt* t = findLabeled();
        if (!t) {
          bool known = func_ && func_->labels.count(label);
          error(bs->label->pos, known ? "invalid continue label " + label : "continue label not defined: " + label);
        } else if (!t->is<ForStmt>() && !t->is<RangeStmt>()) {
          error(bs->label->pos, "invalid continue label " + label);
        } else {
          bs->target = t;
        }
        return;
      }
      bs->target = ctx.continueTarget;
      if (!bs->target) error(bs->pos, "continue is not in a loop");
      return;
    case Tok::Fallthrough:
      if (!ctx.fallthroughOk) {
        if (ctx.finalClause) error(bs->pos, "cannot fallthrough final case in switch");
        else if (ctx.inTypeSwitch) error(bs->pos, "cannot fallthrough in type switch");
        else error(bs->pos, "fallthrough statement out of place");
        return;
      }
      bs->target = ctx.breakTarget;
      return;
    default:
      return;
  }
}

void Checker::ifStmt(IfStmt* is, Scope* scope, StmtCtx ctx) {
  Scope* s = newScope(scope);
  if (is->init) stmt(is->init, s, ctx);
  scope_ = s;
  expr(is->cond);
  if (is->cond->mode != Mode::Invalid) {
    if (!is->cond->type->isBoolean()) error(is->cond->pos, "non-boolean condition in if statement");
    else if (is->cond->type->isUntyped()) setType(is->cond, types_.basic(Kind::Bool));
  }
  stmtList(is->body->list, newScope(s), ctx);
  if (auto* elseIf = is->els ? is->els->as<IfStmt>() : nullptr) {
    ifStmt(elseIf, s, ctx);
  } else if (auto* block = is->els ? is->els->as<BlockStmt>() : nullptr) {
    stmtList(block->list, newScope(s), ctx);
  }
}

void Checker::switchStmt(SwitchStmt* ss, Scope* scope, StmtCtx ctx) {
  Scope* s = newScope(scope);
  if (ss->init) stmt(ss->init, s, ctx);
  scope_ = s;
  Expr* tag = ss->tag;
  if (tag) {
    defaultExpr(tag);
    if (tag->mode != Mode::Invalid && tag->type->kind == Kind::UntypedNil) {
      error(tag->pos, "use of untyped nil in switch expression");
      tag->mode = Mode::Invalid;
    }
    // Values of func, map and slice types can still be switched on against nil.
    Kind k = tag->mode == Mode::Invalid ? Kind::Invalid : tag->type->ukind();
    bool hasNil = k == Kind::Func || k == Kind::Map || k == Kind::Slice;
    if (tag->mode != Mode::Invalid && !tag->type->comparable() && !hasNil) {
      error(tag->pos, "cannot switch on " + operandStr(tag) + " (" + typeStr(tag->type) + " is not comparable)");
      tag->mode = Mode::Invalid;
    }
  }
  const Type* boolType = types_.basic(Kind::Bool);
  CaseClause* firstDefault = nullptr;
  std::vector<Expr*> seenConstants;  // for duplicate cases
  const auto& clauses = ss->body->list;
  for (size_t ci = 0; ci < clauses.size(); ++ci) {
    auto* cc = clauses[ci]->as<CaseClause>();
    if (!cc) continue;
    if (cc->isDefault || cc->list.empty()) {
      if (firstDefault) error(cc->pos, "multiple defaults (first at " + posStr(firstDefault->pos) + ")");
      else firstDefault = cc;
    }
    scope_ = s;
    for (Expr* e : cc->list) {
      expr(e);
      if (e->mode == Mode::Invalid) continue;
      if (!tag) {
        // A tagless switch compares each case with true.
        if (e->type->isInterface() && implements(boolType, e->type)) continue;
        if (!e->type->isBoolean()) {
          error(e->pos, "invalid case " + exprStr(e) + " in switch on true (mismatched types " + typeStr(e->type) + " and bool)");
        } else if (e->type->isUntyped()) {
          setType(e, boolType);
        }
        continue;
      }
      if (tag->mode == Mode::Invalid) continue;
      // The case value is compared with the tag as in `tag == e`.
      bool isNil = e->type->kind == Kind::UntypedNil;
      bool ok = e->type->isUntyped() ? convertUntyped(e, tag->type) : true;
      if (e->mode == Mode::Invalid) continue;
      if (ok) ok = assignableTo(e, tag->type, nullptr) || assignableTo(tag, e->type, nullptr);
      if (!ok) {
        error(e->pos, "invalid case " + exprStr(e) + " in switch on " + exprStr(tag) + " (mismatched types " +
                          typeStr(e->type) + " and " + typeStr(tag->type) + ")");
      } else if (!e->type->comparable() && !isNil) {
        error(e->pos, "invalid case " + exprStr(e) + " in switch on " + exprStr(tag) + " (" +
                          typeStr(e->type) + " cannot be compared)");
      } else if (e->mode == Mode::Constant) {
        for (Expr* prev : seenConstants) {
          if (prev->type == e->type && Constant::compare(prev->value, e->value) == 0) {
            error(e->pos, "duplicate case " + operandStr(e) + " in expression switch\n\t" + posStr(prev->pos) +
                              ": previous case");
            break;
          }
        }
        seenConstants.push_back(e);
      }
    }
    StmtCtx inner = ctx;
    inner.breakTarget = ss;
    inner.inTypeSwitch = false;
    bool last = ci + 1 == clauses.size();
    inner.fallthroughOk = !last;
    inner.finalClause = last;
    stmtList(cc->body, newScope(s), inner);
  }
}

void Checker::typeSwitchStmt(TypeSwitchStmt* ts, Scope* scope, StmtCtx ctx) {
  Scope* s = newScope(scope);
  if (ts->init) stmt(ts->init, s, ctx);
  scope_ = s;
  expr(ts->x);
  Expr* x = ts->x;
  bool xOk = x->mode != Mode::Invalid;
  if (xOk && !x->type->isInterface()) {
    error(x->pos, operandStr(x) + " is not an interface");
    xOk = false;
  }
  if (ts->bind && ts->bind->name == "_") {
    error(ts->bind->pos, "no new variable on left side of :=");
  }
  bool bindUsed = false;
  CaseClause* firstDefault = nullptr;
  std::vector<std::pair<const Type*, Pos>> seenTypes;  // null: the nil case
  for (Stmt* st : ts->body->list) {
    auto* cc = st->as<CaseClause>();
    if (!cc) continue;
    if (cc->isDefault || cc->list.empty()) {
      if (firstDefault) error(cc->pos, "multiple defaults (first at " + posStr(firstDefault->pos) + ")");
      else firstDefault = cc;
    }
    const Type* single = nullptr;
    for (Expr* e : cc->list) {
      scope_ = s;
      Expr* inner = unparen(e);
      if (auto* id = inner->as<Ident>(); id && id->name == "nil") {
        Object* o = s->lookup("nil");
        if (o && o->kind == ObjKind::Nil) {
          id->obj = o;
          e->mode = Mode::Value;
          e->type = types_.basic(Kind::UntypedNil);
          single = nullptr;
          for (auto& [seen, pos] : seenTypes)
            if (!seen) error(e->pos, "multiple nil cases in type switch (first at " + posStr(pos) + ")");
          seenTypes.emplace_back(nullptr, e->pos);
          continue;
        }
      }
      const Type* t = resolveType(e);
      if (!t) continue;
      for (auto& [seen, pos] : seenTypes) {
        if (seen == t) {
          error(e->pos, "duplicate case " + typeStr(t) + " in type switch\n\t" + posStr(pos) + ": previous case");
          break;
        }
      }
      seenTypes.emplace_back(t, e->pos);
      single = t;
      if (xOk && !t->isInterface() && !implements(t, x->type)) {
        std::string reason = implementsReason(t, x->type);
        size_t paren = reason.find(" (");
        error(e->pos, "impossible type switch case: " + exprStr(e) + "\n\t" + operandStr(x) +
                          " cannot have dynamic type " + typeStr(t) + (paren == std::string::npos ? "" : reason.substr(paren)));
      }
    }
    Scope* cs = newScope(s);
    if (ts->bind && ts->bind->name != "_") {
      const Type* vt = cc->list.size() == 1 && single ? single : (xOk ? x->type : nullptr);
      Object* v = newObject(ObjKind::Var, ts->bind->name, ts->bind->pos, vt);
      v->decl = cc;
      if (func_) owner_[v] = func_;
      cs->names[v->name] = v;
      cs->ordered.push_back(v);
      cc->implicit = v;
    }
    StmtCtx inner = ctx;
    inner.breakTarget = ts;
    inner.inTypeSwitch = true;
    inner.fallthroughOk = inner.finalClause = false;
    stmtList(cc->body, cs, inner);
    if (cc->implicit && cc->implicit->used) bindUsed = true;
  }
  if (ts->bind && ts->bind->name != "_" && !bindUsed) {
    // Current gc's wording (Go 1.19 says "v declared but not used").
    error(ts->bind->pos, "declared and not used: " + ts->bind->name);
  }
}

void Checker::selectStmt(SelectStmt* ss, Scope* scope, StmtCtx ctx) {
  CommClause* firstDefault = nullptr;
  for (Stmt* st : ss->body->list) {
    auto* cc = st->as<CommClause>();
    if (!cc) continue;
    Scope* cs = newScope(scope);
    if (!cc->comm) {
      if (firstDefault) error(cc->pos, "multiple defaults in select (first at " + posStr(firstDefault->pos) + ")");
      else firstDefault = cc;
    } else {
      bool valid = false;
      if (cc->comm->is<SendStmt>()) {
        valid = true;
      } else if (auto* es = cc->comm->as<ExprStmt>()) {
        auto* u = unparen(es->x)->as<UnaryExpr>();
        valid = u && u->op == Tok::Arrow;
      } else if (auto* as = cc->comm->as<AssignStmt>()) {
        auto* u = as->rhs.size() == 1 ? unparen(as->rhs[0])->as<UnaryExpr>() : nullptr;
        valid = u && u->op == Tok::Arrow && as->lhs.size() <= 2 &&
                (as->tok == Tok::Assign || as->tok == Tok::Define);
      }
      if (!valid) {
        error(cc->comm->pos, "select case must be receive, send or assign recv");
      } else {
        stmt(cc->comm, cs, StmtCtx{});
      }
    }
    StmtCtx inner = ctx;
    inner.breakTarget = ss;
    inner.fallthroughOk = inner.finalClause = false;
    stmtList(cc->body, cs, inner);
  }
}

void Checker::forStmt(ForStmt* fs, Scope* scope, StmtCtx ctx) {
  Scope* s = newScope(scope);
  if (fs->init) stmt(fs->init, s, ctx);
  scope_ = s;
  if (fs->cond) {
    expr(fs->cond);
    if (fs->cond->mode != Mode::Invalid) {
      if (!fs->cond->type->isBoolean()) error(fs->cond->pos, "non-boolean condition in for statement");
      else if (fs->cond->type->isUntyped()) setType(fs->cond, types_.basic(Kind::Bool));
    }
  }
  if (fs->post) {
    if (auto* as = fs->post->as<AssignStmt>(); as && as->tok == Tok::Define) {
      error(as->pos, "cannot declare in post statement of for loop");
    } else {
      stmt(fs->post, s, ctx);
    }
  }
  StmtCtx inner = ctx;
  inner.breakTarget = fs;
  inner.continueTarget = fs;
  inner.inTypeSwitch = false;
  stmtList(fs->body->list, newScope(s), inner);
}

void Checker::rangeStmt(RangeStmt* rs, Scope* scope, StmtCtx ctx) {
  Scope* s = newScope(scope);
  scope_ = scope;
  defaultExpr(rs->x);
  Expr* x = rs->x;
  const Type* keyType = nullptr;
  const Type* valueType = nullptr;
  bool ok = x->mode != Mode::Invalid;
  size_t maxVars = 2;
  if (ok) {
    const Type* u = x->type->under();
    if (u->kind == Kind::Pointer && u->elem->ukind() == Kind::Array) u = u->elem->under();
    const Type* intType = types_.basic(Kind::Int);
    switch (u->kind) {
      case Kind::String:
        keyType = intType;
        valueType = types_.basic(Kind::Int32);
        break;
      case Kind::Array:
      case Kind::Slice:
        keyType = intType;
        valueType = u->elem;
        break;
      case Kind::Map:
        keyType = u->key;
        valueType = u->elem;
        break;
      case Kind::Chan:
        keyType = u->elem;
        maxVars = 1;
        if (u->dir == ChanDirT::Send) {
          error(x->pos, "cannot range over " + operandStr(x) + " (receive from send-only channel)");
          ok = false;
        }
        break;
      case Kind::Func:
        error(x->pos, "goro: range over functions is not supported");
        ok = false;
        break;
      default:
        if (x->type->isInteger()) {
          keyType = x->type;
          maxVars = 1;
        } else {
          error(x->pos, "cannot range over " + operandStr(x));
          ok = false;
        }
    }
    if (ok && maxVars == 1 && rs->value) {
      error(rs->value->pos, "range over " + operandStr(x) + " permits only one iteration variable");
      ok = false;
    }
  }
  Expr* vars[2] = {rs->key, rs->value};
  const Type* types[2] = {keyType, valueType};
  if (rs->tok == Tok::Define) {
    std::vector<std::pair<Ident*, Object*>> fresh;
    for (int i = 0; i < 2; ++i) {
      if (!vars[i]) continue;
      auto* id = vars[i]->as<Ident>();
      if (!id) {
        error(vars[i]->pos, "non-name " + exprStr(vars[i]) + " on left side of :=");
        continue;
      }
      Object* v = newLocalVar(id, ok ? types[i] : nullptr, rs);
      id->mode = Mode::Variable;
      id->type = v->type;
      fresh.emplace_back(id, v);
    }
    for (auto& [id, v] : fresh) declare(s, id, v);
  } else if (rs->tok == Tok::Assign) {
    scope_ = scope;
    for (int i = 0; i < 2; ++i) {
      if (!vars[i]) continue;
      const Type* lt = lhsVar(vars[i]);
      if (!ok || !lt || !types[i]) continue;
      BadExpr probe(vars[i]->pos);
      probe.mode = Mode::Value;
      probe.type = types[i];
      std::string reason;
      if (!assignableTo(&probe, lt, &reason))
        error(vars[i]->pos, "cannot use " + exprStr(vars[i]) + " (value of type " + typeStr(types[i]) + ") as " +
                                typeStr(lt) + " value in assignment" + reason);
    }
  }
  StmtCtx inner = ctx;
  inner.breakTarget = rs;
  inner.continueTarget = rs;
  inner.inTypeSwitch = false;
  stmtList(rs->body->list, newScope(s), inner);
}

// ---------------------------------------------------------------- terminating statements

bool Checker::isTerminatingList(const std::vector<Stmt*>& list) const {
  for (size_t i = list.size(); i-- > 0;) {
    if (list[i]->is<EmptyStmt>()) continue;
    return isTerminating(list[i]);
  }
  return false;
}

// The spec's "terminating statements".
bool Checker::isTerminating(const Stmt* s) const {
  switch (s->kind) {
    case NodeKind::ReturnStmt:
      return true;
    case NodeKind::BranchStmt:
      return static_cast<const BranchStmt*>(s)->tok == Tok::Goto;
    case NodeKind::ExprStmt: {
      const Expr* x = static_cast<const ExprStmt*>(s)->x;
      while (auto* p = x->as<ParenExpr>()) x = p->x;
      auto* c = x->as<CallExpr>();
      return c && c->callKind == CallKind::Builtin && c->builtin == BuiltinId::Panic;
    }
    case NodeKind::BlockStmt:
      return isTerminatingList(static_cast<const BlockStmt*>(s)->list);
    case NodeKind::IfStmt: {
      auto* is = static_cast<const IfStmt*>(s);
      return is->els && isTerminatingList(is->body->list) && isTerminating(is->els);
    }
    case NodeKind::ForStmt: {
      auto* fs = static_cast<const ForStmt*>(s);
      return !fs->cond && !hasBreak(fs->body, s);
    }
    case NodeKind::LabeledStmt:
      return isTerminating(static_cast<const LabeledStmt*>(s)->stmt);
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      const BlockStmt* body = s->is<SwitchStmt>() ? static_cast<const SwitchStmt*>(s)->body
                                                  : static_cast<const TypeSwitchStmt*>(s)->body;
      bool hasDefault = false;
      for (const Stmt* c : body->list) {
        auto* cc = c->as<CaseClause>();
        if (!cc) return false;
        if (cc->isDefault || cc->list.empty()) hasDefault = true;
        bool endsInFallthrough = false;
        for (size_t i = cc->body.size(); i-- > 0;) {
          if (cc->body[i]->is<EmptyStmt>()) continue;
          auto* b = cc->body[i]->as<BranchStmt>();
          endsInFallthrough = b && b->tok == Tok::Fallthrough;
          break;
        }
        if (!isTerminatingList(cc->body) && !endsInFallthrough) return false;
        for (const Stmt* st : cc->body)
          if (hasBreak(st, s)) return false;
      }
      return hasDefault;
    }
    case NodeKind::SelectStmt: {
      for (const Stmt* c : static_cast<const SelectStmt*>(s)->body->list) {
        auto* cc = c->as<CommClause>();
        if (!cc || !isTerminatingList(cc->body)) return false;
        for (const Stmt* st : cc->body)
          if (hasBreak(st, s)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

// Whether s contains a break whose target is `target`.
bool Checker::hasBreak(const Stmt* s, const Stmt* target) const {
  if (!s) return false;
  auto any = [&](const std::vector<Stmt*>& list) {
    return std::any_of(list.begin(), list.end(), [&](const Stmt* st) { return hasBreak(st, target); });
  };
  switch (s->kind) {
    case NodeKind::BranchStmt: {
      auto* b = static_cast<const BranchStmt*>(s);
      return b->tok == Tok::Break && b->target == target;
    }
    case NodeKind::BlockStmt: return any(static_cast<const BlockStmt*>(s)->list);
    case NodeKind::LabeledStmt: return hasBreak(static_cast<const LabeledStmt*>(s)->stmt, target);
    case NodeKind::IfStmt: {
      auto* is = static_cast<const IfStmt*>(s);
      return hasBreak(is->body, target) || hasBreak(is->els, target);
    }
    case NodeKind::ForStmt: return hasBreak(static_cast<const ForStmt*>(s)->body, target);
    case NodeKind::RangeStmt: return hasBreak(static_cast<const RangeStmt*>(s)->body, target);
    case NodeKind::SwitchStmt: return hasBreak(static_cast<const SwitchStmt*>(s)->body, target);
    case NodeKind::TypeSwitchStmt: return hasBreak(static_cast<const TypeSwitchStmt*>(s)->body, target);
    case NodeKind::SelectStmt: return hasBreak(static_cast<const SelectStmt*>(s)->body, target);
    case NodeKind::CaseClause: return any(static_cast<const CaseClause*>(s)->body);
    case NodeKind::CommClause: return any(static_cast<const CommClause*>(s)->body);
    default: return false;
  }
}

}  // namespace goro::checker

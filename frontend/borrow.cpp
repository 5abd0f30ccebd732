// The borrowed-parameter analysis (see frontend/borrow.h): one conservative walk over a
// checked function body. Any construct it does not know disqualifies, so new node kinds
// can only cost copies, never correctness.
#include "frontend/borrow.h"

#include <unordered_map>

#include "frontend/ast.h"
#include "frontend/scope.h"
#include "vm/type.h"

namespace goro {

namespace {

class BorrowWalker {
 public:
  std::unordered_map<const Object*, int> candidates;  // struct parameter -> its slot
  uint64_t disqualified = 0;
  bool still = true;
  bool writing = false;  // walking an assignment's destination or an operand of &

  void block(const std::vector<Stmt*>& list) {
    for (const Stmt* s : list) stmt(s);
  }

  void stmt(const Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case NodeKind::EmptyStmt:
      case NodeKind::BranchStmt: return;
      case NodeKind::ExprStmt: expr(static_cast<const ExprStmt*>(s)->x); return;
      case NodeKind::LabeledStmt: stmt(static_cast<const LabeledStmt*>(s)->stmt); return;
      case NodeKind::BlockStmt: block(static_cast<const BlockStmt*>(s)->list); return;
      case NodeKind::DeclStmt: {
        const GenDecl* d = static_cast<const DeclStmt*>(s)->decl;
        for (const Spec* spec : d->specs)
          if (auto* vs = spec->as<ValueSpec>())
            for (const Expr* v : vs->values) expr(v);
        return;
      }
      case NodeKind::IncDecStmt: target(static_cast<const IncDecStmt*>(s)->x); return;
      case NodeKind::AssignStmt: {
        auto* a = static_cast<const AssignStmt*>(s);
        for (const Expr* l : a->lhs) target(l);
        for (const Expr* r : a->rhs) expr(r);
        return;
      }
      case NodeKind::ReturnStmt:
        for (const Expr* r : static_cast<const ReturnStmt*>(s)->results) expr(r);
        return;
      case NodeKind::IfStmt: {
        auto* i = static_cast<const IfStmt*>(s);
        stmt(i->init);
        expr(i->cond);
        stmt(i->body);
        stmt(i->els);
        return;
      }
      case NodeKind::ForStmt: {
        auto* f = static_cast<const ForStmt*>(s);
        stmt(f->init);
        expr(f->cond);
        stmt(f->post);
        stmt(f->body);
        return;
      }
      case NodeKind::RangeStmt: {
        auto* r = static_cast<const RangeStmt*>(s);
        if (r->x->type && r->x->type->ukind() == Kind::Chan) still = false;  // receives
        if (r->key) target(r->key);
        if (r->value) target(r->value);
        expr(r->x);
        stmt(r->body);
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* sw = static_cast<const SwitchStmt*>(s);
        stmt(sw->init);
        expr(sw->tag);
        clauses(sw->body);
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* ts = static_cast<const TypeSwitchStmt*>(s);
        stmt(ts->init);
        expr(ts->x);
        clauses(ts->body);
        return;
      }
      default:
        // go, defer, send and select statements let other code run: not still. Their
        // expressions are still walked for the parameters they use.
        still = false;
        if (auto* g = s->as<GoStmt>()) expr(g->call);
        else if (auto* d = s->as<DeferStmt>()) expr(d->call);
        else if (auto* send = s->as<SendStmt>()) expr(send->chan), expr(send->value);
        else disqualifyAll();
        return;
    }
  }

  void clauses(const BlockStmt* body) {
    if (!body) return;
    for (const Stmt* s : body->list) {
      auto* cc = s->as<CaseClause>();
      if (!cc) {
        stmt(s);
        continue;
      }
      for (const Expr* e : cc->list) expr(e);
      block(cc->body);
    }
  }

  // An assignment's destination: only the function's own local variables keep it still.
  void target(const Expr* e) {
    e = unparenConst(e);
    if (auto* id = e->as<Ident>()) {
      if (!id->obj) return;  // _
      use(id);
      if (id->obj->isGlobal) still = false;
      return;
    }
    still = false;
    written(e);
  }

  // An expression written or addressed: a field of a parameter in it is not just read.
  void written(const Expr* e) {
    bool outer = writing;
    writing = true;
    expr(e);
    writing = outer;
  }

  void expr(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case NodeKind::Ident: use(static_cast<const Ident*>(e)); return;
      case NodeKind::BasicLit:
      case NodeKind::FuncLit:  // captured parameters are flagged by the checker
      case NodeKind::ArrayType:
      case NodeKind::StructType:
      case NodeKind::FuncType:
      case NodeKind::InterfaceType:
      case NodeKind::MapType:
      case NodeKind::ChanType:
      case NodeKind::Ellipsis: return;
      case NodeKind::ParenExpr: expr(static_cast<const ParenExpr*>(e)->x); return;
      case NodeKind::SelectorExpr: {
        auto* sel = static_cast<const SelectorExpr*>(e);
        if (sel->selKind == SelKind::Qualified || isFieldRead(sel)) return;
        expr(sel->x);
        return;
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<const IndexExpr*>(e);
        expr(ix->x);
        expr(ix->index);
        return;
      }
      case NodeKind::SliceExpr: {
        auto* sl = static_cast<const SliceExpr*>(e);
        expr(sl->x);
        expr(sl->lo);
        expr(sl->hi);
        expr(sl->max);
        return;
      }
      case NodeKind::TypeAssertExpr: expr(static_cast<const TypeAssertExpr*>(e)->x); return;
      case NodeKind::StarExpr: expr(static_cast<const StarExpr*>(e)->x); return;
      case NodeKind::UnaryExpr: {
        auto* u = static_cast<const UnaryExpr*>(e);
        if (u->op == Tok::Arrow) still = false;
        if (u->op == Tok::And) written(u->x);
        else expr(u->x);
        return;
      }
      case NodeKind::BinaryExpr: {
        auto* b = static_cast<const BinaryExpr*>(e);
        expr(b->x);
        expr(b->y);
        return;
      }
      case NodeKind::KeyValueExpr: {
        auto* kv = static_cast<const KeyValueExpr*>(e);
        expr(kv->key);
        expr(kv->value);
        return;
      }
      case NodeKind::CompositeLit:
        for (const Expr* el : static_cast<const CompositeLit*>(e)->elts) expr(el);
        return;
      case NodeKind::CallExpr: {
        auto* c = static_cast<const CallExpr*>(e);
        if (c->callKind == CallKind::Regular) {
          still = false;
          expr(c->fun);
        }
        for (const Expr* a : c->args) expr(a);
        return;
      }
      default: disqualifyAll(); return;
    }
  }

 private:
  static const Expr* unparenConst(const Expr* e) {
    while (auto* p = e->as<ParenExpr>()) e = p->x;
    return e;
  }

  // p.f or p.a.b for a candidate p, reading a non-aggregate field inside p's own block.
  bool isFieldRead(const SelectorExpr* sel) const {
    if (writing || !sel->type || sel->type->isAggregate()) return false;
    const Expr* x = sel;
    while (auto* s = x->as<SelectorExpr>()) {
      if (s->selKind != SelKind::Field || s->indirect) return false;
      x = unparenConst(s->x);
    }
    auto* id = x->as<Ident>();
    return id && id->obj && candidates.count(id->obj);
  }

  // Any use of a parameter other than a field read.
  void use(const Ident* id) {
    if (!id->obj) return;
    auto it = candidates.find(id->obj);
    if (it != candidates.end()) disqualified |= uint64_t(1) << it->second;
  }

  void disqualifyAll() {
    still = false;
    disqualified = ~uint64_t(0);
  }
};

}  // namespace

BorrowSummary analyzeBorrows(const FuncDecl* fn) {
  BorrowWalker walker;
  int slot = 0;
  auto addParams = [&](const FieldList* list) {
    if (!list) return;
    for (const Field* f : list->list) {
      if (f->names.empty()) {
        slot++;
        continue;
      }
      for (const Ident* name : f->names) {
        const Object* obj = name->obj;
        if (obj && slot < 64 && obj->type && obj->type->ukind() == Kind::Struct && !obj->captured &&
            !obj->addrTaken)
          walker.candidates[obj] = slot;
        slot++;
      }
    }
  };
  addParams(fn->recv);
  addParams(fn->sig->params);
  BorrowSummary out;
  if (!fn->body) return out;
  walker.block(fn->body->list);
  for (auto [obj, paramSlot] : walker.candidates)
    if (!(walker.disqualified >> paramSlot & 1)) out.borrowedParams |= uint64_t(1) << paramSlot;
  out.still = walker.still;
  return out;
}

}  // namespace goro

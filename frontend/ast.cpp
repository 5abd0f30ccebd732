// Token spellings, operator mappings and expression queries shared by the AST's users.
#include "frontend/ast.h"

namespace goro {

const char* tokString(Tok t) {
  switch (t) {
    case Tok::None: return "";
    case Tok::Add: return "+";
    case Tok::Sub: return "-";
    case Tok::Mul: return "*";
    case Tok::Quo: return "/";
    case Tok::Rem: return "%";
    case Tok::And: return "&";
    case Tok::Or: return "|";
    case Tok::Xor: return "^";
    case Tok::Shl: return "<<";
    case Tok::Shr: return ">>";
    case Tok::AndNot: return "&^";
    case Tok::LAnd: return "&&";
    case Tok::LOr: return "||";
    case Tok::Eql: return "==";
    case Tok::Neq: return "!=";
    case Tok::Lss: return "<";
    case Tok::Leq: return "<=";
    case Tok::Gtr: return ">";
    case Tok::Geq: return ">=";
    case Tok::Not: return "!";
    case Tok::Arrow: return "<-";
    case Tok::Inc: return "++";
    case Tok::Dec: return "--";
    case Tok::Assign: return "=";
    case Tok::Define: return ":=";
    case Tok::AddAssign: return "+=";
    case Tok::SubAssign: return "-=";
    case Tok::MulAssign: return "*=";
    case Tok::QuoAssign: return "/=";
    case Tok::RemAssign: return "%=";
    case Tok::AndAssign: return "&=";
    case Tok::OrAssign: return "|=";
    case Tok::XorAssign: return "^=";
    case Tok::ShlAssign: return "<<=";
    case Tok::ShrAssign: return ">>=";
    case Tok::AndNotAssign: return "&^=";
    case Tok::Break: return "break";
    case Tok::Continue: return "continue";
    case Tok::Goto: return "goto";
    case Tok::Fallthrough: return "fallthrough";
  }
  return "";
}

Tok assignOpToBinary(Tok t) {
  switch (t) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::None;
  }
}

bool hasCallsOrReceives(const Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(e);
      return c->callKind != CallKind::Conversion || (!c->args.empty() && hasCallsOrReceives(c->args[0]));
    }
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(e);
      return u->op == Tok::Arrow || hasCallsOrReceives(u->x);
    }
    case NodeKind::ParenExpr: return hasCallsOrReceives(static_cast<const ParenExpr*>(e)->x);
    case NodeKind::SelectorExpr: return hasCallsOrReceives(static_cast<const SelectorExpr*>(e)->x);
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(e);
      return hasCallsOrReceives(ix->x) || hasCallsOrReceives(ix->index);
    }
    case NodeKind::StarExpr: return hasCallsOrReceives(static_cast<const StarExpr*>(e)->x);
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      return hasCallsOrReceives(b->x) || hasCallsOrReceives(b->y);
    }
    case NodeKind::CompositeLit:
      for (const Expr* el : static_cast<const CompositeLit*>(e)->elts)
        if (hasCallsOrReceives(el)) return true;
      return false;
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(e);
      return hasCallsOrReceives(kv->key) || hasCallsOrReceives(kv->value);
    }
    default: return false;
  }
}

}  // namespace goro

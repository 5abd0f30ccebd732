// Calls of the predeclared functions: len cap append copy delete make new panic recover
// print println min max clear close (complex, real and imag are rejected: goro has no
// complex numbers).
#include "frontend/checker.h"

namespace goro::checker {

namespace {

struct BuiltinShape {
  const char* name;
  size_t nargs;   // required arguments
  bool variadic;  // more are allowed
};

BuiltinShape shapeOf(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append: return {"append", 1, true};
    case BuiltinId::Cap: return {"cap", 1, false};
    case BuiltinId::Clear: return {"clear", 1, false};
    case BuiltinId::Close: return {"close", 1, false};
    case BuiltinId::Complex: return {"complex", 2, false};
    case BuiltinId::Copy: return {"copy", 2, false};
    case BuiltinId::Delete: return {"delete", 2, false};
    case BuiltinId::Imag: return {"imag", 1, false};
    case BuiltinId::Len: return {"len", 1, false};
    case BuiltinId::Make: return {"make", 1, true};
    case BuiltinId::Max: return {"max", 1, true};
    case BuiltinId::Min: return {"min", 1, true};
    case BuiltinId::New: return {"new", 1, false};
    case BuiltinId::Panic: return {"panic", 1, false};
    case BuiltinId::Print: return {"print", 0, true};
    case BuiltinId::Println: return {"println", 0, true};
    case BuiltinId::Real: return {"real", 1, false};
    case BuiltinId::Recover: return {"recover", 0, false};
    default: return {"?", 0, true};
  }
}

}  // namespace

void Checker::builtinCall(CallExpr* c, BuiltinId id) {
  BuiltinShape shape = shapeOf(id);
  auto& args = c->args;
  const Type* intType = types_.basic(Kind::Int);
  auto evalAll = [&](size_t from) {
    for (size_t i = from; i < args.size(); ++i) expr(args[i]);
  };
  if (id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag) {
    error(c->pos, "goro: complex numbers are not supported");
    return;
  }
  if (c->hasEllipsis && id != BuiltinId::Append) {
    error(c->pos, "invalid operation: invalid use of ... with built-in " + std::string(shape.name));
    evalAll(0);
    return;
  }
  if (args.size() < shape.nargs || (!shape.variadic && args.size() > shape.nargs)) {
    if (id != BuiltinId::Make && id != BuiltinId::New) evalAll(0);
    error(c->pos, std::string("invalid operation: ") + (args.size() < shape.nargs ? "not enough" : "too many") +
                      " arguments for " + exprStr(c) + " (expected " + std::to_string(shape.nargs) + ", found " +
                      std::to_string(args.size()) + ")");
    return;
  }
  c->mode = Mode::Value;
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      Expr* x = args[0];
      expr(x);
      if (x->mode == Mode::Invalid) {
        c->mode = Mode::Invalid;
        return;
      }
      const Type* u = x->type->under();
      if (u->kind == Kind::Pointer && u->elem->ukind() == Kind::Array) u = u->elem->under();
      bool ok = false;
      switch (u->kind) {
        case Kind::String: case Kind::UntypedString: ok = id == BuiltinId::Len; break;
        case Kind::Array: case Kind::Slice: case Kind::Chan: ok = true; break;
        case Kind::Map: ok = id == BuiltinId::Len; break;
        default: break;
      }
      if (!ok) {
        error(x->pos, "invalid argument: " + operandStr(x) + " for " + shape.name);
        c->mode = Mode::Invalid;
        return;
      }
      c->type = intType;
      if (x->mode == Mode::Constant && x->type->isString()) {
        c->mode = Mode::Constant;
        c->value = Constant::makeInt64(static_cast<int64_t>(x->value.stringVal().size()));
        if (x->type->isUntyped()) setType(x, types_.basic(Kind::String));
      } else if (u->kind == Kind::Array && !hasCallsOrReceives(x)) {
        c->mode = Mode::Constant;
        c->value = Constant::makeInt64(u->len);
      }
      return;
    }
    case BuiltinId::Append: {
      Expr* s = args[0];
      expr(s);
      if (s->mode == Mode::Invalid) {
        evalAll(1);
        c->mode = Mode::Invalid;
        return;
      }
      if (s->type->kind == Kind::UntypedNil) {
        error(s->pos, "first argument to append must be a typed slice; found untyped nil");
        evalAll(1);
        c->mode = Mode::Invalid;
        return;
      }
      const Type* u = s->type->under();
      if (u->kind != Kind::Slice) {
        error(s->pos, "first argument to append must be a slice; have " + operandStr(s));
        evalAll(1);
        c->mode = Mode::Invalid;
        return;
      }
      c->type = s->type;
      if (c->hasEllipsis) {
        if (args.size() != 2) {
          evalAll(1);
          error(c->pos, "can only use ... with final argument in list");
          c->mode = Mode::Invalid;
          return;
        }
        Expr* rest = args[1];
        expr(rest);
        if (rest->mode == Mode::Invalid) return;
        // append([]byte, string...) is allowed.
        if (u->elem->ukind() == Kind::Uint8 && rest->type->isString()) {
          if (rest->type->isUntyped()) setType(rest, types_.basic(Kind::String));
          return;
        }
        assign(rest, s->type->isNamed() ? u : s->type, "argument to append");
        return;
      }
      for (size_t i = 1; i < args.size(); ++i) {
        expr(args[i]);
        assign(args[i], u->elem, "argument to append");
      }
      return;
    }
    case BuiltinId::Copy: {
      Expr* dst = args[0];
      Expr* src = args[1];
      expr(dst);
      expr(src);
      if (dst->mode == Mode::Invalid || src->mode == Mode::Invalid) {
        c->mode = Mode::Invalid;
        return;
      }
      const Type* du = dst->type->under();
      const Type* su = src->type->under();
      bool ok = du->kind == Kind::Slice &&
                ((su->kind == Kind::Slice && su->elem == du->elem) ||
                 (src->type->isString() && du->elem->ukind() == Kind::Uint8));
      if (!ok) {
        if (du->kind != Kind::Slice || (su->kind != Kind::Slice && !src->type->isString())) {
          error(c->pos, "invalid argument: copy expects slice arguments; found " + operandStr(dst) + " and " +
                            operandStr(src));
        } else {
          error(c->pos, "invalid argument: arguments to copy " + operandStr(dst) + " and " + operandStr(src) +
                            " have different element types " + typeStr(du->elem) + " and " +
                            typeStr(su->kind == Kind::Slice ? su->elem : types_.basic(Kind::Uint8)));
        }
        c->mode = Mode::Invalid;
        return;
      }
      if (src->type->isUntyped()) setType(src, types_.basic(Kind::String));
      c->type = intType;
      return;
    }
    case BuiltinId::Delete: {
      Expr* m = args[0];
      expr(m);
      expr(args[1]);
      c->mode = Mode::NoValue;
      if (m->mode == Mode::Invalid || args[1]->mode == Mode::Invalid) return;
      if (m->type->ukind() != Kind::Map) {
        error(m->pos, "invalid argument: " + operandStr(m) + " is not a map");
        return;
      }
      assign(args[1], m->type->under()->key, "argument to delete");
      return;
    }
    case BuiltinId::Make: {
      const Type* t = resolveType(args[0]);
      evalAll(1);
      if (!t) {
        c->mode = Mode::Invalid;
        return;
      }
      Kind k = t->ukind();
      size_t min = 1, max = 2;
      if (k == Kind::Slice) {
        min = 2;
        max = 3;
      } else if (k != Kind::Map && k != Kind::Chan) {
        error(args[0]->pos, "invalid argument: cannot make " + exprStr(args[0]) +
                                "; type must be slice, map, or channel");
        c->mode = Mode::Invalid;
        return;
      }
      if (args.size() < min || args.size() > max) {
        error(c->pos, "invalid operation: " + exprStr(c) + " expects " + std::to_string(min) + " or " +
                          std::to_string(max) + " arguments; found " + std::to_string(args.size()));
        c->mode = Mode::Invalid;
        return;
      }
      for (size_t i = 1; i < args.size(); ++i) {
        Expr* n = args[i];
        if (n->mode == Mode::Invalid) continue;
        if (n->type->isUntyped() && n->mode == Mode::Constant) {
          if (!n->type->isNumeric() || !n->value.toInt().valid()) {
            error(n->pos, "cannot convert " + operandStr(n) + " to int");
            continue;
          }
          setType(n, intType);
        }
        if (!n->type->isInteger()) {
          error(n->pos, "cannot convert " + operandStr(n) + " to int");
          continue;
        }
        if (n->mode == Mode::Constant && n->value.isNegative()) {
          error(n->pos, "invalid argument: index " + operandStr(n) + " must not be negative");
        }
      }
      if (args.size() == 3 && args[1]->mode == Mode::Constant && args[2]->mode == Mode::Constant &&
          Constant::compare(args[1]->value, args[2]->value) > 0) {
        error(args[1]->pos, "invalid argument: length and capacity swapped");
      }
      c->type = t;
      return;
    }
    case BuiltinId::New: {
      const Type* t = resolveType(args[0]);
      if (!t) {
        c->mode = Mode::Invalid;
        return;
      }
      c->type = types_.pointer(t);
      return;
    }
    case BuiltinId::Panic:
      expr(args[0]);
      assign(args[0], types_.emptyInterface(), "argument to panic");
      c->mode = Mode::NoValue;
      return;
    case BuiltinId::Print:
    case BuiltinId::Println:
      for (Expr* a : args) {
        defaultExpr(a);
        if (a->mode != Mode::Invalid && a->type->kind == Kind::UntypedNil)
          error(a->pos, "use of untyped nil in argument to built-in " + std::string(shape.name));
      }
      c->mode = Mode::NoValue;
      return;
    case BuiltinId::Recover:
      c->type = types_.emptyInterface();
      return;
    case BuiltinId::Close: {
      Expr* ch = args[0];
      expr(ch);
      c->mode = Mode::NoValue;
      if (ch->mode == Mode::Invalid) return;
      const Type* u = ch->type->under();
      if (u->kind != Kind::Chan) {
        error(ch->pos, "invalid operation: cannot close non-channel " + operandStr(ch));
      } else if (u->dir == ChanDirT::Recv) {
        error(ch->pos, "invalid operation: cannot close receive-only channel " + operandStr(ch));
      }
      return;
    }
    case BuiltinId::Clear: {
      Expr* x = args[0];
      expr(x);
      c->mode = Mode::NoValue;
      if (x->mode == Mode::Invalid) return;
      Kind k = x->type->ukind();
      if (k != Kind::Map && k != Kind::Slice)
        error(x->pos, "invalid argument: " + operandStr(x) + " must be a map or slice");
      return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      bool ok = true;
      for (Expr* a : args) {
        expr(a);
        if (a->mode == Mode::Invalid) ok = false;
      }
      if (!ok) {
        c->mode = Mode::Invalid;
        return;
      }
      // The operands take one common type: the typed operand's, else the widest untyped kind.
      const Type* common = nullptr;
      for (Expr* a : args)
        if (!a->type->isUntyped()) common = a->type;
      for (Expr* a : args) {
        const Type* t = a->type;
        if (!(t->isInteger() || t->isFloat() || t->isString())) {
          error(a->pos, "invalid argument: " + operandStr(a) + " cannot be ordered");
          c->mode = Mode::Invalid;
          return;
        }
      }
      if (common) {
        for (Expr* a : args) {
          if (a->type->isUntyped()) {
            if (!convertUntyped(a, common)) {
              if (a->mode != Mode::Invalid)
                error(a->pos, "invalid argument: mismatched types " + typeStr(a->type) + " (previous argument) and " +
                                  typeStr(common) + " (type of " + exprStr(a) + ")");
              c->mode = Mode::Invalid;
              return;
            }
          } else if (a->type != common) {
            error(a->pos, "invalid argument: mismatched types " + typeStr(common) + " (previous argument) and " +
                              typeStr(a->type) + " (type of " + exprStr(a) + ")");
            c->mode = Mode::Invalid;
            return;
          }
        }
      } else {
        common = args[0]->type;
        for (Expr* a : args) {
          if (a->type->isNumeric() != common->isNumeric()) {
            error(a->pos, "invalid argument: mismatched types " + typeStr(common) + " (previous argument) and " +
                              typeStr(a->type) + " (type of " + exprStr(a) + ")");
            c->mode = Mode::Invalid;
            return;
          }
          if (a->type->isNumeric() && a->type->kind > common->kind) common = a->type;
        }
        for (Expr* a : args) setType(a, common);
      }
      c->type = common;
      bool allConst = true;
      for (Expr* a : args) allConst = allConst && a->mode == Mode::Constant;
      if (allConst) {
        Constant best = args[0]->value;
        for (Expr* a : args) {
          int cmp = Constant::compare(a->value, best);
          if ((id == BuiltinId::Min && cmp < 0) || (id == BuiltinId::Max && cmp > 0)) best = a->value;
        }
        c->mode = Mode::Constant;
        c->value = best;
      }
      return;
    }
    default:
      c->mode = Mode::Invalid;
      return;
  }
}

}  // namespace goro::checker

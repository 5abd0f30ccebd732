// Expressions: instruction selection by type, constants, implicit interface conversions,
// calls (static, closure, interface, native), builtins, composite literals and closures.
#include <algorithm>
#include <bit>
#include <optional>

#include "frontend/compile_internal.h"
#include "vm/divide.h"

namespace goro {

namespace {

Expr* unparen(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

bool fitsI16(int64_t v) { return v >= -32768 && v <= 32767; }

bool isConst(const Expr* e) { return e->mode == Mode::Constant && e->value.valid(); }

// k when v == 2^k with 1 <= k <= 62, else 0.
int powerOfTwoExponent(int64_t v) { return v >= 2 && (v & (v - 1)) == 0 ? std::countr_zero(uint64_t(v)) : 0; }

// For an integer `x % c` with |c| a power of two up to 2^16, or `x & c` with c in
// [0, 0xFFFF]: the mask m for which the expression is zero exactly when x & m is (a
// remainder by 2^k is zero iff the low k bits are, whatever the dividend's sign);
// nullopt for anything else.
std::optional<uint16_t> zeroTestMask(Expr* e) {
  auto* b = unparen(e)->as<BinaryExpr>();
  if (!b || !b->type || !b->type->isInteger() || !isConst(b->y) || (b->op != Tok::Rem && b->op != Tok::And))
    return std::nullopt;
  uint64_t c = b->y->value.toInt().uint64Val();
  if (b->op == Tok::And) return c <= 0xFFFF ? std::optional<uint16_t>(uint16_t(c)) : std::nullopt;
  uint64_t magnitude = !b->type->isUnsigned() && int64_t(c) < 0 ? 0 - c : c;
  if (magnitude == 0 || magnitude > 0x10000 || (magnitude & (magnitude - 1)) != 0) return std::nullopt;
  return uint16_t(magnitude - 1);
}

// Whether evaluating e calls a function or communicates (what gc orders first).
bool containsCall(Expr* e) {
  if (!e || isConst(e)) return false;
  switch (e->kind) {
    case NodeKind::CallExpr: {
      auto* c = static_cast<CallExpr*>(e);
      if (c->callKind == CallKind::Regular) return true;
      if (c->callKind == CallKind::Builtin && (c->builtin == BuiltinId::Append || c->builtin == BuiltinId::Copy ||
                                               c->builtin == BuiltinId::Recover))
        return true;
      // len and cap of a channel read state other goroutines change: gc orders them as calls.
      if (c->callKind == CallKind::Builtin && (c->builtin == BuiltinId::Len || c->builtin == BuiltinId::Cap) &&
          c->args.size() == 1 && c->args[0]->type && c->args[0]->type->ukind() == Kind::Chan)
        return true;
      for (Expr* a : c->args)
        if (containsCall(a)) return true;
      return false;
    }
    case NodeKind::ParenExpr: return containsCall(static_cast<ParenExpr*>(e)->x);
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<UnaryExpr*>(e);
      return u->op == Tok::Arrow || containsCall(u->x);
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<BinaryExpr*>(e);
      return containsCall(b->x) || containsCall(b->y);
    }
    case NodeKind::SelectorExpr: return containsCall(static_cast<SelectorExpr*>(e)->x);
    case NodeKind::IndexExpr: {
      auto* i = static_cast<IndexExpr*>(e);
      return containsCall(i->x) || containsCall(i->index);
    }
    case NodeKind::SliceExpr: {
      auto* s = static_cast<SliceExpr*>(e);
      return containsCall(s->x) || containsCall(s->lo) || containsCall(s->hi) || containsCall(s->max);
    }
    case NodeKind::StarExpr: return containsCall(static_cast<StarExpr*>(e)->x);
    case NodeKind::TypeAssertExpr: return containsCall(static_cast<TypeAssertExpr*>(e)->x);
    case NodeKind::KeyValueExpr: return containsCall(static_cast<KeyValueExpr*>(e)->value);
    case NodeKind::CompositeLit:
      for (Expr* x : static_cast<CompositeLit*>(e)->elts)
        if (containsCall(x)) return true;
      return false;
    default: return false;
  }
}

bool isNilExpr(Expr* e) {
  e = unparen(e);
  auto* id = e->as<Ident>();
  return (id && id->obj && id->obj->kind == ObjKind::Nil) || (e->type && e->type->kind == Kind::UntypedNil);
}

Op loadOp(const Type* t) {
  switch (t->ukind()) {
    case Kind::Bool: case Kind::Uint8: return Op::LOAD_U8;
    case Kind::Int8: return Op::LOAD_I8;
    case Kind::Int16: return Op::LOAD_I16;
    case Kind::Uint16: return Op::LOAD_U16;
    case Kind::Int32: return Op::LOAD_I32;
    case Kind::Uint32: return Op::LOAD_U32;
    case Kind::Float32: return Op::LOAD_F32;
    default: return Op::LOAD_W;
  }
}

Op storeOp(const Type* t) {
  switch (t->ukind()) {
    case Kind::Bool: case Kind::Uint8: case Kind::Int8: return Op::STORE_8;
    case Kind::Int16: case Kind::Uint16: return Op::STORE_16;
    case Kind::Int32: case Kind::Uint32: return Op::STORE_32;
    case Kind::Float32: return Op::STORE_F32;
    default: return Op::STORE_W;
  }
}

const Type* funcSig(const Type* t) { return t ? t->under() : nullptr; }

}  // namespace

// ---------------------------------------------------------------- memory

void FuncState::offsetAddr(int dst, int base, uint32_t off) {
  if (off <= 0xFFFF) {
    emit(Op::ADDR_OFF, dst, base, int(off));
    return;
  }
  // Beyond the 16-bit operand: nil-check the base, then add the offset from a register.
  int k = alloc();
  constantTo(Constant::makeInt64(off), TypeTable::get().basic(Kind::Uintptr), k);
  emit(Op::ADDR_OFF, dst, base, 0);
  emit(Op::ADD_I64, dst, dst, k);
}

void FuncState::loadMem(const Type* t, int base, uint32_t off, int dst) {
  if (isAggregate(t)) {
    offsetAddr(dst, base, off);
    return;
  }
  if (off > 0xFFFF) {
    int p = alloc();
    offsetAddr(p, base, off);
    base = p;
    off = 0;
  }
  emit(loadOp(t), dst, base, int(off));
}

void FuncState::storeMem(const Type* t, int base, uint32_t off, int src) {
  if (off > 0xFFFF || (off && isAggregate(t))) {
    int p = alloc();
    offsetAddr(p, base, off);
    base = p;
    off = 0;
  }
  if (isAggregate(t)) {
    emit(Op::COPY_MEM, base, src, int(t->size & 0xFFFF));
    emitExt(int(t->size >> 16));
    return;
  }
  emit(storeOp(t), base, int(off), src);
}

void FuncState::narrow(const Type* t, int reg) {
  switch (t->ukind()) {
    case Kind::Int8: emit(Op::SEXT8, reg, reg); break;
    case Kind::Int16: emit(Op::SEXT16, reg, reg); break;
    case Kind::Int32: emit(Op::SEXT32, reg, reg); break;
    case Kind::Uint8: emit(Op::ZEXT8, reg, reg); break;
    case Kind::Uint16: emit(Op::ZEXT16, reg, reg); break;
    case Kind::Uint32: emit(Op::ZEXT32, reg, reg); break;
    case Kind::Float32: emit(Op::ROUND_F32, reg, reg); break;
    default: break;
  }
}

// ---------------------------------------------------------------- constants

void FuncState::constantTo(const Constant& v, const Type* t, int dst) {
  Slot s;
  const Type* u = t->under();
  if (u->kind == Kind::Interface) {
    // An untyped constant meeting an interface: box its default type.
    const Type* dt = nullptr;
    TypeTable& tt = TypeTable::get();
    switch (v.kind()) {
      case Constant::Kind::Bool: dt = tt.basic(Kind::Bool); break;
      case Constant::Kind::String: dt = tt.basic(Kind::String); break;
      case Constant::Kind::Int: dt = tt.basic(Kind::Int); break;
      case Constant::Kind::Float: dt = tt.basic(Kind::Float64); break;
      default: emit(Op::LOADZ, dst); return;
    }
    int r = alloc();
    constantTo(v, dt, r);
    emit(Op::MAKE_IFACE, dst, r, int(typeConst(dt)));
    return;
  }
  switch (v.kind()) {
    case Constant::Kind::Bool: emitBC(Op::LOADI, dst, v.boolVal() ? 1 : 0); return;
    case Constant::Kind::String: {
      const std::string& str = v.stringVal();
      if (str.empty()) {
        emit(Op::LOADZ, dst);
        return;
      }
      s.p = permanentString(str);
      emitBC(Op::LOADK, dst, int32_t(constant(s, quoteGo(str))));
      return;
    }
    case Constant::Kind::Int:
    case Constant::Kind::Float: {
      if (u->isFloat()) {
        double d = v.toFloat().float64Val();
        if (u->kind == Kind::Float32) d = double(float(d));
        s.f = d;
        char buf[40];
        std::snprintf(buf, sizeof buf, "%g", d);
        emitBC(Op::LOADK, dst, int32_t(constant(s, buf)));
        return;
      }
      Constant iv = v.toInt();
      if (u->isUnsigned()) s.u = iv.uint64Val();
      else s.i = iv.int64Val();
      if (s.i >= INT32_MIN && s.i <= INT32_MAX) {
        emitBC(Op::LOADI, dst, int32_t(s.i));
        return;
      }
      emitBC(Op::LOADK, dst, int32_t(constant(s, iv.toString())));
      return;
    }
    default: emit(Op::LOADZ, dst); return;
  }
}

// ---------------------------------------------------------------- expressions

bool FuncState::isFresh(Expr* e) {
  e = unparen(e);
  if (e->is<CompositeLit>() || e->is<FuncLit>()) return true;
  if (auto* c = e->as<CallExpr>()) {
    if (c->callKind == CallKind::Conversion) return !c->args.empty() && isFresh(c->args[0]);
    return true;
  }
  return false;
}

Operand FuncState::expr(Expr* e) {
  Expr* x = unparen(e);
  if (auto* id = x->as<Ident>(); id && x->mode != Mode::Constant && id->obj && id->obj->kind == ObjKind::Var) {
    auto it = locals.find(id->obj);
    if (it != locals.end() && it->second.where == VarLoc::Where::Reg) return {it->second.reg, false};
  }
  if (auto* c = x->as<CallExpr>(); c && c->callKind == CallKind::Regular && x->mode != Mode::Constant) {
    int mark = nextReg;
    int r = call(c, 1);
    nextReg = std::max(mark, r + 1);  // keep the result, drop the call's other registers
    return {r, true};
  }
  int dst = alloc();
  exprTo(e, dst);
  return {dst, isFresh(e)};
}

void FuncState::exprTo(Expr* e, int dst) {
  int mark = nextReg;
  setLine(e->pos);
  if (isConst(e)) {
    constantTo(e->value, e->type, dst);
    nextReg = mark;
    return;
  }
  switch (e->kind) {
    case NodeKind::ParenExpr: exprTo(static_cast<ParenExpr*>(e)->x, dst); break;
    case NodeKind::Ident: {
      auto* id = static_cast<Ident*>(e);
      Object* obj = id->obj;
      if (!obj || obj->kind == ObjKind::Nil) {
        emit(Op::LOADZ, dst);
      } else if (obj->kind == ObjKind::Var) {
        loadVar(obj, dst);
      } else if (obj->kind == ObjKind::Func && obj->proto) {
        Slot v;
        v.p = staticClosure(obj->proto);
        emitBC(Op::LOADK, dst, int32_t(constant(v, obj->proto->name)));
      } else if (obj->kind == ObjKind::Const) {
        constantTo(obj->value, e->type, dst);
      } else {
        C.error(e->pos, "goro: cannot compile use of " + id->name);
      }
      break;
    }
    case NodeKind::BinaryExpr: binary(static_cast<BinaryExpr*>(e), dst); break;
    case NodeKind::UnaryExpr: unary(static_cast<UnaryExpr*>(e), dst); break;
    case NodeKind::CallExpr: {
      auto* c = static_cast<CallExpr*>(e);
      if (c->callKind == CallKind::Conversion) {
        conversion(c, dst);
        break;
      }
      // Into the topmost temporary (not a variable the arguments may still read): the
      // call or builtin computes there.
      if (dst == nextReg - 1 && dst >= localTop) nextReg = dst;
      int r = call(c, 1);
      nextReg = std::max(nextReg, dst + 1);
      if (r != dst) emit(Op::MOVE, dst, r);
      break;
    }
    case NodeKind::SelectorExpr: selector(static_cast<SelectorExpr*>(e), dst); break;
    case NodeKind::IndexExpr: index(static_cast<IndexExpr*>(e), dst); break;
    case NodeKind::SliceExpr: sliceExpr(static_cast<SliceExpr*>(e), dst); break;
    case NodeKind::StarExpr: {
      Operand p = expr(static_cast<StarExpr*>(e)->x);
      if (isAggregate(e->type)) {
        emit(Op::NIL_CHECK, p.reg);
        if (dst != p.reg) emit(Op::MOVE, dst, p.reg);
      } else {
        loadMem(e->type, p.reg, 0, dst);
      }
      break;
    }
    case NodeKind::CompositeLit: compositeLit(static_cast<CompositeLit*>(e), dst); break;
    case NodeKind::FuncLit: funcLit(static_cast<FuncLit*>(e), dst); break;
    case NodeKind::TypeAssertExpr: typeAssert(static_cast<TypeAssertExpr*>(e), dst, false); break;
    default: C.error(e->pos, "goro: cannot compile this expression"); break;
  }
  nextReg = mark;
}

void FuncState::exprAs(Expr* e, const Type* target, int dst) {
  if (target && target->isInterface() && e->type && !e->type->isInterface() && !isNilExpr(e)) {
    int mark = nextReg;
    if (isConst(e) && e->type->isUntyped()) {
      constantTo(e->value, target, dst);
    } else {
      Operand o = expr(e);
      emit(Op::MAKE_IFACE, dst, o.reg, int(typeConst(e->type)));
    }
    nextReg = mark;
    return;
  }
  exprTo(e, dst);
}

void FuncState::exprOwned(Expr* e, const Type* target, int dst) {
  exprAs(e, target, dst);
  const Type* t = target ? target : e->type;
  if (isAggregate(t) && !isFresh(e)) emit(Op::CLONE, dst, dst, int(typeConst(t)));
}

void FuncState::convertTo(int reg, const Type* from, const Type* to, int dst) {
  const Type* fu = from->under();
  const Type* tu = to->under();
  if (tu->kind == Kind::Interface) {
    if (fu->kind == Kind::Interface || fu->kind == Kind::UntypedNil) {
      if (dst != reg) emit(Op::MOVE, dst, reg);
    } else {
      emit(Op::MAKE_IFACE, dst, reg, int(typeConst(from)));
    }
    return;
  }
  if (tu->kind == Kind::String) {
    if (fu->isInteger()) emit(Op::STR_FROM_RUNE, dst, reg);
    else if (fu->kind == Kind::Slice && fu->elem->ukind() == Kind::Uint8) emit(Op::STR_FROM_BYTES, dst, reg);
    else if (fu->kind == Kind::Slice && fu->elem->ukind() == Kind::Int32) emit(Op::STR_FROM_RUNES, dst, reg);
    else if (dst != reg) emit(Op::MOVE, dst, reg);
    return;
  }
  if (tu->kind == Kind::Slice && fu->kind == Kind::String) {
    emit(tu->elem->ukind() == Kind::Uint8 ? Op::STR_TO_BYTES : Op::STR_TO_RUNES, dst, reg);
    return;
  }
  if (tu->kind == Kind::Pointer && fu->kind == Kind::Slice) {
    Slot n;
    n.i = tu->elem->under()->len;
    emit(Op::SLICE_TO_ARRAY_PTR, dst, reg, int(constant(n, std::to_string(n.i))));
    return;
  }
  if (to->isInteger() && from->isFloat()) {
    emit(to->isUnsigned() ? Op::F64_TO_U64 : Op::F64_TO_I64, dst, reg);
    narrow(to, dst);
    return;
  }
  if (to->isFloat() && from->isInteger()) {
    emit(from->isUnsigned() ? Op::U64_TO_F64 : Op::I64_TO_F64, dst, reg);
    narrow(to, dst);
    return;
  }
  if (dst != reg) emit(Op::MOVE, dst, reg);
  // Re-establish the register form of a narrower integer (sign- or zero-extended from its
  // width: uint16(int8(-1)) is 65535) and round float64 to float32.
  if ((to->isInteger() && from->isInteger() && to->size < 8 && tu != fu) ||
      (tu->kind == Kind::Float32 && fu->kind == Kind::Float64))
    narrow(to, dst);
}

void FuncState::conversion(CallExpr* e, int dst) {
  Expr* x = e->args[0];
  const Type* tu = e->type->under();
  bool basicTarget = tu->kind != Kind::Interface && tu->kind != Kind::Slice;
  if (isConst(x) && basicTarget) {
    constantTo(x->value, e->type, dst);
    return;
  }
  if (isNilExpr(x)) {
    emit(Op::LOADZ, dst);
    return;
  }
  Operand o = expr(x);
  convertTo(o.reg, x->type, e->type, dst);
}

// ---------------------------------------------------------------- operators

void FuncState::arith(Tok op, const Type* t, int dst, int x, int y) {
  const Type* u = t->under();
  if (u->kind == Kind::String) {
    emit(Op::CONCAT, dst, x, y);
    return;
  }
  if (t->isFloat()) {
    Op o = op == Tok::Add ? Op::ADD_F64 : op == Tok::Sub ? Op::SUB_F64 : op == Tok::Mul ? Op::MUL_F64 : Op::DIV_F64;
    emit(o, dst, x, y);
    narrow(t, dst);
    return;
  }
  bool uns = t->isUnsigned();
  Op o = Op::NOP;
  switch (op) {
    case Tok::Add: o = Op::ADD_I64; break;
    case Tok::Sub: o = Op::SUB_I64; break;
    case Tok::Mul: o = Op::MUL_I64; break;
    case Tok::Quo: o = uns ? Op::DIV_U64 : Op::DIV_I64; break;
    case Tok::Rem: o = uns ? Op::REM_U64 : Op::REM_I64; break;
    case Tok::And: o = Op::AND_I64; break;
    case Tok::Or: o = Op::OR_I64; break;
    case Tok::Xor: o = Op::XOR_I64; break;
    case Tok::AndNot: o = Op::ANDNOT_I64; break;
    case Tok::Shl: o = Op::SHL_I64; break;
    case Tok::Shr: o = uns ? Op::SHR_U64 : Op::SHR_I64; break;
    default: C.error({proto->file, line, 1}, "goro: unsupported operator"); return;
  }
  emit(o, dst, x, y);
  if (op != Tok::Quo && op != Tok::Rem && op != Tok::And && op != Tok::Or && op != Tok::AndNot && op != Tok::Shr)
    narrow(t, dst);
  else if (op == Tok::Quo && !uns)
    narrow(t, dst);  // MinInt8 / -1 overflows back to MinInt8
}

void FuncState::compare(Tok op, const Type* t, int dst, int x, int y) {
  if (op == Tok::Gtr || op == Tok::Geq) {
    std::swap(x, y);
    op = op == Tok::Gtr ? Tok::Lss : Tok::Leq;
  }
  const Type* u = t->under();
  bool neq = op == Tok::Neq;
  if (u->kind == Kind::Interface) {
    emit(Op::EQ_IFACE, dst, x, y);
    if (neq) emit(Op::NOT, dst, dst);
    return;
  }
  if (isAggregate(t)) {
    emit(Op::EQ_MEM, dst, x, y);
    emitExt(int(typeConst(t)));
    if (neq) emit(Op::NOT, dst, dst);
    return;
  }
  Op o;
  if (u->kind == Kind::String) {
    o = op == Tok::Eql ? Op::EQ_STR : neq ? Op::NE_STR : op == Tok::Lss ? Op::LT_STR : Op::LE_STR;
  } else if (t->isFloat()) {
    o = op == Tok::Eql ? Op::EQ_F64 : neq ? Op::NE_F64 : op == Tok::Lss ? Op::LT_F64 : Op::LE_F64;
  } else if (t->isUnsigned()) {
    o = op == Tok::Eql ? Op::EQ_I64 : neq ? Op::NE_I64 : op == Tok::Lss ? Op::LT_U64 : Op::LE_U64;
  } else {
    o = op == Tok::Eql ? Op::EQ_I64 : neq ? Op::NE_I64 : op == Tok::Lss ? Op::LT_I64 : Op::LE_I64;
  }
  emit(o, dst, x, y);
}

namespace {
bool isComparison(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}
}  // namespace

void FuncState::binary(BinaryExpr* e, int dst) {
  if (e->op == Tok::LAnd || e->op == Tok::LOr) {
    logical(e, dst);
    return;
  }
  if (isComparison(e->op)) {
    const Type* tx = e->x->type;
    const Type* ty = e->y->type;
    // Mixed interface/concrete comparisons compare as interfaces; nil takes the other side's type.
    const Type* t = tx;
    if (isNilExpr(e->x)) t = ty;
    else if (!isNilExpr(e->y) && !tx->isInterface() && ty->isInterface()) t = ty;
    auto operand = [&](Expr* side) {
      if (t->isInterface() && !side->type->isInterface() && !isNilExpr(side)) {
        int r = alloc();
        exprAs(side, t, r);
        return r;
      }
      return expr(side).reg;
    };
    int x = operand(e->x);
    int y = operand(e->y);
    compare(e->op, t, dst, x, y);
    return;
  }
  const Type* t = e->type;
  // Addition and multiplication commute: a constant on the left (3*n) is the immediate too.
  Expr* variable = e->x;
  Expr* immediate = e->y;
  if (t->isInteger() && (e->op == Tok::Add || e->op == Tok::Mul) && isConst(variable) && !isConst(immediate))
    std::swap(variable, immediate);
  if (t->isInteger() && isConst(immediate) && e->op != Tok::Shl && e->op != Tok::Shr) {
    int64_t c = immediate->value.toInt().int64Val();
    Op o = Op::NOP;
    if (e->op == Tok::Add && fitsI16(c)) o = Op::ADDI_I64;
    else if (e->op == Tok::Sub && fitsI16(-c)) o = Op::ADDI_I64, c = -c;
    else if (e->op == Tok::Mul && fitsI16(c)) o = Op::MULI_I64;
    if (o != Op::NOP) {
      Operand x = expr(variable);
      emit(o, dst, x.reg, int(uint16_t(int16_t(c))));
      narrow(t, dst);
      return;
    }
    // A signed quotient by a positive power of two is in range: no narrowing.
    if (int k = powerOfTwoExponent(c); e->op == Tok::Quo && !t->isUnsigned() && k > 0) {
      Operand x = expr(variable);
      emit(Op::DIVP2_I64, dst, x.reg, k);
      return;
    }
    // Larger constants come from the constant table.
    Constant iv = immediate->value.toInt();
    Slot k;
    k.u = t->isUnsigned() ? iv.uint64Val() : uint64_t(iv.int64Val());
    std::string text = std::to_string(k.i);
    // Signed division by a constant multiplies by its reciprocal (vm/divide.h).
    bool signedDiv = !t->isUnsigned() && k.i != 0 && (e->op == Tok::Quo || e->op == Tok::Rem);
    if (signedDiv) k.p = const_cast<ConstDivisor*>(constDivisor(k.i));
    if (e->op == Tok::Add) o = Op::ADDK_I64;
    else if (e->op == Tok::Sub) o = Op::ADDK_I64, k.u = 0 - k.u;
    else if (e->op == Tok::Mul) o = Op::MULK_I64;
    else if (e->op == Tok::Quo && signedDiv) o = Op::DIVK_I64;
    else if (e->op == Tok::Rem && signedDiv) o = Op::REMK_I64;
    uint32_t ki = o != Op::NOP ? constant(k, std::move(text)) : 0x10000;
    if (ki <= 0xFFFF) {
      Operand x = expr(variable);
      emit(o, dst, x.reg, int(ki));
      if (o != Op::REMK_I64) narrow(t, dst);  // DIVK too: math.MinInt8 / -1 wraps
      return;
    }
  }
  Operand x = expr(e->x);
  Operand y = expr(e->y);
  if ((e->op == Tok::Shl || e->op == Tok::Shr) && isSigned(e->y->type) && !isConst(e->y)) emit(Op::CHECK_SHIFT, y.reg);
  arith(e->op, t, dst, x.reg, y.reg);
}

void FuncState::logical(BinaryExpr* e, int dst) {
  std::vector<size_t> jumps;
  exprTo(e->x, dst);
  size_t j = emitBC(e->op == Tok::LAnd ? Op::JMP_IFNOT : Op::JMP_IF, dst, 0);
  exprTo(e->y, dst);
  patchJump(j);
}

void FuncState::unary(UnaryExpr* e, int dst) {
  switch (e->op) {
    case Tok::And: {
      Expr* x = unparen(e->x);
      if (auto* lit = x->as<CompositeLit>()) {
        if (isAggregate(lit->type)) {
          compositeLit(lit, dst);
        } else {
          int v = alloc();
          compositeLit(lit, v);
          emitBC(Op::NEW, dst, int32_t(typeConst(lit->type)));
          storeMem(lit->type, dst, 0, v);
        }
        return;
      }
      int p = addr(x);
      if (p != dst) emit(Op::MOVE, dst, p);
      return;
    }
    case Tok::Sub: {
      Operand x = expr(e->x);
      if (e->type->isFloat()) {
        emit(Op::NEG_F64, dst, x.reg);
      } else {
        emit(Op::NEG_I64, dst, x.reg);
        narrow(e->type, dst);
      }
      return;
    }
    case Tok::Add: exprTo(e->x, dst); return;
    case Tok::Not: {
      Operand x = expr(e->x);
      emit(Op::NOT, dst, x.reg);
      return;
    }
    case Tok::Xor: {
      Operand x = expr(e->x);
      emit(Op::COMPL_I64, dst, x.reg);
      narrow(e->type, dst);
      return;
    }
    case Tok::Arrow: {
      Operand ch = expr(e->x);
      emit(Op::RECV, dst, ch.reg);
      return;
    }
    default: C.error(e->pos, "goro: unsupported unary operator"); return;
  }
}

// Emits jumps (recorded in `jumps`, to be patched) taken when cond == jumpIf.
void FuncState::condJump(Expr* cond, bool jumpIf, std::vector<size_t>& jumps) {
  cond = unparen(cond);
  int mark = nextReg;
  setLine(cond->pos);
  if (isConst(cond)) {
    if (cond->value.boolVal() == jumpIf) jumps.push_back(emit(Op::JMP));
    return;
  }
  if (auto* u = cond->as<UnaryExpr>(); u && u->op == Tok::Not) {
    condJump(u->x, !jumpIf, jumps);
    return;
  }
  if (auto* b = cond->as<BinaryExpr>()) {
    if (b->op == Tok::LAnd || b->op == Tok::LOr) {
      bool isAnd = b->op == Tok::LAnd;
      if (isAnd != jumpIf) {
        // (a && b) false: a false or b false;  (a || b) true: a true or b true
        condJump(b->x, jumpIf, jumps);
        condJump(b->y, jumpIf, jumps);
      } else {
        std::vector<size_t> skip;
        condJump(b->x, !jumpIf, skip);
        condJump(b->y, jumpIf, jumps);
        for (size_t s : skip) patchJump(s);
      }
      return;
    }
    // x % 2^k == 0 and x & c == 0 test low bits and branch in one instruction.
    if (std::optional<uint16_t> mask = zeroTestMask(b->x);
        mask && (b->op == Tok::Eql || b->op == Tok::Neq) && isConst(b->y) && b->y->value.toInt().uint64Val() == 0) {
      Operand x = expr(unparen(b->x)->as<BinaryExpr>()->x);
      bool jumpIfZero = (b->op == Tok::Eql) == jumpIf;
      jumps.push_back(emit(jumpIfZero ? Op::JMASKZ : Op::JMASKNZ, x.reg, *mask, 0));
      nextReg = mark;
      return;
    }
    const Type* t = b->x->type;
    bool fusable = isComparison(b->op) && t && !isNilExpr(b->x) && !isNilExpr(b->y) &&
                   (isSigned(t) || (b->op == Tok::Eql || b->op == Tok::Neq)) &&
                   (t->isInteger() || t->ukind() == Kind::Bool || t->ukind() == Kind::Pointer) &&
                   b->y->type == t;
    if (fusable) {
      Tok op = b->op;
      if (!jumpIf) {
        switch (op) {
          case Tok::Eql: op = Tok::Neq; break;
          case Tok::Neq: op = Tok::Eql; break;
          case Tok::Lss: op = Tok::Geq; break;
          case Tok::Geq: op = Tok::Lss; break;
          case Tok::Leq: op = Tok::Gtr; break;
          default: op = Tok::Leq; break;
        }
      }
      Operand x = expr(b->x);
      if (isConst(b->y)) {
        const Constant& v = b->y->value;
        int64_t c = t->ukind() == Kind::Bool ? int64_t(v.boolVal()) : v.toInt().int64Val();
        if (op == Tok::Leq && c < INT64_MAX) op = Tok::Lss, c++;
        else if (op == Tok::Gtr && c < INT64_MAX) op = Tok::Geq, c++;
        if (op == Tok::Lss || op == Tok::Geq || op == Tok::Eql || op == Tok::Neq) {
          if (fitsI16(c)) {
            Op o = op == Tok::Lss ? Op::JLTI_I64 : op == Tok::Geq ? Op::JGEI_I64 : op == Tok::Eql ? Op::JEQI_I64 : Op::JNEI_I64;
            jumps.push_back(emit(o, x.reg, int(uint16_t(int16_t(c))), 0));
            nextReg = mark;
            return;
          }
          Slot k;
          k.i = c;
          uint32_t ki = constant(k, std::to_string(c));
          if (ki <= 0xFFFF) {
            Op o = op == Tok::Lss ? Op::JLTK_I64 : op == Tok::Geq ? Op::JGEK_I64 : op == Tok::Eql ? Op::JEQK_I64 : Op::JNEK_I64;
            jumps.push_back(emit(o, x.reg, int(ki), 0));
            nextReg = mark;
            return;
          }
        }
      }
      Operand y = expr(b->y);
      Op o = op == Tok::Lss ? Op::JLT_I64 : op == Tok::Leq ? Op::JLE_I64 : op == Tok::Gtr ? Op::JGT_I64
           : op == Tok::Geq ? Op::JGE_I64 : op == Tok::Eql ? Op::JEQ_I64 : Op::JNE_I64;
      jumps.push_back(emit(o, x.reg, y.reg, 0));
      nextReg = mark;
      return;
    }
  }
  Operand r = expr(cond);
  jumps.push_back(emitBC(jumpIf ? Op::JMP_IF : Op::JMP_IFNOT, r.reg, 0));
  nextReg = mark;
}

// ---------------------------------------------------------------- addresses, fields, elements

std::pair<int, uint32_t> FuncState::fieldBase(SelectorExpr* e) {
  const Type* t = e->x->type;
  Operand base = expr(e->x);
  int ptr = base.reg;
  uint32_t off = 0;
  for (size_t i = 0; i < e->path.size(); i++) {
    const Type* st;
    if (t->ukind() == Kind::Pointer) {
      if (i > 0) {
        int p = alloc();
        emit(Op::LOAD_W, p, ptr, int(off));
        ptr = p;
        off = 0;
      }
      st = t->under()->elem->under();
    } else {
      st = t->under();
    }
    const StructField& f = st->fields[size_t(e->path[i])];
    off += f.offset;
    t = f.type;
  }
  return {ptr, off};
}

std::pair<int, uint32_t> FuncState::location(Expr* e) {
  auto* sel = unparen(e)->as<SelectorExpr>();
  if (sel && sel->selKind == SelKind::Field) return fieldBase(sel);
  return {addr(e), 0};
}

int FuncState::addr(Expr* e) {
  e = unparen(e);
  setLine(e->pos);
  switch (e->kind) {
    case NodeKind::Ident: {
      Object* obj = static_cast<Ident*>(e)->obj;
      VarLoc loc = lookup(obj);
      // The register of an aggregate or a box holds the address itself, which stays put
      // while an expression is evaluated (assignments copy into the block or box).
      if (loc.where == VarLoc::Where::Reg && !isAggregate(obj->type))
        C.error(e->pos, "goro: internal error: address of an unboxed variable " + obj->name);
      if (loc.where == VarLoc::Where::Reg || loc.where == VarLoc::Where::Box) return loc.reg;
      int r = alloc();
      switch (loc.where) {
        case VarLoc::Where::Reg:
        case VarLoc::Where::Box: break;
        case VarLoc::Where::Captured: emit(Op::LOAD_CAPTURED, r, 0, loc.captured); break;
        case VarLoc::Where::Global: {
          Slot v;
          v.p = loc.cell;
          emitBC(Op::LOADK, r, int32_t(constant(v, "&" + obj->name)));
          break;
        }
      }
      return r;
    }
    case NodeKind::SelectorExpr: {
      auto* sel = static_cast<SelectorExpr*>(e);
      if (sel->selKind == SelKind::Qualified) {
        Ident fake(sel->pos);
        fake.obj = sel->obj;
        fake.type = sel->type;
        return addr(&fake);
      }
      auto [ptr, off] = fieldBase(sel);
      int r = alloc();
      offsetAddr(r, ptr, off);
      return r;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(e);
      int i = alloc();
      exprTo(ix->index, i);
      return elemAddr(ix->x->type, ix->x, i);
    }
    case NodeKind::StarExpr: {
      int p = expr(static_cast<StarExpr*>(e)->x).reg;
      emit(Op::NIL_CHECK, p);  // evaluating *p panics for nil p, even under & (&*p)
      return p;
    }
    case NodeKind::CompositeLit: {
      int r = alloc();
      compositeLit(static_cast<CompositeLit*>(e), r);
      return r;
    }
    default: {
      // Not addressable in Go, but aggregates are held by pointer anyway.
      Operand o = expr(e);
      return o.reg;
    }
  }
}

void FuncState::indexAddr(const Type* coll, int dst, int base, int idx) {
  uint32_t size = coll->elem->size;
  // Elements wider than the 16-bit operand: check the index against a zero-size element
  // (which yields the first element's address), then add idx*size from registers.
  uint32_t operandSize = size <= 0xFFFF ? size : 0;
  if (coll->kind == Kind::Slice) {
    emit(Op::INDEX_ADDR, dst, base, idx);
    emitExt(int(operandSize));
  } else {
    emit(Op::ARRAY_ADDR, dst, base, idx);
    emitExt(int(operandSize), int(coll->len & 0xFFFF), int((coll->len >> 16) & 0xFFFF));
  }
  if (operandSize == size) return;
  int scaled = alloc();
  constantTo(Constant::makeInt64(size), TypeTable::get().basic(Kind::Int), scaled);
  emit(Op::MUL_I64, scaled, scaled, idx);
  emit(Op::ADD_I64, dst, dst, scaled);
}

int FuncState::elemAddr(const Type* collType, Expr* coll, int idx) {
  const Type* u = collType->under();
  int r = alloc();
  if (u->kind == Kind::Slice) {
    Operand s = expr(coll);
    indexAddr(u, r, s.reg, idx);
    return r;
  }
  const Type* arr = u->kind == Kind::Pointer ? u->elem->under() : u;
  int base = u->kind == Kind::Pointer ? expr(coll).reg : addr(coll);
  indexAddr(arr, r, base, idx);
  return r;
}

void FuncState::loadElem(const Type* collType, int coll, int idx, int dst) {
  const Type* u = collType->under();
  if (u->kind == Kind::String) {
    emit(Op::INDEX_STR, dst, coll, idx);
    return;
  }
  if (u->kind == Kind::Slice) {
    const Type* el = u->elem;
    if (isWordType(el)) {
      emit(Op::SLICE_GET_W, dst, coll, idx);
    } else if (el->ukind() == Kind::Uint8 || el->ukind() == Kind::Bool) {
      emit(Op::SLICE_GET_U8, dst, coll, idx);
    } else {
      int p = alloc();
      indexAddr(u, p, coll, idx);
      loadMem(el, p, 0, dst);
    }
    return;
  }
  const Type* arr = u->kind == Kind::Pointer ? u->elem->under() : u;
  int p = alloc();
  indexAddr(arr, p, coll, idx);
  loadMem(arr->elem, p, 0, dst);
}

void FuncState::index(IndexExpr* e, int dst) {
  const Type* u = e->x->type->under();
  if (u->kind == Kind::Map) {
    Operand m = expr(e->x);
    int k = alloc();
    exprAs(e->index, u->key, k);
    emit(Op::MAP_GET, dst, m.reg, k);
    emitExt(int(typeConst(u->elem)));
    return;
  }
  if (u->kind == Kind::Array && isConst(e->index)) {
    int64_t i = e->index->value.toInt().int64Val();
    Operand a = expr(e->x);
    loadMem(u->elem, a.reg, uint32_t(i * int64_t(u->elem->size)), dst);
    return;
  }
  Operand coll = expr(e->x);
  Operand i = expr(e->index);
  loadElem(e->x->type, coll.reg, i.reg, dst);
}

void FuncState::sliceExpr(SliceExpr* e, int dst) {
  const Type* u = e->x->type->under();
  int bounds = alloc(3);
  auto lowOrZero = [&](Expr* x, int r) {
    if (x) exprTo(x, r);
    else emit(Op::LOADZ, r);
  };
  if (u->kind == Kind::String) {
    Operand s = expr(e->x);
    lowOrZero(e->lo, bounds);
    if (e->hi) exprTo(e->hi, bounds + 1);
    else emit(Op::LEN_STR, bounds + 1, s.reg);
    emit(Op::SLICE_STR, dst, s.reg, bounds);
    return;
  }
  if (u->kind == Kind::Slice) {
    Operand s = expr(e->x);
    lowOrZero(e->lo, bounds);
    if (e->hi) exprTo(e->hi, bounds + 1);
    else emit(Op::LEN_SLICE, bounds + 1, s.reg);
    if (e->max) exprTo(e->max, bounds + 2);
    else emit(Op::CAP_SLICE, bounds + 2, s.reg);
    emit(Op::RESLICE, dst, s.reg, bounds);
    emitExt(int(u->elem->size), e->slice3 ? 1 : 0);
    return;
  }
  const Type* arr = u->kind == Kind::Pointer ? u->elem->under() : u;
  int base = u->kind == Kind::Pointer ? expr(e->x).reg : addr(e->x);
  lowOrZero(e->lo, bounds);
  if (e->hi) exprTo(e->hi, bounds + 1);
  else constantTo(Constant::makeInt64(arr->len), TypeTable::get().basic(Kind::Int), bounds + 1);
  if (e->max) exprTo(e->max, bounds + 2);
  else constantTo(Constant::makeInt64(arr->len), TypeTable::get().basic(Kind::Int), bounds + 2);
  emit(Op::SLICE_ARRAY, dst, base, bounds);
  emitExt(int(arr->elem->size), int(arr->len & 0xFFFF), int(((arr->len >> 16) & 0x7FFF) | (e->slice3 ? 0x8000 : 0)));
}

void FuncState::selector(SelectorExpr* e, int dst) {
  switch (e->selKind) {
    case SelKind::Qualified: {
      Object* obj = e->obj;
      if (obj->kind == ObjKind::Var) {
        loadVar(obj, dst);
      } else if (obj->kind == ObjKind::Func && obj->proto) {
        Slot v;
        v.p = staticClosure(obj->proto);
        emitBC(Op::LOADK, dst, int32_t(constant(v, obj->proto->name)));
      } else if (obj->kind == ObjKind::Const) {
        constantTo(obj->value, e->type, dst);
      } else {
        C.error(e->pos, "goro: cannot compile " + e->sel->name);
      }
      return;
    }
    case SelKind::Field: {
      auto [ptr, off] = fieldBase(e);
      loadMem(e->type, ptr, off, dst);
      return;
    }
    case SelKind::Method:
    case SelKind::MethodExpr: funcValue(e, dst); return;
    default: C.error(e->pos, "goro: unresolved selector " + e->sel->name); return;
  }
}

// ---------------------------------------------------------------- composite literals, closures

void FuncState::fillComposite(CompositeLit* e, const Type* t, int ptr) {
  const Type* u = t->under();
  int v = alloc();
  if (u->kind == Kind::Struct) {
    size_t pos = 0;
    for (Expr* elt : e->elts) {
      size_t fi = pos++;
      Expr* val = elt;
      if (auto* kv = elt->as<KeyValueExpr>()) {
        auto* key = kv->key->as<Ident>();
        for (size_t i = 0; i < u->fields.size(); i++)
          if (key && u->fields[i].name == key->name) fi = i;
        val = kv->value;
      }
      const StructField& f = u->fields[fi];
      if (auto* inner = unparen(val)->as<CompositeLit>(); inner && isAggregate(f.type) && inner->type == f.type) {
        int fp = alloc();
        offsetAddr(fp, ptr, f.offset);
        fillComposite(inner, f.type, fp);
        continue;
      }
      exprAs(val, f.type, v);
      storeMem(f.type, ptr, f.offset, v);
    }
    return;
  }
  // Arrays.
  int64_t idx = 0;
  for (Expr* elt : e->elts) {
    Expr* val = elt;
    if (auto* kv = elt->as<KeyValueExpr>()) {
      idx = kv->key->value.toInt().int64Val();
      val = kv->value;
    }
    exprAs(val, u->elem, v);
    storeMem(u->elem, ptr, uint32_t(idx * int64_t(u->elem->size)), v);
    idx++;
  }
}

void FuncState::compositeLit(CompositeLit* e, int dst) {
  const Type* t = e->type;
  bool viaPointer = t->ukind() == Kind::Pointer;  // an elided &T{...} inside []*T{...}
  if (viaPointer) t = t->under()->elem;
  const Type* u = t->under();
  int mark = nextReg;
  if (u->kind == Kind::Struct || u->kind == Kind::Array) {
    emitBC(Op::NEW, dst, int32_t(typeConst(t)));
    fillComposite(e, t, dst);
    nextReg = mark;
    return;
  }
  if (u->kind == Kind::Slice) {
    bool keyed = std::any_of(e->elts.begin(), e->elts.end(), [](Expr* x) { return x->is<KeyValueExpr>(); });
    if (!keyed && e->elts.size() < 0x8000) {
      int n = int(e->elts.size());
      if (n == 0) {
        // []T{} is empty but not nil.
        int b = alloc(2);
        emit(Op::LOADZ, b);
        emit(Op::LOADZ, b + 1);
        emit(Op::MAKE_SLICE, dst, b, int(typeConst(u->elem)));
      } else {
        int base = alloc(n);
        for (int i = 0; i < n; i++) exprAs(e->elts[size_t(i)], u->elem, base + i);
        emit(Op::SLICE_LIT, dst, base, n);
        emitExt(int(typeConst(u->elem)));
      }
      nextReg = mark;
      return;
    }
    int64_t len = 0, idx = 0;
    for (Expr* elt : e->elts) {
      if (auto* kv = elt->as<KeyValueExpr>()) idx = kv->key->value.toInt().int64Val();
      len = std::max(len, ++idx);
    }
    int b = alloc(2);
    constantTo(Constant::makeInt64(len), TypeTable::get().basic(Kind::Int), b);
    emit(Op::MOVE, b + 1, b);
    emit(Op::MAKE_SLICE, dst, b, int(typeConst(u->elem)));
    int i = alloc(), v = alloc();
    idx = 0;
    for (Expr* elt : e->elts) {
      Expr* val = elt;
      if (auto* kv = elt->as<KeyValueExpr>()) {
        idx = kv->key->value.toInt().int64Val();
        val = kv->value;
      }
      constantTo(Constant::makeInt64(idx++), TypeTable::get().basic(Kind::Int), i);
      int p = alloc();
      indexAddr(u, p, dst, i);
      exprAs(val, u->elem, v);
      storeMem(u->elem, p, 0, v);
    }
    nextReg = mark;
    return;
  }
  if (u->kind == Kind::Map) {
    int hint = alloc();
    constantTo(Constant::makeInt64(int64_t(e->elts.size())), TypeTable::get().basic(Kind::Int), hint);
    emit(Op::MAKE_MAP, dst, hint, int(typeConst(t)));
    int k = alloc(), v = alloc();
    for (Expr* elt : e->elts) {
      auto* kv = elt->as<KeyValueExpr>();
      if (!kv) continue;
      exprAs(kv->key, u->key, k);
      exprAs(kv->value, u->elem, v);
      emit(Op::MAP_SET, dst, k, v);
      emitExt(int(typeConst(u->elem)));
    }
    nextReg = mark;
    return;
  }
  C.error(e->pos, "goro: cannot compile this composite literal");
}

void FuncState::funcLit(FuncLit* e, int dst) {
  // gc's closure names: main.f.func1, main.f.func1.1 inside a closure, main.glob..func1 in
  // a package-level initialiser; each enclosing function numbers its literals from 1.
  std::string name = C.globClosureName(e);
  if (name.empty()) name = proto->name + (parent ? "." : ".func") + std::to_string(++funcLits);
  FuncProto* p = C.newProto(std::move(name), proto->file, e->pos.line);
  p->sig = e->type;
  FuncState child(C, p, this);
  child.hasDefer = containsDefer(e->body);
  child.setLine(e->pos);
  child.prologue(e->sig, nullptr);
  child.block(e->body->list);
  child.setLine(e->body->rbrace);
  child.epilogue();
  p->ncaptured = uint16_t(child.captures.size());
  if (child.captures.empty()) {
    Slot v;
    v.p = staticClosure(p);
    emitBC(Op::LOADK, dst, int32_t(constant(v, p->name)));
    return;
  }
  int mark = nextReg;
  int base = alloc(int(child.captures.size()));
  for (size_t i = 0; i < child.captures.size(); i++) {
    Object* obj = child.captures[i];
    VarLoc loc = lookup(obj);
    int r = base + int(i);
    switch (loc.where) {
      case VarLoc::Where::Reg:
        if (!isAggregate(obj->type)) C.error(e->pos, "goro: internal error: captured variable " + obj->name + " is not boxed");
        emit(Op::MOVE, r, loc.reg);
        break;
      case VarLoc::Where::Box: emit(Op::MOVE, r, loc.reg); break;
      case VarLoc::Where::Captured: emit(Op::LOAD_CAPTURED, r, 0, loc.captured); break;
      case VarLoc::Where::Global: break;
    }
  }
  emitBC(Op::CLOSURE, dst, int32_t(protoConst(p)));
  emitExt(base);
  nextReg = mark;
}

void FuncState::typeAssert(TypeAssertExpr* e, int dst, bool commaOk) {
  Operand x = expr(e->x);
  const Type* t = e->typeExpr ? e->typeExpr->type : e->type;
  if (t->isInterface()) {
    emit(commaOk ? Op::ASSERT_IFACE_OK : Op::ASSERT_IFACE, dst, x.reg, int(typeConst(t)));
    return;
  }
  if (commaOk) {
    emit(Op::ASSERT_OK, dst, x.reg, int(typeConst(t)));
    return;
  }
  emit(Op::ASSERT, dst, x.reg, int(typeConst(t)));
  emitExt(int(typeConst(e->x->type)));
}

// ---------------------------------------------------------------- calls

// A value receiver is copied for the callee unless `lendTo` (the method being called
// directly) may borrow it (see canLend).
void FuncState::receiver(SelectorExpr* sel, bool ptrRecv, int dst, const FuncProto* lendTo) {
  // Walk the embedded fields; `cur` holds a value of type t, or its address when isAddr.
  const Type* t = sel->x->type;
  bool isAddr = false;
  int cur;
  auto* call = unparen(sel->x)->as<CallExpr>();
  if (sel->path.empty() && call && call->callKind == CallKind::Regular && sel->x->mode != Mode::Constant &&
      dst == nextReg - 1) {
    // f().M(): the call computes its result straight into the receiver slot.
    nextReg = dst;
    cur = this->call(call, 1);
    nextReg = std::max(nextReg, dst + 1);
  } else if (sel->path.empty()) {
    if (ptrRecv && t->ukind() != Kind::Pointer) {
      cur = addr(sel->x);
      isAddr = true;
    } else {
      cur = expr(sel->x).reg;
    }
  } else {
    cur = expr(sel->x).reg;
    for (int idx : sel->path) {
      int ptr = cur;
      const Type* st;
      if (isAddr && t->ukind() == Kind::Pointer) {
        ptr = alloc();
        emit(Op::LOAD_W, ptr, cur, 0);
      }
      st = t->ukind() == Kind::Pointer ? t->under()->elem->under() : t->under();
      const StructField& f = st->fields[size_t(idx)];
      int r = alloc();
      offsetAddr(r, ptr, f.offset);
      cur = r;
      isAddr = true;
      t = f.type;
    }
  }
  bool isPtr = t->ukind() == Kind::Pointer;
  if (ptrRecv) {
    if (isAddr && isPtr) emit(Op::LOAD_W, dst, cur, 0);
    else if (cur != dst) emit(Op::MOVE, dst, cur);
    return;
  }
  // Value receiver: the callee owns its copy, or borrows the block.
  const Type* vt = isPtr ? t->under()->elem : t;
  // Through a pointer or an embedded field the block is shared memory: only a still
  // callee may borrow it; a block the caller owns may be lent to any borrower.
  bool lend = sel->path.empty() && !isPtr ? canLend(sel->x, lendTo, 0)
                                          : lendTo && (lendTo->borrowedParams & 1) && lendTo->still;
  auto copyOrLend = [&](int block) {
    if (!lend) {
      emit(Op::CLONE, dst, block, int(typeConst(vt)));
      return;
    }
    if (isPtr) emit(Op::NIL_CHECK, block);
    if (block != dst) emit(Op::MOVE, dst, block);
  };
  if (isPtr) {
    int p = cur;
    if (isAddr) {
      p = alloc();
      emit(Op::LOAD_W, p, cur, 0);
    }
    if (isAggregate(vt)) copyOrLend(p);
    else loadMem(vt, p, 0, dst);
    return;
  }
  if (isAddr && !isAggregate(vt)) {
    loadMem(vt, cur, 0, dst);
    return;
  }
  if (isAggregate(vt)) copyOrLend(cur);
  else if (cur != dst) emit(Op::MOVE, dst, cur);
}

bool FuncState::canLend(Expr* e, const FuncProto* callee, int slot) {
  if (isFresh(e)) return true;  // a temporary nobody else sees: the callee may have it
  if (!callee || slot >= 64 || !(callee->borrowedParams >> slot & 1)) return false;
  if (callee->still) return true;
  auto* id = unparen(e)->as<Ident>();
  if (!id || !id->obj || id->obj->kind != ObjKind::Var || id->obj->isGlobal || boxed(id->obj)) return false;
  auto it = locals.find(id->obj);
  return it != locals.end() && it->second.where == VarLoc::Where::Reg;
}

// Evaluates the call's arguments into base, base+1, ... converting them to the parameter
// types (packing a variadic tail into a slice). Returns the number of argument slots.
int FuncState::args(CallExpr* e, const Type* sig, int base, const FuncProto* callee, int firstSlot) {
  const std::vector<const Type*>& params = sig->params;
  size_t np = params.size();
  nextReg = std::max(nextReg, base + int(np));
  touch(base + int(np));
  // f(g()) with a multi-value g: spread its results over the parameters.
  if (e->args.size() == 1) {
    auto* inner = unparen(e->args[0])->as<CallExpr>();
    if (inner && inner->type && inner->type->kind == Kind::Tuple) {
      const auto& elems = inner->type->elems;
      int r = call(inner, int(elems.size()));
      size_t fixedParams = sig->variadic ? np - 1 : np;
      for (size_t i = 0; i < fixedParams && i < elems.size(); i++)
        convertTo(r + int(i), elems[i], params[i], base + int(i));
      if (sig->variadic) {
        const Type* elem = params.back()->under()->elem;
        int n = int(elems.size()) - int(fixedParams);
        if (n <= 0) {
          emit(Op::LOADZ, base + int(fixedParams));
        } else {
          int vals = alloc(n);
          for (int i = 0; i < n; i++)
            convertTo(r + int(fixedParams) + i, elems[fixedParams + size_t(i)], elem, vals + i);
          emit(Op::SLICE_LIT, base + int(fixedParams), vals, n);
          emitExt(int(typeConst(elem)));
        }
      }
      return int(np);
    }
  }
  size_t fixed = sig->variadic && !e->hasEllipsis ? np - 1 : np;
  bool packs = sig->variadic && !e->hasEllipsis;
  const Type* elem = packs ? params.back()->under()->elem : nullptr;
  int nvar = packs ? int(e->args.size()) - int(fixed) : 0;
  int vals = nvar > 0 ? alloc(nvar) : -1;
  int top = nextReg;
  // gc evaluates the arguments that involve calls first, left to right, and reads the
  // others afterwards: in f(x, g()), x is read after g ran.
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < e->args.size(); i++) {
      if (containsCall(e->args[i]) != (pass == 0)) continue;
      if (i >= fixed) {
        exprAs(e->args[i], elem, vals + int(i - fixed));
        continue;
      }
      Expr* a = unparen(e->args[i]);
      auto* c = a->as<CallExpr>();
      if (c && c->callKind == CallKind::Regular && a->mode != Mode::Constant && a->type == params[i]) {
        // Call straight into the argument slot: the callee's window starts there.
        nextReg = base + int(i);
        int r = call(c, 1);
        if (r != base + int(i)) emit(Op::MOVE, base + int(i), r);
        nextReg = std::max(nextReg, top);
        continue;
      }
      if (canLend(e->args[i], callee, firstSlot + int(i))) exprAs(e->args[i], params[i], base + int(i));
      else exprOwned(e->args[i], params[i], base + int(i));
    }
  }
  if (packs) {
    int slot = base + int(fixed);
    if (nvar <= 0) {
      emit(Op::LOADZ, slot);
    } else {
      emit(Op::SLICE_LIT, slot, vals, nvar);
      emitExt(int(typeConst(elem)));
    }
  }
  return int(np);
}

// A call instruction takes the line of the call's "(", as gc positions calls: a trace
// shows `func() {...}()` at its last line, and a call at the end of a chain split over
// lines at that call's own line.
int FuncState::call(CallExpr* e, int wantResults) {
  setLine(e->pos);
  if (e->callKind == CallKind::Builtin) return builtin(e);
  if (e->callKind == CallKind::Conversion) {
    int r = alloc();
    conversion(e, r);
    return r;
  }
  Expr* fun = unparen(e->fun);
  const Type* sig = funcSig(fun->type);
  int nres = int(sig->results.size());
  auto finish = [&](int base, int nargs) {
    nextReg = base + std::max({nres, wantResults, 1});
    touch(base + std::max({nres, nargs, 1}));
    return base;
  };
  // Static calls: declared functions and package members.
  Object* fobj = nullptr;
  if (auto* id = fun->as<Ident>(); id && id->obj && id->obj->kind == ObjKind::Func) fobj = id->obj;
  if (auto* sel = fun->as<SelectorExpr>(); sel && sel->selKind == SelKind::Qualified && sel->obj->kind == ObjKind::Func)
    fobj = sel->obj;
  if (fobj && fobj->proto) {
    int base = nextReg;
    int n = args(e, sig, base, fobj->proto);
    for (const Type* t : e->typeArgs) {  // a generic native's type arguments follow its arguments
      nextReg = std::max(nextReg, base + n + 1);
      touch(base + n);
      emitBC(Op::LOADK, base + n++, int32_t(typeConst(t)));
    }
    setLine(e->lparen);
    emitBC(Op::CALL, base, int32_t(protoConst(fobj->proto)));
    return finish(base, n);
  }
  if (auto* sel = fun->as<SelectorExpr>(); sel && sel->selKind == SelKind::Method) {
    int base = alloc();
    if (sel->x->type->isInterface()) {
      exprTo(sel->x, base);
      int n = args(e, sig, base + 1);
      auto* site = new IfaceCallSite();
      site->name = sel->sel->name;
      proto->callSites.push_back(site);
      setLine(e->lparen);
      emit(Op::CALL_IFACE, base, int(proto->callSites.size() - 1));
      return finish(base, n + 1);
    }
    FuncProto* m = sel->obj ? sel->obj->proto : nullptr;
    if (!m) {
      // Promoted from an embedded interface: call through the interface field.
      auto [ptr, off] = fieldBase(sel);
      emit(Op::LOAD_W, base, ptr, int(off));
      nextReg = base + 1;
      int n = args(e, sig, base + 1);
      auto* site = new IfaceCallSite();
      site->name = sel->sel->name;
      proto->callSites.push_back(site);
      setLine(e->lparen);
      emit(Op::CALL_IFACE, base, int(proto->callSites.size() - 1));
      return finish(base, n + 1);
    }
    bool ptrRecv = m->recvType && m->recvType->kind == Kind::Pointer;
    auto* recvCall = unparen(sel->x)->as<CallExpr>();
    if (!ptrRecv && sel->path.empty() && recvCall && recvCall->callKind == CallKind::Regular &&
        sel->x->mode != Mode::Constant && isRecyclable(sel->x->type) && (m->borrowedParams & 1)) {
      // f().M() with M borrowing its receiver: the temporary is dead once M returns, so
      // it is kept below the call's window and recycled.
      nextReg = base;
      int held = call(recvCall, 1);
      base = alloc();
      emit(Op::MOVE, base, held);
      int n = args(e, sig, base + 1, m, 1);
      setLine(e->lparen);
      emitBC(Op::CALL, base, int32_t(protoConst(m)));
      emit(Op::RECYCLE, held, 0, int(typeConst(sel->x->type)));
      return finish(base, n + 1);
    }
    receiver(sel, ptrRecv, base, m);
    nextReg = base + 1;
    int n = args(e, sig, base + 1, m, 1);
    setLine(e->lparen);
    emitBC(Op::CALL, base, int32_t(protoConst(m)));
    return finish(base, n + 1);
  }
  if (auto* sel = fun->as<SelectorExpr>(); sel && sel->selKind == SelKind::MethodExpr) {
    FuncProto* target = C.methodExprProto(sel);
    int base = nextReg;
    int n = args(e, sig, base, target);
    setLine(e->lparen);
    emitBC(Op::CALL, base, int32_t(protoConst(target)));
    return finish(base, n);
  }
  Operand f = expr(fun);
  int base = nextReg;
  int n = args(e, sig, base);
  setLine(e->lparen);
  emit(Op::CALL_CLOSURE, base, f.reg);
  return finish(base, n);
}

FuncProto* Compiler::methodExprProto(SelectorExpr* sel) {
  const Type* recvType = sel->x->type;
  FuncProto* declared = sel->obj ? sel->obj->proto : nullptr;  // none for interface methods
  if (declared && sel->path.empty() && declared->recvType &&
      (declared->recvType->kind == Kind::Pointer) == (recvType->ukind() == Kind::Pointer))
    return declared;
  auto key = std::make_pair(recvType, sel->sel->name);
  if (auto it = methodExprWrappers_.find(key); it != methodExprWrappers_.end()) return it->second;

  // The wrapper's body is `return p0.m(p1, ...)`: calling the method on the first parameter
  // does every receiver adjustment a call does (interface dispatch, dereference through a
  // pointer, embedded fields).
  const Type* sig = sel->type;  // func(T, params...) results
  std::string typeName = recvType->toString();
  if (recvType->ukind() == Kind::Pointer) typeName = "(" + typeName + ")";
  FuncProto* p = newProto(typeName + "." + sel->sel->name, declared ? declared->file : 0,
                          declared ? declared->declLine : sel->pos.line);
  p->wrapper = true;
  p->sig = sig;
  FuncState fs(*this, p, nullptr);
  fs.setLine(sel->pos);
  auto* call = synthetic<CallExpr>(sel->pos);
  auto* method = synthetic<SelectorExpr>(sel->pos);
  *method = *sel;
  method->selKind = SelKind::Method;
  method->type = TypeTable::get().func({sig->params.begin() + 1, sig->params.end()}, sig->results, sig->variadic);
  call->fun = method;
  call->hasEllipsis = sig->variadic;
  int np = int(sig->params.size());
  p->nparams = uint16_t(np);
  p->nresults = uint16_t(sig->results.size());
  fs.nextReg = fs.localTop = np;
  fs.touch(np - 1);
  for (int i = 0; i < np; i++) {
    auto* obj = syntheticObject();
    obj->kind = ObjKind::Var;
    obj->name = "p" + std::to_string(i);
    obj->type = sig->params[size_t(i)];
    auto* id = synthetic<Ident>(sel->pos);
    id->name = obj->name;
    id->obj = obj;
    id->type = obj->type;
    id->mode = Mode::Variable;
    fs.declareLocal(obj, i);
    if (i == 0) method->x = id;
    else call->args.push_back(id);
  }
  int base;
  if (declared && declared->recvType && declared->recvType->kind != Kind::Pointer &&
      recvType->ukind() == Kind::Pointer && sel->path.empty()) {
    // (*T).m of a value method goes through an interface holding the pointer: the VM's
    // dispatch copies the value out, or panics as Go's wrapper does on a nil pointer
    // ("value method main.T.m called using nil *T pointer").
    base = np;
    fs.emit(Op::MAKE_IFACE, base, 0, int(fs.typeConst(recvType)));
    for (int i = 1; i < np; i++) fs.emit(Op::MOVE, base + i, i);
    auto* site = new IfaceCallSite();
    site->name = sel->sel->name;
    p->callSites.push_back(site);
    fs.emit(Op::CALL_IFACE, base, int(p->callSites.size() - 1));
    fs.touch(base + std::max(np, int(p->nresults)) - 1);
  } else {
    base = fs.call(call, p->nresults);
  }
  for (int i = 0; i < p->nresults; i++)
    if (base + i != i) fs.emit(Op::MOVE, i, base + i);
  fs.emit(Op::RETURN);
  p->nregs = uint16_t(std::max({fs.maxReg, np, int(p->nresults), 1}));
  methodExprWrappers_.emplace(key, p);
  return p;
}

// A func value for `defer` and `go`: method calls bind their receiver now.
FuncProto* FuncState::staticMethod(Expr* fun) {
  auto* sel = unparen(fun)->as<SelectorExpr>();
  if (!sel || sel->selKind != SelKind::Method || sel->x->type->isInterface() || !sel->obj) return nullptr;
  return sel->obj->proto;
}

int FuncState::funcValue(Expr* fun, int dst) {
  fun = unparen(fun);
  if (auto* sel = fun->as<SelectorExpr>(); sel && sel->selKind == SelKind::Method) {
    int mark = nextReg;
    if (!staticMethod(sel)) {
      int x;
      if (sel->x->type->isInterface()) {
        x = expr(sel->x).reg;
      } else {
        auto [ptr, off] = fieldBase(sel);
        x = alloc();
        emit(Op::LOAD_W, x, ptr, int(off));
      }
      auto* site = new IfaceCallSite();
      site->name = sel->sel->name;
      proto->callSites.push_back(site);
      emit(Op::BIND_IFACE, dst, x, int(proto->callSites.size() - 1));
    } else {
      FuncProto* m = sel->obj->proto;
      bool ptrRecv = m->recvType && m->recvType->kind == Kind::Pointer;
      int r = alloc();
      receiver(sel, ptrRecv, r);
      emit(Op::BIND_METHOD, dst, r, int(protoConst(m)));
    }
    nextReg = mark;
    return dst;
  }
  if (auto* sel = fun->as<SelectorExpr>(); sel && sel->selKind == SelKind::MethodExpr) {
    FuncProto* target = C.methodExprProto(sel);
    Slot v;
    v.p = staticClosure(target);
    emitBC(Op::LOADK, dst, int32_t(constant(v, target->name)));
    return dst;
  }
  exprTo(fun, dst);
  return dst;
}

int FuncState::builtin(CallExpr* e) {
  TypeTable& tt = TypeTable::get();
  int dst = alloc();
  auto argType = [&](size_t i) { return e->args[i]->type; };
  switch (e->builtin) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (isConst(e)) {
        constantTo(e->value, e->type, dst);
        break;
      }
      const Type* u = argType(0)->under();
      if (u->kind == Kind::Pointer) u = u->elem->under();
      Operand x = expr(e->args[0]);  // not constant: the operand has calls or receives to run
      if (u->kind == Kind::Array) {
        constantTo(Constant::makeInt64(u->len), e->type, dst);
        break;
      }
      if (u->kind == Kind::String) emit(Op::LEN_STR, dst, x.reg);
      else if (u->kind == Kind::Slice) emit(e->builtin == BuiltinId::Len ? Op::LEN_SLICE : Op::CAP_SLICE, dst, x.reg);
      else if (u->kind == Kind::Map) emit(Op::MAP_LEN, dst, x.reg);
      else emit(e->builtin == BuiltinId::Len ? Op::CHAN_LEN : Op::CHAN_CAP, dst, x.reg);
      break;
    }
    case BuiltinId::Append: {
      const Type* st = e->type;
      const Type* elem = st->under()->elem;
      if (e->hasEllipsis) {
        Operand s = expr(e->args[0]);
        Operand t = expr(e->args[1]);
        if (e->args[1]->type->isString()) {
          emit(Op::APPEND_STR, dst, s.reg, t.reg);
        } else {
          emit(Op::APPEND_SLICE, dst, s.reg, t.reg);
          emitExt(int(typeConst(elem)));
        }
        break;
      }
      int n = int(e->args.size()) - 1;
      if (n == 0) {  // append(s) is s itself, nil included
        exprTo(e->args[0], dst);
        break;
      }
      int base = alloc(1 + n);
      exprTo(e->args[0], base);
      for (int i = 0; i < n; i++) exprAs(e->args[size_t(i) + 1], elem, base + 1 + i);
      emit(Op::APPEND, dst, base, n);
      emitExt(int(typeConst(elem)));
      break;
    }
    case BuiltinId::Copy: {
      Operand d = expr(e->args[0]);
      Operand s = expr(e->args[1]);
      if (argType(1)->isString()) {
        emit(Op::COPY_STR, dst, d.reg, s.reg);
      } else {
        emit(Op::COPY_SLICE, dst, d.reg, s.reg);
        emitExt(int(elemOf(argType(0))->size));
      }
      break;
    }
    case BuiltinId::New: emitBC(Op::NEW, dst, int32_t(typeConst(e->type->under()->elem))); break;
    case BuiltinId::Make: {
      const Type* t = e->args[0]->type;
      if (t->ukind() == Kind::Map) {
        int hint = alloc();
        if (e->args.size() > 1) exprTo(e->args[1], hint);
        else emit(Op::LOADZ, hint);
        emit(Op::MAKE_MAP, dst, hint, int(typeConst(t)));
        break;
      }
      if (t->ukind() == Kind::Chan) {
        int size = alloc();
        if (e->args.size() > 1) exprTo(e->args[1], size);
        else emit(Op::LOADZ, size);
        emit(Op::MAKE_CHAN, dst, size, int(typeConst(t->under()->elem)));
        break;
      }
      int b = alloc(2);
      exprTo(e->args[1], b);
      if (e->args.size() > 2) exprTo(e->args[2], b + 1);
      else emit(Op::MOVE, b + 1, b);
      emit(Op::MAKE_SLICE, dst, b, int(typeConst(t->under()->elem)));
      break;
    }
    case BuiltinId::Panic: {
      exprAs(e->args[0], tt.emptyInterface(), dst);
      emit(Op::PANIC, dst);
      break;
    }
    case BuiltinId::Recover: emit(Op::RECOVER, dst, deferredBuiltin ? 1 : 0); break;
    case BuiltinId::Print:
    case BuiltinId::Println: {
      int n = int(e->args.size());
      int base = alloc(std::max(n, 1));
      for (int i = 0; i < n; i++) {
        Expr* a = e->args[size_t(i)];
        if (a->type->isInterface()) {
          // print shows an interface's (type, data) words: box the interface itself.
          int r = alloc();
          exprTo(a, r);
          emit(Op::MAKE_IFACE, base + i, r, int(typeConst(a->type)));
        } else {
          exprAs(a, tt.emptyInterface(), base + i);
        }
      }
      emit(e->builtin == BuiltinId::Print ? Op::PRINT : Op::PRINTLN, base, n);
      break;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (isConst(e)) {
        constantTo(e->value, e->type, dst);
        break;
      }
      const Type* t = e->type;
      exprTo(e->args[0], dst);
      for (size_t i = 1; i < e->args.size(); i++) {
        int mark = nextReg;
        Operand v = expr(e->args[i]);
        int c = alloc();
        if (e->builtin == BuiltinId::Min) compare(Tok::Lss, t, c, v.reg, dst);
        else compare(Tok::Gtr, t, c, v.reg, dst);
        size_t skip = emitBC(Op::JMP_IFNOT, c, 0);
        emit(Op::MOVE, dst, v.reg);
        patchJump(skip);
        nextReg = mark;
      }
      break;
    }
    case BuiltinId::Close: {
      Operand ch = expr(e->args[0]);
      emit(Op::CLOSE, ch.reg);
      break;
    }
    case BuiltinId::Delete: {
      const Type* u = argType(0)->under();
      Operand m = expr(e->args[0]);
      int k = alloc();
      exprAs(e->args[1], u->key, k);
      emit(Op::MAP_DELETE, m.reg, k);
      break;
    }
    case BuiltinId::Clear: {
      const Type* u = argType(0)->under();
      if (u->kind == Kind::Map) {
        Operand m = expr(e->args[0]);
        emit(Op::MAP_CLEAR, m.reg);
        break;
      }
      Operand s = expr(e->args[0]);
      emit(Op::CLEAR_SLICE, s.reg, 0, int(u->elem->size));
      break;
    }
    default: C.error(e->pos, "goro: this builtin is not supported yet"); break;
  }
  return dst;
}

}  // namespace goro

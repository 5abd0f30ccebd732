// The disassembler behind `goro disasm`: every function's bytecode with source lines.
//
// Output per function:
//   func main.fib  (params 1, results 1, registers 4)  fib.go:9
// (plus the struct parameters the function borrows and whether it is still: see
// frontend/borrow.h)
//     0000  L10   JGEI_I64     r0 2 -> 0003
//     0001  L11   RETURN                          ; return to the caller ...
// Operands print by the opcode's format (vm/opcodes.def): registers as rN, constants as
// their value, jumps as absolute targets.
#include <cinttypes>
#include <cstdio>
#include <ostream>

#include "frontend/diag.h"
#include "vm/bytecode.h"
#include "vm/interp.h"
#include "vm/type.h"

namespace goro {

namespace {

// Constants are untyped slots: the compiler leaves a description in constText, else the
// kind of operand is known from the opcode.
std::string describeConstant(const FuncProto& fn, Op op, uint32_t k) {
  if (k >= fn.consts.size()) return std::string("K?").append(std::to_string(k));
  if (k < fn.constText.size() && !fn.constText[k].empty()) return fn.constText[k];
  Slot v = fn.consts[k];
  switch (op) {
    case Op::LOADK: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "K%u(%" PRId64 ")", k, v.i);
      return buf;
    }
    case Op::CALL:
    case Op::CLOSURE:
    case Op::BIND_METHOD: return static_cast<const FuncProto*>(v.p)->name;
    case Op::GLOAD:
    case Op::GSTORE: return std::string("G").append(std::to_string(k));
    default: return static_cast<const Type*>(v.p)->toString();
  }
}

}  // namespace

void disassembleFunction(const Program& prog, const FuncProto& fn, std::ostream& out) {
  out << "func " << fn.name << "  (params " << fn.nparams << ", results " << fn.nresults << ", registers "
      << fn.nregs;
  if (fn.ncaptured) out << ", captured " << fn.ncaptured;
  if (fn.borrowedParams) {
    out << ", borrows";
    for (int slot = 0; slot < 64; slot++)
      if (fn.borrowedParams >> slot & 1) out << " r" << slot;
    if (fn.still) out << ", still";
  }
  out << ")";
  if (prog.files && fn.file < prog.files->size()) out << "  " << prog.files->file(fn.file).path << ":" << fn.declLine;
  out << "\n";
  for (uint32_t pc = 0; pc < fn.code.size(); pc++) {
    const Instr& in = fn.code[pc];
    const char* format = kOpFormats[int(in.op)];
    std::string fmt(format);
    char extKind = !fmt.empty() && (fmt.back() == 'x' || fmt.back() == 'y' || fmt.back() == 'z') ? fmt.back() : 0;
    bool ext = extKind != 0;
    if (ext) fmt.pop_back();
    const Instr* extWord = ext && pc + 1 < fn.code.size() ? &fn.code[pc + 1] : nullptr;
    uint32_t next = pc + 1 + (ext ? 1 : 0);
    char head[48];
    std::snprintf(head, sizeof head, "  %04u  L%-4u %-14s", pc, fn.lineAt(pc), kOpNames[int(in.op)]);
    std::string line = head;
    auto operand = [&](char kind, uint32_t value, bool wide) {
      char buf[32];
      switch (kind) {
        case 'r': std::snprintf(buf, sizeof buf, "r%u", value); return std::string(buf);
        case 's': return std::to_string(int16_t(value));
        case 'u': return std::to_string(value);
        case 'I': return std::to_string(int32_t(value));
        case 'U': return std::to_string(value);
        case 'k':
        case 'K': return describeConstant(fn, in.op, value);
        case 'j':
        case 'J': {
          int32_t off = wide ? int32_t(value) : int16_t(value);
          std::snprintf(buf, sizeof buf, "-> %04d", int(next) + off);
          return std::string(buf);
        }
        default: return std::string();
      }
    };
    std::vector<std::string> parts;
    if (fmt.size() == 3) {
      parts = {operand(fmt[0], in.a, false), operand(fmt[1], in.b, false), operand(fmt[2], in.c, false)};
    } else if (fmt.size() == 2) {
      parts = {operand(fmt[0], in.a, false), operand(fmt[1], in.ubc, true)};
    }
    if (extWord && extKind == 'x') {
      char buf[48];
      std::snprintf(buf, sizeof buf, "[%u %u %u]", extWord->a, extWord->b, extWord->c);
      parts.push_back(buf);
    } else if (extWord) {
      std::string e = "[" + describeConstant(fn, Op::NOP, extWord->a);
      if (extKind == 'z') e += " " + describeConstant(fn, Op::NOP, extWord->b);
      parts.push_back(e + "]");
    }
    for (const std::string& p : parts)
      if (!p.empty()) line += " " + p;
    out << line << "\n";
    if (ext) pc++;
  }
  out << "\n";
}

void disassemble(const Program& prog, std::ostream& out) {
  // The program's own functions; the stdlib's Go parts are not what the user asked about.
  for (const FuncProto* fn : prog.protos)
    if (fn->kind == ProtoKind::Bytecode && fn->name.rfind("main.", 0) == 0) disassembleFunction(prog, *fn, out);
}

}  // namespace goro

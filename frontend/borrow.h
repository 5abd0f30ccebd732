// Borrowed parameters: which struct parameters a function only reads, so that callers may
// lend it their own block instead of copying it.
//
// Design. Struct values live in blocks that registers point to (vm/value.h), and a callee
// owns its parameters: a call copies every struct argument (CLONE) so the callee may modify
// it. Most methods with value receivers (`func (v Vec) Dot(o Vec) int`) never modify them,
// and the copies are the bulk of the allocation in method-heavy code. This analysis finds,
// per declared function, the struct parameters that are *borrowed*: used only as `p.f`
// reads of non-aggregate fields (never assigned, addressed, captured, passed on, returned,
// stored or converted), so the function can neither modify the block nor keep it beyond
// the call. It also decides whether the function is *still*: its body makes no calls, does
// not block, and stores only to its own local variables, so nothing at all (except a data
// race) can change a caller's block while it runs.
//
// A caller may then pass a block uncopied to a borrowed parameter when the block cannot
// change during the call either: the callee is still, or the block is the caller's own
// (a fresh temporary, or a local variable that is neither captured nor address-taken).
// Interface and method-value calls lend the receiver block kept in the interface or the
// bound closure, which nothing ever modifies.
#pragma once

#include <cstdint>

namespace goro {

struct FuncDecl;

struct BorrowSummary {
  uint64_t borrowedParams = 0;  // bit i: parameter slot i (receiver first) is borrowed
  bool still = false;
};

// Analyses a checked function declaration that has a body.
BorrowSummary analyzeBorrows(const FuncDecl* fn);

}  // namespace goro

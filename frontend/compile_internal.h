// The compiler's internal state, shared by frontend/compile*.cpp: the per-program
// Compiler and the per-function FuncState with its register allocator.
//
// Register discipline: parameters occupy R[0..nparams); locals get fixed registers in
// declaration order above them and are released at the end of their block; temporaries
// are stacked above the locals and released after each statement. A call evaluates its
// arguments into consecutive registers at the top, so the callee's window starts there.
#pragma once

#include <memory>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "frontend/ast.h"
#include "frontend/compile.h"
#include "frontend/diag.h"
#include "frontend/scope.h"
#include "vm/bytecode.h"
#include "vm/type.h"

namespace goro {

struct FuncState;

class Compiler {
 public:
  Compiler(const FileSet& files) : files_(files) {}
  Program* run(const std::vector<Package*>& packages);
  // A REPL session (frontend/repl.h) compiles what its checker added since the last call
  // into the same Program: packages imported since (whole), then `file`, one more file of
  // package main whose variables are pkg->varInitOrder[firstInitSpec..). Returns what to
  // run, in order: the new packages' initialisers, then the file's variable initialiser.
  std::vector<FuncProto*> compileMore(const std::vector<Package*>& newPackages, Package* main, File* file,
                                      size_t firstInitSpec);
  // REPL: the expression statement whose values the session shows (null: none), and the
  // synthetic package-level variables compileMore stored them in, one per value.
  const ExprStmt* shownStmt = nullptr;
  std::vector<Object*> shownValues;

  // Globals: one cell of GC memory per package-level variable (aggregates: the block).
  void* globalCell(Object* obj);
  void error(Pos pos, const std::string& msg);
  bool failed() const { return !errors_.empty(); }
  std::vector<std::string> takeErrors() { return std::exchange(errors_, {}); }
  Program* program() { return prog_; }
  const FileSet& files() const { return files_; }

  FuncProto* newProto(std::string name, uint32_t file, uint32_t line);
  // AST nodes and objects the compiler makes up (wrappers for `defer builtin(...)`).
  template <class T> T* synthetic(Pos pos) { return arena_.make<T>(pos); }
  Object* syntheticObject() { return objects_.emplace_back(std::make_unique<Object>()).get(); }
  FuncProto* protoFor(Object* func) { return func->proto; }
  // The function a method expression T.m denotes (compile_expr.cpp): the method itself
  // when it takes a T receiver as declared, else a wrapper made once per (T, m).
  FuncProto* methodExprProto(SelectorExpr* sel);
  // gc's name for a function literal written directly in a package-level variable's
  // initialiser ("main.glob..func2": numbered in source order across the package), or
  // empty for any other function literal.
  std::string globClosureName(const FuncLit* lit) const;

 private:
  void declareFunctions(Package* pkg, const std::vector<File*>& files);
  void compileFunctions(Package* pkg, const std::vector<File*>& files);
  void compileInit(Package* pkg);
  FuncProto* variableInitializer(Package* pkg, uint32_t file, std::string name, size_t firstSpec);

  const FileSet& files_;
  Program* prog_ = nullptr;
  std::unordered_map<Object*, void*> globals_;
  std::unordered_map<const FuncDecl*, FuncProto*> initProtos_;
  std::map<std::pair<const Type*, std::string>, FuncProto*> methodExprWrappers_;
  std::unordered_map<const FuncLit*, std::string> globClosureNames_;
  Arena arena_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::string> errors_;
};

// Where a variable lives, as seen from the function being compiled.
struct VarLoc {
  enum class Where : uint8_t { Reg, Box, Captured, Global } where = Where::Reg;
  int reg = -1;          // Reg: the value (aggregates: the block pointer); Box: the box pointer
  int captured = -1;     // Captured: index into the closure's captured boxes
  void* cell = nullptr;  // Global
};

// A value produced by an expression: the register, and whether an aggregate in it is
// fresh (nobody else references the block, so it can be adopted without copying).
struct Operand {
  int reg;
  bool fresh = false;
};

// An assignable location whose operands have been evaluated (tuple assignments evaluate
// every left-hand side before storing anything).
struct LValue {
  enum Kind : uint8_t { Blank, Var, Mem, SliceElem, MapEntry } kind = Blank;
  const Type* type = nullptr;
  Object* obj = nullptr;  // Var
  int base = -1;          // Mem: pointer; SliceElem: slice; MapEntry: map
  uint32_t off = 0;       // Mem
  int key = -1;           // SliceElem: index; MapEntry: key
};

// The `for k, v = range x` assignments of one iteration, stored as a tuple assignment.
struct RangeAssignments {
  std::vector<Expr*> targets;
  std::vector<int> values;
  std::vector<const Type*> types;
};

struct BranchTarget {
  const Stmt* stmt;
  std::vector<size_t> breaks;
  std::vector<size_t> continues;
};

struct FuncState {
  FuncState(Compiler& c, FuncProto* p, FuncState* parent) : C(c), proto(p), parent(parent) {}

  Compiler& C;
  FuncProto* proto;
  FuncState* parent;
  std::unordered_map<Object*, VarLoc> locals;
  std::vector<size_t> scopedLocals;  // proto->locals entries still in scope, innermost last
  std::vector<Object*> captures;
  std::unordered_map<Object*, int> captureIndex;
  int nextReg = 0;   // first free register (temporaries grow from here)
  int localTop = 0;  // first register above the live locals
  int maxReg = 0;
  uint32_t line = 0;
  int funcLits = 0;  // function literals so far, numbering their names as gc does
  int thunks = 0;    // synthesized wrappers of `defer/go builtin(...)` so far

  // Results: registers of the result variables (named or hidden), and whether `return`
  // must go through the epilogue (the function defers calls).
  std::vector<Object*> resultObjs;  // null entries for unnamed results
  std::vector<const Type*> resultTypes;
  std::vector<int> resultRegs;
  bool hasDefer = false;
  bool deferredBuiltin = false;  // the thunk of `defer builtin(...)` / `go builtin(...)`
  std::vector<size_t> returnJumps;
  std::vector<BranchTarget> targets;
  std::vector<size_t>* fallthroughs = nullptr;  // jumps of `fallthrough` in the current clause

  // ---- emission
  size_t emit(Op op, int a = 0, int b = 0, int c = 0);
  size_t emitBC(Op op, int a, int32_t bc);
  void emitExt(int a, int b = 0, int c = 0);
  size_t here() const { return proto->code.size(); }
  void patchJump(size_t at);           // make the jump at `at` land here
  void patchJumpTo(size_t at, size_t target);
  void jumpBack(size_t target);        // JMP to an earlier pc
  uint32_t constant(Slot v, std::string text = "");
  uint32_t typeConst(const Type* t);
  uint32_t protoConst(FuncProto* p);
  void setLine(Pos pos) { if (pos.valid()) line = pos.line; }

  // ---- registers
  int alloc(int n = 1);  // temporaries, released at the end of the statement
  int local();           // a register for a local (only while no temporaries are live)
  void touch(int reg) { if (reg + 1 > maxReg) maxReg = reg + 1; }

  // ---- variables
  VarLoc lookup(Object* obj);
  void declareLocal(Object* obj, int reg);  // allocates the storage kind from the flags
  void endScopes(int fromReg);  // the locals in registers >= fromReg go out of scope here
  int declareVar(Object* obj);             // a new zero-valued local; returns its register
  bool boxed(const Object* obj) const;
  void freshIteration(Object* obj);       // per-iteration copy of a loop variable

  // ---- expressions (compile_expr.cpp)
  Operand expr(Expr* e);
  void exprTo(Expr* e, int dst);
  void exprAs(Expr* e, const Type* target, int dst);     // with implicit interface conversion
  void exprOwned(Expr* e, const Type* target, int dst);  // a value the destination owns
  void convertTo(int reg, const Type* from, const Type* to, int dst);
  bool isFresh(Expr* e);
  void constantTo(const Constant& v, const Type* t, int dst);
  int addr(Expr* e);                   // register holding &e
  void loadVar(Object* obj, int dst);
  void storeVar(Object* obj, int src, const Type* t);
  // R[dst] := R[base] + off (nil R[base] panics), for offsets of any size.
  void offsetAddr(int dst, int base, uint32_t off);
  void loadMem(const Type* t, int base, uint32_t off, int dst);
  void storeMem(const Type* t, int base, uint32_t off, int src);
  void narrow(const Type* t, int reg);
  void binary(BinaryExpr* e, int dst);
  void arith(Tok op, const Type* t, int dst, int x, int y);
  void compare(Tok op, const Type* t, int dst, int x, int y);
  void logical(BinaryExpr* e, int dst);
  void unary(UnaryExpr* e, int dst);
  void selector(SelectorExpr* e, int dst);
  void index(IndexExpr* e, int dst);
  void sliceExpr(SliceExpr* e, int dst);
  void compositeLit(CompositeLit* e, int dst);
  void fillComposite(CompositeLit* e, const Type* t, int ptr);
  void funcLit(FuncLit* e, int dst);
  void typeAssert(TypeAssertExpr* e, int dst, bool commaOk);
  int call(CallExpr* e, int wantResults);  // returns the register of the first result
  int builtin(CallExpr* e);
  void conversion(CallExpr* e, int dst);
  // `callee`, when the call is static, may borrow struct arguments (frontend/borrow.h);
  // the arguments fill its parameter slots from `firstSlot` (1 after a receiver).
  int args(CallExpr* e, const Type* sig, int base, const FuncProto* callee = nullptr, int firstSlot = 0);
  bool canLend(Expr* e, const FuncProto* callee, int slot);  // pass e's block uncopied
  int funcValue(Expr* fun, int dst);  // func value for defer/go (binds receivers)
  // The declared method `fun` selects on a concrete receiver, or null.
  static FuncProto* staticMethod(Expr* fun);
  void receiver(SelectorExpr* sel, bool ptrRecv, int dst, const FuncProto* lendTo = nullptr);
  std::pair<int, uint32_t> fieldBase(SelectorExpr* e);  // (pointer register, byte offset) of a field
  // A memory operand for e (addressable): a field is its struct's address and offset,
  // anything else its address and 0.
  std::pair<int, uint32_t> location(Expr* e);
  void loadElem(const Type* collType, int coll, int idx, int dst);
  // R[dst] := &R[base][R[idx]] (bounds checked) for `coll`, the underlying slice or array type.
  void indexAddr(const Type* coll, int dst, int base, int idx);
  int elemAddr(const Type* collType, Expr* coll, int idx);
  void condJump(Expr* cond, bool jumpIf, std::vector<size_t>& jumps);

  // ---- statements (compile_stmt.cpp)
  void stmt(Stmt* s);
  void showValues(Expr* x);  // Compiler::shownStmt's expression
  void block(const std::vector<Stmt*>& list);
  void assign(AssignStmt* s);
  void assignTo(Expr* lhs, int src, const Type* t);
  LValue lvalue(Expr* lhs, bool snapshot);
  void store(const LValue& lv, int src);
  // lhs[i] = vals[i] (of types[i]) for all i, as a tuple assignment: every target's operands
  // first, then the stores left to right, converting to interface targets.
  void storeTuple(const std::vector<Expr*>& lhs, const std::vector<int>& vals,
                  const std::vector<const Type*>& types);
  void defineOrAssign(AssignStmt* s);
  void varSpec(ValueSpec* spec);
  void ifStmt(IfStmt* s);
  void forStmt(ForStmt* s);
  void rangeStmt(RangeStmt* s);
  // Compiles a loop body with `loop` as its break/continue target; returns the branches
  // it made, for the caller to patch.
  BranchTarget loopBody(Stmt* loop, BlockStmt* body);
  // The body of a range loop that runs from `top` until the jump `exit` leaves it:
  // continue re-enters at top, break and exit land after the loop.
  void loopUntilExit(RangeStmt* loop, size_t top, size_t exit);
  void rangeMap(RangeStmt* s, Expr* keyExpr, Expr* valExpr, bool define);
  // A range loop's iteration value `value` (of type `type`) goes to the variable the loop
  // declared (`obj`, in `reg`; `fresh`: the value is a private copy already, so an
  // aggregate needs no clone), or to the expression `target` of `for k, v = range x`,
  // gathered in `assigned` for one tuple assignment.
  void setRangeVar(RangeAssignments& assigned, Object* obj, int reg, Expr* target, int value, const Type* type,
                   bool fresh);
  void rangeChan(RangeStmt* s, Expr* valExpr, bool define);
  void selectStmt(SelectStmt* s);
  // A two-value form (call, x.(T), m[k]) into consecutive registers; returns the first, or
  // -1 after an error. `owned`: aggregates in the results may be adopted without a copy.
  int multiValue(Expr* rhs, int n, std::vector<const Type*>& types, bool& owned);
  void switchStmt(SwitchStmt* s);
  void typeSwitch(TypeSwitchStmt* s);
  // Ends a select or switch: the clauses' jumps `ends` and the statement's breaks land
  // here, its break target is popped and registers drop back to `mark`.
  void closeBreakable(const std::vector<size_t>& ends, int mark);
  void returnStmt(ReturnStmt* s);
  void jumpToEpilogue(ReturnStmt* s);
  void branchStmt(BranchStmt* s);
  void deferOrGo(CallExpr* call, bool isGo);
  int builtinThunk(CallExpr* call, int fn);
  void incDec(IncDecStmt* s);
  BranchTarget& target(const Stmt* s);

  // ---- functions (compile.cpp)
  void prologue(FuncType* sig, FieldList* recv);
  void epilogue();
};

// Helpers on types.
bool isAggregate(const Type* t);
// A struct or array whose dead blocks RECYCLE may hand back to NEW and CLONE: pointer-free
// (so reusing one for another value of its size class hides nothing from the collector)
// and small (kRecycleMaxBytes, vm/bytecode.h).
bool isRecyclable(const Type* t);
bool isWordType(const Type* t);  // one 8-byte word in memory, same bits as in a register
bool isSigned(const Type* t);
std::string quoteGo(std::string_view s);
const Type* elemOf(const Type* t);  // slices, arrays, pointers to arrays, strings (byte)
// Whether a function body defers calls (not counting nested function literals).
bool containsDefer(const Stmt* s);

}  // namespace goro

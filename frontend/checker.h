// The checker's internal state, shared by the check_*.cpp files (not a public API; see
// frontend/check.h for what the checker guarantees to the compiler).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/check.h"
#include "vm/type.h"

namespace goro::checker {

// A package-level object and what is needed to check it on first use.
struct DeclInfo {
  enum class State : uint8_t { Unchecked, InProgress, Done };
  Object* obj = nullptr;
  Scope* fileScope = nullptr;
  ValueSpec* valueSpec = nullptr;   // const/var
  ValueSpec* constInit = nullptr;   // const: the spec whose type and values apply (implicit repetition)
  int nameIndex = 0;                // position of the name in its spec
  int iota = 0;                     // const
  TypeSpec* typeSpec = nullptr;
  FuncDecl* funcDecl = nullptr;
  State state = State::Unchecked;
  std::vector<Object*> deps;        // package-level vars and funcs it refers to (init order)
};

inline Expr* unparen(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

// The function whose body is being checked.
struct FuncCtx {
  const Type* sig = nullptr;
  FuncCtx* outer = nullptr;
  bool namedResults = false;              // a bare `return` is allowed
  std::vector<Object*> resultVars;        // the named results (a bare return must see them)
  std::vector<Object*> locals;            // declared variables, for "declared and not used"
  using Labels = std::map<std::string, LabeledStmt*>;
  Labels labels;                          // the first definition of each label
  std::map<std::string, bool> labelUsed;
};

// Where a statement sits, for break/continue/fallthrough.
struct StmtCtx {
  Stmt* breakTarget = nullptr;
  Stmt* continueTarget = nullptr;
  bool fallthroughOk = false;   // last statement of a non-final expression-switch clause
  bool finalClause = false;     // ... of the final clause (for the specific message)
  bool inTypeSwitch = false;
  // Enclosing labeled statements: label -> the for/switch/select it labels.
  std::vector<std::pair<std::string, Stmt*>> labeled;
};

class Checker {
 public:
  Checker(Package& pkg, Importer& importer, Diagnostics& diags);
  bool run();

  // ------------------------------------------------ REPL sessions (frontend/repl.h)
  // A session's package main grows by one file per input. All its files share one file
  // scope (an import made once stays visible), and the statements typed at the prompt are
  // the body of a function whose top-level variables are package-level variables of the
  // session, declared in that file scope; a new one replaces an old one of the same name.
  // startRepl checks the package's first file; runMore checks one more, whose function
  // `statements` (or null) holds the typed statements. Both return true without errors.
  bool startRepl();
  bool runMore(File* file, FuncDecl* statements, ExprStmt* shown);

  // ------------------------------------------------ diagnostics (check.cpp)
  void error(Pos pos, std::string msg);
  std::string typeStr(const Type* t) const;
  // byte and rune are the same types as uint8 and int32, but gc spells them as written:
  // remember how the program spells a type that mentions them.
  void noteSpelling(const Expr* typeExpr, const Type* t);
  static std::string exprStr(const Expr* e);
  std::string operandStr(const Expr* e) const;    // `x (variable of type int)`
  std::string posStr(Pos pos) const;              // `./x.go:3:4` for continuation lines
  std::string objectStr(const Object* obj) const; // `var x int`, `const c untyped int`
  // An operand list as gc prints it in have/want lines: "(number, string)".
  std::string haveList(const std::vector<Expr*>& args) const;
  std::string typeList(const std::vector<const Type*>& types, bool variadic) const;
  // gc's "assignment mismatch: 2 variables but f returns 1 value" (the callee is named
  // when the right-hand side is a single call).
  static std::string assignMismatch(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals);

  // ------------------------------------------------ declarations (check_decls.cpp)
  void collectObjects();
  void collectFile(File* file, Scope* fileScope);
  void declare(Scope* scope, Ident* name, Object* obj);
  void objDecl(Object* obj);
  void constDecl(DeclInfo& d);
  void varDecl(DeclInfo& d);
  void typeDecl(DeclInfo& d);
  void funcDecl(DeclInfo& d);
  void collectMethods(Type* named, const TypeSpec* ts);
  void checkFuncBodies();
  void computeInitOrder(size_t firstDecl = 0);
  std::vector<Object*> dependencyPath(Object* from, Object* to, std::set<Object*>& seen);
  void reportInitCycle(const std::vector<Object*>& cycle);
  void reportUnusedImports();
  void localDecl(GenDecl* decl, Scope* scope);
  // Shared by package-level and local var declarations: checks `values` against `vars`.
  void initVars(const std::vector<Object*>& vars, ValueSpec* spec, const Type* declared);

  // ------------------------------------------------ type expressions (check_types.cpp)
  const Type* resolveType(Expr* e);  // null (and an error) when e is not a valid type
  const Type* typeLiteral(Expr* e);  // [N]T, []T, map, chan, func, struct, interface
  const Type* funcSignature(FuncType* ft, Scope* scope, Node* declNode);
  const Type* structType(StructType* st);
  const Type* structFields(StructType* st);
  const Type* interfaceType(InterfaceType* it);
  // goro's values have 32-bit sizes: a larger array or struct type is a compile error.
  static constexpr uint64_t kMaxValueBytes = UINT32_MAX;
  void tooLarge(Expr* typeExpr);
  // A type that is needed with its layout: in-progress named types are cycles.
  bool requireComplete(const Type* t, Pos pos);
  void reportTypeCycle(const std::vector<Object*>& cycle);

  // ------------------------------------------------ expressions (check_exprs.cpp)
  void rawExpr(Expr* e, const Type* hint);
  void expr(Expr* e, const Type* hint = nullptr);     // exactly one value
  void exprOrType(Expr* e);
  void defaultExpr(Expr* e);                          // one value, untyped -> default type
  bool singleValue(Expr* e);
  bool assign(Expr* x, const Type* target, const std::string& context);
  bool assignableTo(Expr* x, const Type* target, std::string* reason);
  bool convertUntyped(Expr* x, const Type* target);
  bool representable(Expr* x, const Type* target, std::string* cause);
  void setType(Expr* e, const Type* t);
  const Type* defaultType(const Type* t) const;
  std::string implementsReason(const Type* t, const Type* iface) const;

  void ident(Ident* id);
  void basicLit(BasicLit* lit);
  void compositeLit(CompositeLit* lit, const Type* hint);
  void funcLit(FuncLit* lit);
  void selector(SelectorExpr* sel);
  void index(IndexExpr* ix);
  bool checkIndex(Expr* index, int64_t length, bool allowEnd);
  void sliceExpr(SliceExpr* se);
  void typeAssert(TypeAssertExpr* ta);
  void call(CallExpr* call);
  void conversion(CallExpr* call, const Type* target);
  bool convertible(Expr* x, const Type* target) const;
  void arguments(CallExpr* call, const Type* sig, const std::string& calleeName);
  void star(StarExpr* se);
  void unary(UnaryExpr* ue, const Type* hint);
  void binary(BinaryExpr* be, const Type* hint);
  void shift(BinaryExpr* be, const Type* hint);
  void comparison(BinaryExpr* be);
  bool matchTypes(BinaryExpr* be);
  void checkConstOverflow(Expr* e, Pos pos);
  void markAddrTaken(Expr* e);
  Object* rootVariable(Expr* e);

  // ------------------------------------------------ builtins (check_builtins.cpp)
  void builtinCall(CallExpr* call, BuiltinId id);

  // ------------------------------------------------ generic natives (check_generic_native.cpp)
  static bool isGenericNative(const Object* obj);
  bool genericNativeCall(CallExpr* call);  // false: the callee is not a generic native

  // ------------------------------------------------ statements (check_stmts.cpp)
  void funcBody(Node* decl, const Type* sig, Scope* scope, BlockStmt* body);
  void stmtList(const std::vector<Stmt*>& list, Scope* scope, StmtCtx ctx);
  void stmt(Stmt* s, Scope* scope, StmtCtx ctx);
  void assignStmt(AssignStmt* as, Scope* scope);
  void shortVarDecl(AssignStmt* as, Scope* scope);
  bool tupleMismatch(Expr* rhs, size_t nvars);
  const Type* lhsVar(Expr* lhs);
  void returnStmt(ReturnStmt* rs);
  void branchStmt(BranchStmt* bs, const StmtCtx& ctx);
  void exprStmt(ExprStmt* es);
  void sendStmt(SendStmt* ss);
  void incDecStmt(IncDecStmt* ids);
  void opAssign(AssignStmt* as);
  std::string binaryStr(const BinaryExpr* be) const;  // `x + y`, or `x += y` for an op-assignment
  void ifStmt(IfStmt* is, Scope* scope, StmtCtx ctx);
  void switchStmt(SwitchStmt* ss, Scope* scope, StmtCtx ctx);
  void typeSwitchStmt(TypeSwitchStmt* ts, Scope* scope, StmtCtx ctx);
  void selectStmt(SelectStmt* ss, Scope* scope, StmtCtx ctx);
  void forStmt(ForStmt* fs, Scope* scope, StmtCtx ctx);
  void rangeStmt(RangeStmt* rs, Scope* scope, StmtCtx ctx);
  void goDeferCall(CallExpr* call, const char* what);
  void collectLabels(const std::vector<Stmt*>& list, FuncCtx& fc);
  bool isTerminating(const Stmt* s) const;
  bool isTerminatingList(const std::vector<Stmt*>& list) const;
  bool hasBreak(const Stmt* s, const Stmt* target) const;
  void reportUnused(FuncCtx& fc);

  // ------------------------------------------------ state
  Scope* newScope(Scope* parent, bool isFunc = false);
  Object* newObject(ObjKind kind, const std::string& name, Pos pos, const Type* type);
  Object* newLocalVar(Ident* name, const Type* type, Node* decl);
  void use(Object* obj);  // records a reference (deps, captures)

  Package& pkg_;
  Importer& importer_;
  Diagnostics& diags_;
  TypeTable& types_;
  bool isStdlib_ = false;
  std::vector<Scope*> fileScopes_;
  std::unordered_map<Object*, DeclInfo*> decls_;
  std::vector<DeclInfo*> declOrder_;                        // source order
  std::map<ValueSpec*, std::vector<DeclInfo*>> specDecls_;     // package-level var spec -> its names
  std::map<std::string, std::vector<FuncDecl*>> methodDecls_;  // base type name -> methods
  std::vector<std::pair<FuncDecl*, Scope*>> bodies_;        // functions to check last
  size_t bodiesChecked_ = 0;                                // bodies_[0..bodiesChecked_) are done
  Scope* replScope_ = nullptr;       // a REPL session's file scope (startRepl), else null
  FuncDecl* replStatements_ = nullptr;  // the REPL input's statement function, in runMore
  FuncCtx* replFunc_ = nullptr;      // ... while its body is checked
  ExprStmt* replShown_ = nullptr;    // its statement whose values are shown, if any
  std::unordered_map<uint32_t, std::string> filePaths_;     // Pos::file -> path
  std::unordered_map<Object*, FuncCtx*> owner_;
  std::unordered_map<const Type*, std::string> spelled_;      // see noteSpelling             // local var -> declaring function

  std::vector<Object*> typePath_;    // type declarations in progress (cycle messages)
  std::vector<Object*> declPath_;    // package-level declarations in progress
  std::set<Object*> initCycleReported_;
  std::set<Object*> reportedCycles_;
  // Inside a type declaration, a named type reached through a pointer, slice, map, chan or
  // func is not needed with its layout: it is declared afterwards (pendingTypes_), which
  // lets `type A struct{ p *B }; type B struct{ a A }` resolve without a false cycle.
  int indirection_ = 0;
  std::vector<Object*> pendingTypes_;
  Scope* scope_ = nullptr;           // innermost scope of the code being checked
  DeclInfo* curDecl_ = nullptr;      // collecting dependencies for init order
  FuncCtx* func_ = nullptr;          // function body being checked
  std::optional<int64_t> iota_;      // inside a constant declaration
  bool lhsContext_ = false;          // an assignment's lhs identifier is not a use
  const BinaryExpr* opAssignNode_ = nullptr;  // the operation of `x op= y` being checked
  const Expr* callee_ = nullptr;     // the function expression of the call being checked
};

}  // namespace goro::checker

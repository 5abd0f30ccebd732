// The abstract syntax tree: what the parser builds, the checker annotates and the compiler walks.
//
// Design: the node set mirrors Go's go/ast (same names, same fields) so that anyone who
// knows go/ast can read it. Nodes live in an Arena owned by the Program and point at each
// other with raw pointers; nothing is freed until the whole program is. Every node carries
// the Pos of its first token. The checker writes its results into the `// checker:` fields
// (types, constant values, resolved objects, selections); the compiler only reads them.
// A field the parser sets must also be listed in frontend/ast_serial.cpp (Syntax<T>): the
// stdlib's trees are serialized at build time and only listed fields survive.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontend/constant.h"

namespace goro {

struct Type;
struct Object;
struct Scope;

// A source position: file index into the Program's file table, 1-based line and column
// (column counts bytes, as gc does).
struct Pos {
  uint32_t file = 0;
  uint32_t line = 0;
  uint32_t col = 0;
  bool valid() const { return line != 0; }
};

// Operator and assignment tokens, shared by Unary/Binary/Assign/IncDec nodes.
enum class Tok : uint8_t {
  None,
  Add, Sub, Mul, Quo, Rem,            // + - * / %
  And, Or, Xor, Shl, Shr, AndNot,     // & | ^ << >> &^
  LAnd, LOr,                          // && ||
  Eql, Neq, Lss, Leq, Gtr, Geq,       // == != < <= > >=
  Not, Arrow,                         // ! <-
  Inc, Dec,                           // ++ --
  Assign, Define,                     // = :=
  AddAssign, SubAssign, MulAssign, QuoAssign, RemAssign,
  AndAssign, OrAssign, XorAssign, ShlAssign, ShrAssign, AndNotAssign,
  Break, Continue, Goto, Fallthrough, // BranchStmt kinds
};
const char* tokString(Tok t);      // "+", "<<=", "break", ...
Tok assignOpToBinary(Tok t);       // AddAssign -> Add, ...

enum class NodeKind : uint8_t {
  // expressions
  BadExpr, Ident, BasicLit, CompositeLit, FuncLit, ParenExpr, SelectorExpr, IndexExpr,
  SliceExpr, TypeAssertExpr, CallExpr, StarExpr, UnaryExpr, BinaryExpr, KeyValueExpr,
  // type expressions
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType, Ellipsis,
  // statements
  BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt, AssignStmt,
  GoStmt, DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt, CaseClause, SwitchStmt,
  TypeSwitchStmt, CommClause, SelectStmt, ForStmt, RangeStmt,
  // declarations
  ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl, Field, FieldList, File,
};

struct Node {
  NodeKind kind;
  Pos pos;
  explicit Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Node() = default;
  template <class T> bool is() const { return kind == T::Kind; }
  template <class T> T* as() { return is<T>() ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return is<T>() ? static_cast<const T*>(this) : nullptr; }
};

#define GORO_NODE(Name, Base)                                   \
  static constexpr NodeKind Kind = NodeKind::Name;              \
  explicit Name(Pos p) : Base(NodeKind::Name, p) {}

// ---------------------------------------------------------------- expressions

// How the checker classified an expression (go/types' operand modes).
enum class Mode : uint8_t {
  Invalid,   // not checked, or erroneous
  NoValue,   // a call of a function without results
  Builtin,   // a builtin function name (len, append, ...)
  TypeExpr,  // the expression denotes a type
  Constant,  // a compile-time constant; Expr::value holds it
  Variable,  // an addressable value
  MapIndex,  // m[k]: assignable, not addressable, allows comma-ok
  Value,     // any other value
  CommaOk,   // a value that also has a comma-ok form (x.(T), <-ch)
  PkgName,   // an imported package's name (only as X of a selector)
};

struct Expr : Node {
  using Node::Node;
  // checker:
  Mode mode = Mode::Invalid;
  const Type* type = nullptr;  // final type (untyped constants get their default/converted type)
  Constant value;              // when mode == Constant
};

struct BadExpr : Expr { GORO_NODE(BadExpr, Expr) };

struct Ident : Expr {
  GORO_NODE(Ident, Expr)
  std::string name;
  Object* obj = nullptr;  // checker: what the name resolves to (null for `_` and field/method names)
};

enum class LitKind : uint8_t { Int, Float, Imag, Char, String };
struct BasicLit : Expr {
  GORO_NODE(BasicLit, Expr)
  LitKind litKind = LitKind::Int;
  std::string text;  // the literal exactly as written (quotes, prefixes, underscores)
};

struct CompositeLit : Expr {
  GORO_NODE(CompositeLit, Expr)
  Expr* typeExpr = nullptr;  // null when elided inside an outer composite literal
  std::vector<Expr*> elts;   // KeyValueExpr for keyed elements
  Pos rbrace;
};

struct FuncType;
struct BlockStmt;
struct FuncLit : Expr {
  GORO_NODE(FuncLit, Expr)
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
  Scope* scope = nullptr;  // checker: the function's scope (parameters)
};

struct ParenExpr : Expr { GORO_NODE(ParenExpr, Expr) Expr* x = nullptr; };

// What a selector x.f denotes, decided by the checker.
enum class SelKind : uint8_t {
  None,
  Qualified,   // pkg.Name: `obj` is the package member
  Field,       // x.f, possibly through embedded fields (`path`)
  Method,      // x.m used as a call target or method value
  MethodExpr,  // T.m: a function with the receiver as first parameter
};
struct SelectorExpr : Expr {
  GORO_NODE(SelectorExpr, Expr)
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // checker:
  SelKind selKind = SelKind::None;
  Object* obj = nullptr;        // Qualified: the member; Method/MethodExpr: the method's Func object
  std::vector<int> path;        // field indices from x's type down to the field (embedded hops first)
  bool indirect = false;        // some hop (or x itself) dereferences a pointer
};

struct IndexExpr : Expr {
  GORO_NODE(IndexExpr, Expr)
  Expr* x = nullptr;
  Expr* index = nullptr;
  Pos lbrack, rbrack;
};

struct SliceExpr : Expr {
  GORO_NODE(SliceExpr, Expr)
  Expr* x = nullptr;
  Expr* lo = nullptr;
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
};

struct TypeAssertExpr : Expr {
  GORO_NODE(TypeAssertExpr, Expr)
  Expr* x = nullptr;
  Expr* typeExpr = nullptr;  // null for x.(type) in a type switch
};

// How the checker classified a call.
enum class CallKind : uint8_t { Regular, Conversion, Builtin };
enum class BuiltinId : uint8_t {
  None, Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New,
  Panic, Print, Println, Real, Recover,
};
struct CallExpr : Expr {
  GORO_NODE(CallExpr, Expr)
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(s...)
  Pos lparen, rparen;
  // checker:
  CallKind callKind = CallKind::Regular;
  BuiltinId builtin = BuiltinId::None;
  // A generic native's type arguments, bound from the arguments (check_generic_native.cpp)
  // and passed to the native after them.
  std::vector<const Type*> typeArgs;
};

struct StarExpr : Expr { GORO_NODE(StarExpr, Expr) Expr* x = nullptr; };  // *x: deref or pointer type

struct UnaryExpr : Expr {
  GORO_NODE(UnaryExpr, Expr)
  Tok op = Tok::None;  // Add Sub Not Xor And(&x) Arrow(<-x)
  Expr* x = nullptr;
};

struct BinaryExpr : Expr {
  GORO_NODE(BinaryExpr, Expr)
  Tok op = Tok::None;
  Pos opPos;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

struct KeyValueExpr : Expr {
  GORO_NODE(KeyValueExpr, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

// Whether evaluating e calls a function (conversions do not count) or receives from a
// channel. Without either, len/cap of an array-typed e are constants and `range e` over an
// array with at most one iteration variable does not evaluate e (spec: Length and capacity,
// For statements with range clause).
bool hasCallsOrReceives(const Expr* e);

// ---------------------------------------------------------------- type expressions

struct ArrayType : Expr {
  GORO_NODE(ArrayType, Expr)
  Expr* len = nullptr;  // null: slice type; an Ellipsis node: [...]T
  Expr* elem = nullptr;
};

struct FieldList;
struct StructType : Expr { GORO_NODE(StructType, Expr) FieldList* fields = nullptr; };

struct FuncType : Expr {
  GORO_NODE(FuncType, Expr)
  FieldList* params = nullptr;
  FieldList* results = nullptr;  // may be null
};

struct InterfaceType : Expr {
  GORO_NODE(InterfaceType, Expr)
  FieldList* methods = nullptr;  // a Field with names = method; without names = embedded interface
};

struct MapType : Expr {
  GORO_NODE(MapType, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { Both, Send, Recv };
struct ChanType : Expr {
  GORO_NODE(ChanType, Expr)
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
};

struct Ellipsis : Expr { GORO_NODE(Ellipsis, Expr) Expr* elt = nullptr; };  // ...T in a parameter list

// ---------------------------------------------------------------- statements

struct Stmt : Node { using Node::Node; };

struct BadStmt : Stmt { GORO_NODE(BadStmt, Stmt) };
struct GenDecl;
struct DeclStmt : Stmt { GORO_NODE(DeclStmt, Stmt) GenDecl* decl = nullptr; };
struct EmptyStmt : Stmt { GORO_NODE(EmptyStmt, Stmt) };

struct LabeledStmt : Stmt {
  GORO_NODE(LabeledStmt, Stmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt { GORO_NODE(ExprStmt, Stmt) Expr* x = nullptr; };

struct SendStmt : Stmt {
  GORO_NODE(SendStmt, Stmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

struct IncDecStmt : Stmt {
  GORO_NODE(IncDecStmt, Stmt)
  Expr* x = nullptr;
  Tok tok = Tok::Inc;
};

struct AssignStmt : Stmt {
  GORO_NODE(AssignStmt, Stmt)
  std::vector<Expr*> lhs;
  Tok tok = Tok::Assign;  // Assign, Define or an op-assign
  Pos tokPos;
  std::vector<Expr*> rhs;
};

struct GoStmt : Stmt { GORO_NODE(GoStmt, Stmt) CallExpr* call = nullptr; };
struct DeferStmt : Stmt { GORO_NODE(DeferStmt, Stmt) CallExpr* call = nullptr; };

struct ReturnStmt : Stmt { GORO_NODE(ReturnStmt, Stmt) std::vector<Expr*> results; };

struct BranchStmt : Stmt {
  GORO_NODE(BranchStmt, Stmt)
  Tok tok = Tok::Break;
  Ident* label = nullptr;
  Stmt* target = nullptr;  // checker: the enclosing for/switch/select the branch leaves or continues
};

struct BlockStmt : Stmt {
  GORO_NODE(BlockStmt, Stmt)
  std::vector<Stmt*> list;
  Pos rbrace;
};

struct IfStmt : Stmt {
  GORO_NODE(IfStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* els = nullptr;  // IfStmt or BlockStmt
};

struct CaseClause : Stmt {
  GORO_NODE(CaseClause, Stmt)
  std::vector<Expr*> list;  // empty: default
  bool isDefault = false;
  std::vector<Stmt*> body;
  Object* implicit = nullptr;  // checker: in a type switch with `v :=`, this clause's v
};

struct SwitchStmt : Stmt {
  GORO_NODE(SwitchStmt, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // null: tagless switch (switch true)
  BlockStmt* body = nullptr;  // of CaseClause
};

struct TypeSwitchStmt : Stmt {
  GORO_NODE(TypeSwitchStmt, Stmt)
  Stmt* init = nullptr;
  Ident* bind = nullptr;     // v in `switch v := x.(type)`, or null
  Expr* x = nullptr;         // the x of x.(type)
  BlockStmt* body = nullptr; // of CaseClause
};

struct CommClause : Stmt {
  GORO_NODE(CommClause, Stmt)
  Stmt* comm = nullptr;  // SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] = / := <-c); null: default
  std::vector<Stmt*> body;
};

struct SelectStmt : Stmt { GORO_NODE(SelectStmt, Stmt) BlockStmt* body = nullptr; };  // of CommClause

struct ForStmt : Stmt {
  GORO_NODE(ForStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

struct RangeStmt : Stmt {
  GORO_NODE(RangeStmt, Stmt)
  Expr* key = nullptr;    // may be null
  Expr* value = nullptr;  // may be null
  Tok tok = Tok::None;    // None (for range x), Assign or Define
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
};

// ---------------------------------------------------------------- declarations

struct Field : Node {
  GORO_NODE(Field, Node)
  std::vector<Ident*> names;  // empty: anonymous parameter / embedded field
  Expr* typeExpr = nullptr;   // an Ellipsis for a variadic last parameter
  std::string tag;            // struct tag, raw literal text (may be empty)
};

struct FieldList : Node {
  GORO_NODE(FieldList, Node)
  std::vector<Field*> list;
};

struct Spec : Node { using Node::Node; };

struct ImportSpec : Spec {
  GORO_NODE(ImportSpec, Spec)
  Ident* name = nullptr;  // local name, `.`, `_`, or null
  std::string path;       // unquoted import path
  Pos pathPos;
  Object* obj = nullptr;  // checker: the PkgName object
};

struct ValueSpec : Spec {
  GORO_NODE(ValueSpec, Spec)
  std::vector<Ident*> names;
  Expr* typeExpr = nullptr;
  std::vector<Expr*> values;
  int iota = 0;  // position in its const group (constants only)
};

struct TypeSpec : Spec {
  GORO_NODE(TypeSpec, Spec)
  Ident* name = nullptr;
  bool isAlias = false;  // type A = B
  Expr* typeExpr = nullptr;
};

enum class DeclTok : uint8_t { Import, Const, Type, Var };
struct Decl : Node { using Node::Node; };

struct GenDecl : Decl {
  GORO_NODE(GenDecl, Decl)
  DeclTok tok = DeclTok::Var;
  std::vector<Spec*> specs;
};

struct FuncDecl : Decl {
  GORO_NODE(FuncDecl, Decl)
  FieldList* recv = nullptr;  // null for plain functions
  Ident* name = nullptr;
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;  // null: declared without a body (a native function of the stdlib)
  Object* obj = nullptr;      // checker: the Func object
  Scope* scope = nullptr;     // checker: the function's scope (receiver, parameters, results)
};

struct File : Node {
  GORO_NODE(File, Node)
  Ident* packageName = nullptr;
  std::vector<ImportSpec*> imports;  // also present inside `decls`
  std::vector<Decl*> decls;
  std::string path;  // as given on the command line
};

#undef GORO_NODE

// Owns every node of a parse. Nodes are never freed individually.
class Arena {
 public:
  template <class T> T* make(Pos p) {
    auto node = std::make_unique<T>(p);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

}  // namespace goro

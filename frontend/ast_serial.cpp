// Writes, reads and compares the binary form of an AST (see ast_serial.h).
#include "frontend/ast_serial.h"

#include <map>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace goro {

namespace {

constexpr std::string_view kMagic = "goroAST\n";

// ------------------------------------------------------------ the syntactic fields

// Syntax<T>::fields lists the fields of node T that the parser sets, in serialization
// order. The checker's annotations (Expr::type, Ident::obj, FuncDecl::scope, ...) are
// deliberately absent: a deserialized File is in the state parseFile leaves it in.
template <class T> struct Syntax;

#define GORO_SYNTAX(Name, ...) \
  template <> struct Syntax<Name> { static constexpr auto fields = std::make_tuple(__VA_ARGS__); }

GORO_SYNTAX(BadExpr);
GORO_SYNTAX(Ident, &Ident::name);
GORO_SYNTAX(BasicLit, &BasicLit::litKind, &BasicLit::text);
GORO_SYNTAX(CompositeLit, &CompositeLit::typeExpr, &CompositeLit::elts, &CompositeLit::rbrace);
GORO_SYNTAX(FuncLit, &FuncLit::sig, &FuncLit::body);
GORO_SYNTAX(ParenExpr, &ParenExpr::x);
GORO_SYNTAX(SelectorExpr, &SelectorExpr::x, &SelectorExpr::sel);
GORO_SYNTAX(IndexExpr, &IndexExpr::x, &IndexExpr::index, &IndexExpr::lbrack, &IndexExpr::rbrack);
GORO_SYNTAX(SliceExpr, &SliceExpr::x, &SliceExpr::lo, &SliceExpr::hi, &SliceExpr::max, &SliceExpr::slice3);
GORO_SYNTAX(TypeAssertExpr, &TypeAssertExpr::x, &TypeAssertExpr::typeExpr);
GORO_SYNTAX(CallExpr, &CallExpr::fun, &CallExpr::args, &CallExpr::hasEllipsis, &CallExpr::lparen,
            &CallExpr::rparen);
GORO_SYNTAX(StarExpr, &StarExpr::x);
GORO_SYNTAX(UnaryExpr, &UnaryExpr::op, &UnaryExpr::x);
GORO_SYNTAX(BinaryExpr, &BinaryExpr::op, &BinaryExpr::opPos, &BinaryExpr::x, &BinaryExpr::y);
GORO_SYNTAX(KeyValueExpr, &KeyValueExpr::key, &KeyValueExpr::value);
GORO_SYNTAX(ArrayType, &ArrayType::len, &ArrayType::elem);
GORO_SYNTAX(StructType, &StructType::fields);
GORO_SYNTAX(FuncType, &FuncType::params, &FuncType::results);
GORO_SYNTAX(InterfaceType, &InterfaceType::methods);
GORO_SYNTAX(MapType, &MapType::key, &MapType::value);
GORO_SYNTAX(ChanType, &ChanType::dir, &ChanType::value);
GORO_SYNTAX(Ellipsis, &Ellipsis::elt);
GORO_SYNTAX(BadStmt);
GORO_SYNTAX(DeclStmt, &DeclStmt::decl);
GORO_SYNTAX(EmptyStmt);
GORO_SYNTAX(LabeledStmt, &LabeledStmt::label, &LabeledStmt::stmt);
GORO_SYNTAX(ExprStmt, &ExprStmt::x);
GORO_SYNTAX(SendStmt, &SendStmt::chan, &SendStmt::value);
GORO_SYNTAX(IncDecStmt, &IncDecStmt::x, &IncDecStmt::tok);
GORO_SYNTAX(AssignStmt, &AssignStmt::lhs, &AssignStmt::tok, &AssignStmt::tokPos, &AssignStmt::rhs);
GORO_SYNTAX(GoStmt, &GoStmt::call);
GORO_SYNTAX(DeferStmt, &DeferStmt::call);
GORO_SYNTAX(ReturnStmt, &ReturnStmt::results);
GORO_SYNTAX(BranchStmt, &BranchStmt::tok, &BranchStmt::label);
GORO_SYNTAX(BlockStmt, &BlockStmt::list, &BlockStmt::rbrace);
GORO_SYNTAX(IfStmt, &IfStmt::init, &IfStmt::cond, &IfStmt::body, &IfStmt::els);
GORO_SYNTAX(CaseClause, &CaseClause::list, &CaseClause::isDefault, &CaseClause::body);
GORO_SYNTAX(SwitchStmt, &SwitchStmt::init, &SwitchStmt::tag, &SwitchStmt::body);
GORO_SYNTAX(TypeSwitchStmt, &TypeSwitchStmt::init, &TypeSwitchStmt::bind, &TypeSwitchStmt::x,
            &TypeSwitchStmt::body);
GORO_SYNTAX(CommClause, &CommClause::comm, &CommClause::body);
GORO_SYNTAX(SelectStmt, &SelectStmt::body);
GORO_SYNTAX(ForStmt, &ForStmt::init, &ForStmt::cond, &ForStmt::post, &ForStmt::body);
GORO_SYNTAX(RangeStmt, &RangeStmt::key, &RangeStmt::value, &RangeStmt::tok, &RangeStmt::x, &RangeStmt::body);
GORO_SYNTAX(ImportSpec, &ImportSpec::name, &ImportSpec::path, &ImportSpec::pathPos);
GORO_SYNTAX(ValueSpec, &ValueSpec::names, &ValueSpec::typeExpr, &ValueSpec::values, &ValueSpec::iota);
GORO_SYNTAX(TypeSpec, &TypeSpec::name, &TypeSpec::isAlias, &TypeSpec::typeExpr);
GORO_SYNTAX(GenDecl, &GenDecl::tok, &GenDecl::specs);
GORO_SYNTAX(FuncDecl, &FuncDecl::recv, &FuncDecl::name, &FuncDecl::sig, &FuncDecl::body);
GORO_SYNTAX(Field, &Field::names, &Field::typeExpr, &Field::tag);
GORO_SYNTAX(FieldList, &FieldList::list);
GORO_SYNTAX(File, &File::packageName, &File::imports, &File::decls, &File::path);

#undef GORO_SYNTAX

// Calls f(std::type_identity<T>{}) for the node class T of `kind`, which must be valid.
template <class F>
decltype(auto) withNodeClass(NodeKind kind, F&& f) {
  switch (kind) {
#define GORO_KIND(Name) \
  case NodeKind::Name: return f(std::type_identity<Name>{});
    GORO_KIND(BadExpr) GORO_KIND(Ident) GORO_KIND(BasicLit) GORO_KIND(CompositeLit)
    GORO_KIND(FuncLit) GORO_KIND(ParenExpr) GORO_KIND(SelectorExpr) GORO_KIND(IndexExpr)
    GORO_KIND(SliceExpr) GORO_KIND(TypeAssertExpr) GORO_KIND(CallExpr) GORO_KIND(StarExpr)
    GORO_KIND(UnaryExpr) GORO_KIND(BinaryExpr) GORO_KIND(KeyValueExpr)
    GORO_KIND(ArrayType) GORO_KIND(StructType) GORO_KIND(FuncType) GORO_KIND(InterfaceType)
    GORO_KIND(MapType) GORO_KIND(ChanType) GORO_KIND(Ellipsis)
    GORO_KIND(BadStmt) GORO_KIND(DeclStmt) GORO_KIND(EmptyStmt) GORO_KIND(LabeledStmt)
    GORO_KIND(ExprStmt) GORO_KIND(SendStmt) GORO_KIND(IncDecStmt) GORO_KIND(AssignStmt)
    GORO_KIND(GoStmt) GORO_KIND(DeferStmt) GORO_KIND(ReturnStmt) GORO_KIND(BranchStmt)
    GORO_KIND(BlockStmt) GORO_KIND(IfStmt) GORO_KIND(CaseClause) GORO_KIND(SwitchStmt)
    GORO_KIND(TypeSwitchStmt) GORO_KIND(CommClause) GORO_KIND(SelectStmt) GORO_KIND(ForStmt)
    GORO_KIND(RangeStmt)
    GORO_KIND(ImportSpec) GORO_KIND(ValueSpec) GORO_KIND(TypeSpec) GORO_KIND(GenDecl)
    GORO_KIND(FuncDecl) GORO_KIND(Field) GORO_KIND(FieldList) GORO_KIND(File)
#undef GORO_KIND
  }
  __builtin_unreachable();
}

constexpr uint64_t kLastNodeKind = static_cast<uint64_t>(NodeKind::File);

// Calls f(memberPointer) for each syntactic field of T.
template <class T, class F>
void forEachField(F&& f) {
  std::apply([&](auto... member) { (f(member), ...); }, Syntax<T>::fields);
}

// The largest valid value of each enum stored in a node.
constexpr uint64_t enumLimit(Tok) { return static_cast<uint64_t>(Tok::Fallthrough); }
constexpr uint64_t enumLimit(LitKind) { return static_cast<uint64_t>(LitKind::String); }
constexpr uint64_t enumLimit(ChanDir) { return static_cast<uint64_t>(ChanDir::Recv); }
constexpr uint64_t enumLimit(DeclTok) { return static_cast<uint64_t>(DeclTok::Var); }

// ------------------------------------------------------------ writing

class Writer {
 public:
  std::string out;

  void varint(uint64_t v) {
    while (v >= 0x80) {
      out.push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    out.push_back(static_cast<char>(v));
  }

  void field(const std::string& s) {
    varint(s.size());
    out.append(s);
  }
  void field(bool b) { varint(b); }
  void field(int i) { varint((static_cast<uint64_t>(i) << 1) ^ static_cast<uint64_t>(i >> 31)); }
  void field(Pos p) {
    varint(p.line);
    varint(p.col);
  }
  template <class E> requires std::is_enum_v<E>
  void field(E e) { varint(static_cast<uint64_t>(e)); }
  template <class T>
  void field(const std::vector<T>& list) {
    varint(list.size());
    for (const T& element : list) field(element);
  }

  void field(const Node* node) {
    if (!node) return varint(0);
    auto [seen, first] = index_.try_emplace(node, index_.size());
    if (!first) {
      varint(1);
      return varint(seen->second);
    }
    varint(static_cast<uint64_t>(node->kind) + 2);
    field(node->pos);
    withNodeClass(node->kind, [&]<class C>(std::type_identity<C>) {
      const C& concrete = static_cast<const C&>(*node);
      forEachField<C>([&](auto member) { field(concrete.*member); });
    });
  }

 private:
  std::unordered_map<const Node*, uint64_t> index_;
};

// ------------------------------------------------------------ reading

class Reader {
 public:
  Reader(std::string_view in, Arena& arena, uint32_t fileIndex) : in_(in), arena_(arena), file_(fileIndex) {}

  bool ok = true;
  bool atEnd() const { return at_ == in_.size(); }

  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64 && at_ < in_.size(); shift += 7) {
      auto byte = static_cast<unsigned char>(in_[at_++]);
      v |= uint64_t{byte & 0x7fu} << shift;
      if (byte < 0x80) return v;
    }
    ok = false;
    return 0;
  }

  void field(std::string& s) {
    uint64_t size = varint();
    if (size > in_.size() - at_) {
      ok = false;
      return;
    }
    s.assign(in_.substr(at_, size));
    at_ += size;
  }
  void field(bool& b) { b = varint() != 0; }
  void field(int& i) {
    uint64_t z = varint();
    i = static_cast<int>(static_cast<int64_t>(z >> 1) ^ -static_cast<int64_t>(z & 1));
  }
  void field(Pos& p) {
    uint64_t line = varint(), col = varint();
    if (line > UINT32_MAX || col > UINT32_MAX) ok = false;
    p = line == 0 ? Pos{} : Pos{file_, static_cast<uint32_t>(line), static_cast<uint32_t>(col)};
  }
  template <class E> requires std::is_enum_v<E>
  void field(E& e) {
    uint64_t v = varint();
    if (v > enumLimit(E{})) ok = false;
    e = static_cast<E>(ok ? v : 0);
  }
  template <class T>
  void field(std::vector<T>& list) {
    uint64_t count = varint();
    if (count > in_.size() - at_) ok = false;  // every element takes at least one byte
    for (uint64_t i = 0; ok && i < count; ++i) field(list.emplace_back());
  }

  template <class T> requires std::is_base_of_v<Node, T>
  void field(T*& node) {
    Node* read = anyNode();
    if (read && !withNodeClass(read->kind, []<class C>(std::type_identity<C>) { return std::is_base_of_v<T, C>; }))
      ok = false;
    node = ok ? static_cast<T*>(read) : nullptr;
  }

 private:
  Node* anyNode() {
    uint64_t tag = varint();
    if (!ok || tag == 0) return nullptr;
    if (tag == 1) {
      uint64_t index = varint();
      if (index >= nodes_.size()) ok = false;
      return ok ? nodes_[index] : nullptr;
    }
    if (tag - 2 > kLastNodeKind) {
      ok = false;
      return nullptr;
    }
    Pos pos;
    field(pos);
    return withNodeClass(static_cast<NodeKind>(tag - 2), [&]<class C>(std::type_identity<C>) -> Node* {
      C* node = arena_.make<C>(pos);
      nodes_.push_back(node);
      forEachField<C>([&](auto member) {
        if (ok) field(node->*member);
      });
      return node;
    });
  }

  std::string_view in_;
  size_t at_ = 0;
  Arena& arena_;
  uint32_t file_;
  std::vector<Node*> nodes_;  // in order of first appearance: the targets of back references
};

// ------------------------------------------------------------ comparing

class Comparer {
 public:
  std::string difference;

  bool same(const std::string& a, const std::string& b) { return expect(a == b, "\"" + a + "\" vs \"" + b + "\""); }
  bool same(bool a, bool b) { return expect(a == b, "flag"); }
  bool same(int a, int b) { return expect(a == b, std::to_string(a) + " vs " + std::to_string(b)); }
  bool same(Pos a, Pos b) {
    return expect(a.file == b.file && a.line == b.line && a.col == b.col,
                  "position " + show(a) + " vs " + show(b));
  }
  template <class E> requires std::is_enum_v<E>
  bool same(E a, E b) { return expect(a == b, "enum field"); }
  template <class T>
  bool same(const std::vector<T>& a, const std::vector<T>& b) {
    if (!expect(a.size() == b.size(), "list length " + std::to_string(a.size()) + " vs " + std::to_string(b.size())))
      return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (!same(a[i], b[i])) return false;
    return true;
  }

  bool same(const Node* a, const Node* b) {
    if (!a || !b) return expect(a == b, "null vs node");
    auto [matched, first] = counterpart_.try_emplace(a, b);
    if (!first) return expect(matched->second == b, "node sharing");
    if (!expect(a->kind == b->kind, "node kinds differ") || !same(a->pos, b->pos)) return false;
    return withNodeClass(a->kind, [&]<class C>(std::type_identity<C>) {
      const C& x = static_cast<const C&>(*a);
      const C& y = static_cast<const C&>(*b);
      bool equal = true;
      forEachField<C>([&](auto member) { equal = equal && same(x.*member, y.*member); });
      return equal;
    });
  }

 private:
  bool expect(bool ok, const std::string& what) {
    if (!ok && difference.empty()) difference = what;
    return ok;
  }
  static std::string show(Pos p) {
    return std::to_string(p.file) + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
  }
  std::unordered_map<const Node*, const Node*> counterpart_;
};

std::map<std::string, std::string_view, std::less<>>& packageAsts() {
  static std::map<std::string, std::string_view, std::less<>> asts;
  return asts;
}

}  // namespace

std::string serializeFile(const File& file) {
  Writer w;
  w.out.append(kMagic);
  w.varint(kAstFormatVersion);
  w.field(&file);
  return std::move(w.out);
}

File* deserializeFile(std::string_view bytes, Arena& arena, uint32_t fileIndex) {
  if (!bytes.starts_with(kMagic)) return nullptr;
  Reader r(bytes.substr(kMagic.size()), arena, fileIndex);
  if (r.varint() != kAstFormatVersion || !r.ok) return nullptr;
  File* file = nullptr;
  r.field(file);
  return r.ok && r.atEnd() ? file : nullptr;
}

bool sameSyntax(const File& a, const File& b, std::string* difference) {
  Comparer c;
  bool equal = c.same(&a, &b);
  if (difference) *difference = c.difference;
  return equal;
}

void registerPackageAst(std::string_view path, std::string_view bytes) {
  packageAsts().insert_or_assign(std::string(path), bytes);
}

const std::string_view* findPackageAst(std::string_view path) {
  auto it = packageAsts().find(path);
  return it == packageAsts().end() ? nullptr : &it->second;
}

}  // namespace goro

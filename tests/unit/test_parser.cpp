// Unit tests for the parser (frontend/parser.h): AST shapes and positions of every
// construct, gc's syntax error messages, and hostile input.
#include <doctest/doctest.h>

#include <pthread.h>

#include <chrono>
#include <functional>
#include <memory>
#include <random>
#include <string>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/parser.h"

using namespace goro;

namespace {

struct Parsed {
  FileSet files;
  std::unique_ptr<Diagnostics> diags;
  Arena arena;
  File* file = nullptr;

  std::string errors() const { return diags->format(); }
  std::string firstError() const {
    std::string all = errors();
    return all.substr(0, all.find('\n'));
  }
  FuncDecl* func(const std::string& name) const {
    for (Decl* d : file->decls)
      if (auto* f = d->as<FuncDecl>(); f && f->name->name == name) return f;
    return nullptr;
  }
  // The statements of func main.
  const std::vector<Stmt*>& body() const { return func("main")->body->list; }
};

std::unique_ptr<Parsed> parse(const std::string& source) {
  auto p = std::make_unique<Parsed>();
  uint32_t index = p->files.add("prog.go", source);
  p->diags = std::make_unique<Diagnostics>(p->files);
  p->file = parseFile(p->arena, p->files, index, *p->diags);
  return p;
}

// Wraps statements in `package main; func main() { ... }` (statements start on line 4).
std::unique_ptr<Parsed> parseBody(const std::string& statements) {
  return parse("package main\n\nfunc main() {\n" + statements + "\n}\n");
}

Expr* exprOf(Stmt* s) { return s->as<ExprStmt>()->x; }

// The right-hand side of `_ = <expr>` or `x := <expr>`.
Expr* rhs(Stmt* s) { return s->as<AssignStmt>()->rhs.at(0); }

bool at(Pos p, uint32_t line, uint32_t col) { return p.line == line && p.col == col; }

// Runs `fn` on a thread with a 1 GiB stack, as the frontend runs.
void onBigStack(const std::function<void()>& fn) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  pthread_t thread;
  auto* heapFn = new std::function<void()>(fn);
  pthread_create(&thread, &attr, [](void* arg) -> void* {
    auto* f = static_cast<std::function<void()>*>(arg);
    (*f)();
    delete f;
    return nullptr;
  }, heapFn);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

}  // namespace

// ---------------------------------------------------------------- declarations

TEST_CASE("package clause and imports: grouped, named, dot and blank") {
  auto p = parse("package main\n\nimport \"fmt\"\nimport (\n\tstr \"strings\"\n\t. \"math\"\n\t_ \"os\"\n)\n");
  REQUIRE(p->file);
  CHECK(p->file->packageName->name == "main");
  CHECK(at(p->file->pos, 1, 1));
  REQUIRE(p->file->imports.size() == 4);
  CHECK(p->file->imports[0]->path == "fmt");
  CHECK(p->file->imports[0]->name == nullptr);
  CHECK(at(p->file->imports[0]->pathPos, 3, 8));
  CHECK(p->file->imports[1]->name->name == "str");
  CHECK(p->file->imports[1]->path == "strings");
  CHECK(p->file->imports[2]->name->name == ".");
  CHECK(p->file->imports[3]->name->name == "_");
  REQUIRE(p->file->decls.size() == 2);
  CHECK(p->file->decls[1]->as<GenDecl>()->specs.size() == 3);
}

TEST_CASE("const groups number their specs for iota; implicit repetition is left empty") {
  auto p = parse("package p\n\nconst (\n\tA int = iota\n\tB\n\tC, D = 5, 6\n)\n");
  REQUIRE(p->file);
  auto* g = p->file->decls[0]->as<GenDecl>();
  REQUIRE(g->specs.size() == 3);
  CHECK(g->tok == DeclTok::Const);
  auto* a = static_cast<ValueSpec*>(g->specs[0]);
  auto* b = static_cast<ValueSpec*>(g->specs[1]);
  auto* c = static_cast<ValueSpec*>(g->specs[2]);
  CHECK(a->iota == 0);
  CHECK(a->typeExpr->as<Ident>()->name == "int");
  CHECK(b->iota == 1);
  CHECK(b->values.empty());
  CHECK(b->typeExpr == nullptr);
  CHECK(c->iota == 2);
  CHECK(c->names.size() == 2);
  CHECK(c->values.size() == 2);
}

TEST_CASE("var and type declarations, aliases, struct tags and embedded fields") {
  auto p = parse(
      "package p\n\nvar x, y int = 1, 2\nvar z = \"s\"\n"
      "type A = map[string][]int\n"
      "type S struct {\n\ta, b int `json:\"a\"`\n\t*Base\n\tpkg.T\n}\n"
      "type I interface {\n\tM(int) error\n\tfmt.Stringer\n}\n");
  REQUIRE(p->file);
  auto* x = static_cast<ValueSpec*>(p->file->decls[0]->as<GenDecl>()->specs[0]);
  CHECK(x->names.size() == 2);
  CHECK(x->values.size() == 2);
  auto* alias = static_cast<TypeSpec*>(p->file->decls[2]->as<GenDecl>()->specs[0]);
  CHECK(alias->isAlias);
  CHECK(alias->typeExpr->as<MapType>()->value->as<ArrayType>()->len == nullptr);
  auto* s = static_cast<TypeSpec*>(p->file->decls[3]->as<GenDecl>()->specs[0]);
  CHECK_FALSE(s->isAlias);
  auto& fields = s->typeExpr->as<StructType>()->fields->list;
  REQUIRE(fields.size() == 3);
  CHECK(fields[0]->names.size() == 2);
  CHECK(fields[0]->tag == "`json:\"a\"`");
  CHECK(fields[1]->names.empty());
  CHECK(fields[1]->typeExpr->as<StarExpr>()->x->as<Ident>()->name == "Base");
  CHECK(fields[2]->typeExpr->as<SelectorExpr>()->sel->name == "T");
  auto* iface = static_cast<TypeSpec*>(p->file->decls[4]->as<GenDecl>()->specs[0])->typeExpr->as<InterfaceType>();
  REQUIRE(iface->methods->list.size() == 2);
  CHECK(iface->methods->list[0]->names[0]->name == "M");
  CHECK(iface->methods->list[0]->typeExpr->is<FuncType>());
  CHECK(iface->methods->list[1]->names.empty());
}

TEST_CASE("functions: receivers, grouped parameters, variadics, results, no body") {
  auto p = parse(
      "package p\n\n"
      "func (r *R) M(a, b int, c string, rest ...any) (n int, err error) { return }\n"
      "func anon(int, string) bool { return true }\n"
      "func native(x float64) float64\n");
  REQUIRE(p->file);
  FuncDecl* m = p->func("M");
  REQUIRE(m);
  REQUIRE(m->recv);
  CHECK(m->recv->list[0]->names[0]->name == "r");
  CHECK(m->recv->list[0]->typeExpr->is<StarExpr>());
  auto& params = m->sig->params->list;
  REQUIRE(params.size() == 3);
  CHECK(params[0]->names.size() == 2);
  CHECK(params[0]->typeExpr->as<Ident>()->name == "int");
  CHECK(params[1]->names[0]->name == "c");
  CHECK(params[2]->typeExpr->as<Ellipsis>()->elt->as<Ident>()->name == "any");
  CHECK(m->sig->results->list.size() == 2);
  CHECK(at(m->pos, 3, 1));
  FuncDecl* anon = p->func("anon");
  CHECK(anon->sig->params->list.size() == 2);
  CHECK(anon->sig->params->list[0]->names.empty());
  CHECK(anon->sig->results->list[0]->typeExpr->as<Ident>()->name == "bool");
  FuncDecl* native = p->func("native");
  CHECK(native->body == nullptr);
}

// ---------------------------------------------------------------- statements

TEST_CASE("assignments, short declarations, op-assign, inc/dec and send") {
  auto p = parseBody("\ta, b := 1, 2\n\ta, b = b, a\n\ta += 3\n\tb <<= 1\n\ta++\n\tch <- a\n\tx &^= y");
  REQUIRE(p->file);
  auto& s = p->body();
  REQUIRE(s.size() == 7);
  auto* def = s[0]->as<AssignStmt>();
  CHECK(def->tok == Tok::Define);
  CHECK(def->lhs.size() == 2);
  CHECK(at(def->pos, 4, 2));
  CHECK(at(def->tokPos, 4, 7));
  CHECK(s[1]->as<AssignStmt>()->tok == Tok::Assign);
  CHECK(s[2]->as<AssignStmt>()->tok == Tok::AddAssign);
  CHECK(s[3]->as<AssignStmt>()->tok == Tok::ShlAssign);
  CHECK(s[4]->as<IncDecStmt>()->tok == Tok::Inc);
  CHECK(s[5]->as<SendStmt>()->chan->as<Ident>()->name == "ch");
  CHECK(s[6]->as<AssignStmt>()->tok == Tok::AndNotAssign);
  CHECK(assignOpToBinary(Tok::AndNotAssign) == Tok::AndNot);
  CHECK(std::string(tokString(Tok::ShlAssign)) == "<<=");
}

TEST_CASE("if, else if, else with init statements") {
  auto p = parseBody("\tif v := f(); v > 0 {\n\t} else if v < 0 {\n\t} else {\n\t}");
  REQUIRE(p->file);
  auto* is = p->body()[0]->as<IfStmt>();
  REQUIRE(is);
  CHECK(is->init->is<AssignStmt>());
  CHECK(is->cond->as<BinaryExpr>()->op == Tok::Gtr);
  auto* elseIf = is->els->as<IfStmt>();
  REQUIRE(elseIf);
  CHECK(elseIf->init == nullptr);
  CHECK(elseIf->els->is<BlockStmt>());
}

TEST_CASE("for loops: infinite, condition, three clauses, range forms") {
  auto p = parseBody(
      "\tfor {\n\t}\n\tfor i < 3 {\n\t}\n\tfor i := 0; i < 3; i++ {\n\t}\n\tfor ;; {\n\t}\n"
      "\tfor k, v := range m {\n\t}\n\tfor k = range m {\n\t}\n\tfor range 10 {\n\t}\n"
      "\tfor _, v := range []int{1, 2} {\n\t}");
  REQUIRE(p->file);
  auto& s = p->body();
  REQUIRE(s.size() == 8);
  CHECK(s[0]->as<ForStmt>()->cond == nullptr);
  CHECK(s[1]->as<ForStmt>()->cond->is<BinaryExpr>());
  auto* three = s[2]->as<ForStmt>();
  CHECK(three->init->is<AssignStmt>());
  CHECK(three->post->is<IncDecStmt>());
  CHECK(s[3]->as<ForStmt>()->init == nullptr);
  auto* kv = s[4]->as<RangeStmt>();
  REQUIRE(kv);
  CHECK(kv->tok == Tok::Define);
  CHECK(kv->value->as<Ident>()->name == "v");
  CHECK(at(kv->pos, 12, 2));
  auto* k = s[5]->as<RangeStmt>();
  CHECK(k->tok == Tok::Assign);
  CHECK(k->value == nullptr);
  auto* bare = s[6]->as<RangeStmt>();
  CHECK(bare->tok == Tok::None);
  CHECK(bare->key == nullptr);
  CHECK(bare->x->as<BasicLit>()->text == "10");
  CHECK(s[7]->as<RangeStmt>()->x->is<CompositeLit>());
}

TEST_CASE("switch statements: init, tag, tagless, fallthrough") {
  auto p = parseBody("\tswitch x := f(); x {\n\tcase 1, 2:\n\t\tfallthrough\n\tdefault:\n\t}\n\tswitch {\n\tcase a > b:\n\t}");
  REQUIRE(p->file);
  auto* sw = p->body()[0]->as<SwitchStmt>();
  REQUIRE(sw);
  CHECK(sw->init->is<AssignStmt>());
  CHECK(sw->tag->as<Ident>()->name == "x");
  auto* c1 = sw->body->list[0]->as<CaseClause>();
  CHECK(c1->list.size() == 2);
  CHECK(c1->body[0]->as<BranchStmt>()->tok == Tok::Fallthrough);
  auto* def = sw->body->list[1]->as<CaseClause>();
  CHECK(def->isDefault);
  CHECK(def->list.empty());
  CHECK(p->body()[1]->as<SwitchStmt>()->tag == nullptr);
}

TEST_CASE("type switches with and without a binding") {
  auto p = parseBody("\tswitch v := x.(type) {\n\tcase int, *T, []byte, map[string]int, func(), chan int, nil:\n\t}\n"
                     "\tswitch y.(type) {\n\t}");
  REQUIRE(p->file);
  auto* ts = p->body()[0]->as<TypeSwitchStmt>();
  REQUIRE(ts);
  CHECK(ts->bind->name == "v");
  CHECK(ts->x->as<Ident>()->name == "x");
  auto& types = ts->body->list[0]->as<CaseClause>()->list;
  REQUIRE(types.size() == 7);
  CHECK(types[1]->is<StarExpr>());
  CHECK(types[2]->is<ArrayType>());
  CHECK(types[3]->is<MapType>());
  CHECK(types[4]->is<FuncType>());
  CHECK(types[5]->is<ChanType>());
  auto* plain = p->body()[1]->as<TypeSwitchStmt>();
  REQUIRE(plain);
  CHECK(plain->bind == nullptr);
}

TEST_CASE("select with send, receive, receive-assign and default") {
  auto p = parseBody("\tselect {\n\tcase ch <- 1:\n\tcase v := <-ch:\n\tcase v, ok = <-ch:\n\tcase <-done:\n\tdefault:\n\t}");
  REQUIRE(p->file);
  auto& clauses = p->body()[0]->as<SelectStmt>()->body->list;
  REQUIRE(clauses.size() == 5);
  CHECK(clauses[0]->as<CommClause>()->comm->is<SendStmt>());
  CHECK(clauses[1]->as<CommClause>()->comm->as<AssignStmt>()->tok == Tok::Define);
  CHECK(clauses[2]->as<CommClause>()->comm->as<AssignStmt>()->lhs.size() == 2);
  CHECK(exprOf(clauses[3]->as<CommClause>()->comm)->as<UnaryExpr>()->op == Tok::Arrow);
  CHECK(clauses[4]->as<CommClause>()->comm == nullptr);
}

TEST_CASE("go, defer, return, labels, break/continue/goto with labels, blocks, declarations") {
  auto p = parseBody(
      "\tgo f(1)\n\tdefer func() {}()\nouter:\n\tfor {\n\t\tbreak outer\n\t\tcontinue outer\n\t}\n"
      "\tgoto outer\n\t{\n\t}\n\tvar z int\n\ttype T int\nend:\n");
  REQUIRE(p->file);
  auto& s = p->body();
  REQUIRE(s.size() == 8);
  CHECK(s[0]->as<GoStmt>()->call->fun->as<Ident>()->name == "f");
  CHECK(s[1]->as<DeferStmt>()->call->fun->is<FuncLit>());
  auto* label = s[2]->as<LabeledStmt>();
  CHECK(label->label->name == "outer");
  auto& loop = label->stmt->as<ForStmt>()->body->list;
  CHECK(loop[0]->as<BranchStmt>()->label->name == "outer");
  CHECK(loop[1]->as<BranchStmt>()->tok == Tok::Continue);
  CHECK(s[3]->as<BranchStmt>()->tok == Tok::Goto);
  CHECK(s[4]->is<BlockStmt>());
  CHECK(s[5]->as<DeclStmt>()->decl->tok == DeclTok::Var);
  CHECK(s[6]->as<DeclStmt>()->decl->tok == DeclTok::Type);
  CHECK(s[7]->as<LabeledStmt>()->stmt->is<EmptyStmt>());
}

TEST_CASE("go and defer of a non-call are reported but do not stop the checker") {
  auto p = parseBody("\tgo x\n\tdefer (f())");
  REQUIRE(p->file);
  CHECK(p->body()[0]->as<GoStmt>()->call == nullptr);
  CHECK(p->body()[1]->as<DeferStmt>()->call->fun->as<Ident>()->name == "f");
  CHECK(p->errors() == "prog.go:4:5: expression in go must be function call\n"
                       "prog.go:5:8: expression in defer must not be parenthesized\n");
}

// ---------------------------------------------------------------- expressions

TEST_CASE("binary operators follow Go's precedence and record operator positions") {
  auto p = parseBody("\t_ = a || b && c == d + e * f");
  REQUIRE(p->file);
  auto* orExpr = rhs(p->body()[0])->as<BinaryExpr>();
  REQUIRE(orExpr);
  CHECK(orExpr->op == Tok::LOr);
  CHECK(at(orExpr->pos, 4, 6));
  CHECK(at(orExpr->opPos, 4, 8));
  auto* andExpr = orExpr->y->as<BinaryExpr>();
  CHECK(andExpr->op == Tok::LAnd);
  auto* eq = andExpr->y->as<BinaryExpr>();
  CHECK(eq->op == Tok::Eql);
  auto* add = eq->y->as<BinaryExpr>();
  CHECK(add->op == Tok::Add);
  CHECK(add->y->as<BinaryExpr>()->op == Tok::Mul);
  auto q = parseBody("\t_ = a - b - c");
  auto* sub = rhs(q->body()[0])->as<BinaryExpr>();
  CHECK(sub->x->as<BinaryExpr>()->op == Tok::Sub);  // left associative
}

TEST_CASE("unary operators, receive, address-of and dereference") {
  auto p = parseBody("\t_ = -x\n\t_ = !ok\n\t_ = ^m\n\t_ = <-ch\n\t_ = &v\n\t_ = *ptr\n\t_ = +1");
  REQUIRE(p->file);
  auto& s = p->body();
  CHECK(rhs(s[0])->as<UnaryExpr>()->op == Tok::Sub);
  CHECK(rhs(s[1])->as<UnaryExpr>()->op == Tok::Not);
  CHECK(rhs(s[2])->as<UnaryExpr>()->op == Tok::Xor);
  CHECK(rhs(s[3])->as<UnaryExpr>()->op == Tok::Arrow);
  CHECK(rhs(s[4])->as<UnaryExpr>()->op == Tok::And);
  CHECK(rhs(s[5])->is<StarExpr>());
  CHECK(rhs(s[6])->as<UnaryExpr>()->op == Tok::Add);
}

TEST_CASE("composite literals: keyed, elided inner types, [...] arrays, named types") {
  auto p = parseBody(
      "\t_ = map[string][]Point{\"a\": {{1, 2}, {X: 3}}}\n\t_ = [...]int{1, 2, 3}\n"
      "\t_ = pkg.T{A: 1}\n\t_ = &T{}\n\t_ = struct{ a int }{1}");
  REQUIRE(p->file);
  auto& s = p->body();
  auto* m = rhs(s[0])->as<CompositeLit>();
  REQUIRE(m);
  CHECK(m->typeExpr->is<MapType>());
  CHECK(at(m->rbrace, 4, 46));
  auto* kv = m->elts[0]->as<KeyValueExpr>();
  auto* inner = kv->value->as<CompositeLit>();
  REQUIRE(inner);
  CHECK(inner->typeExpr == nullptr);
  CHECK(at(inner->pos, 4, 30));
  CHECK(inner->elts[0]->as<CompositeLit>()->typeExpr == nullptr);
  CHECK(inner->elts[1]->as<CompositeLit>()->elts[0]->is<KeyValueExpr>());
  CHECK(rhs(s[1])->as<CompositeLit>()->typeExpr->as<ArrayType>()->len->is<Ellipsis>());
  CHECK(rhs(s[2])->as<CompositeLit>()->typeExpr->is<SelectorExpr>());
  CHECK(rhs(s[3])->as<UnaryExpr>()->x->is<CompositeLit>());
  CHECK(rhs(s[4])->as<CompositeLit>()->typeExpr->is<StructType>());
}

TEST_CASE("function literals and calls with spread arguments") {
  auto p = parseBody("\tf := func(a int) int { return a }\n\tg(xs...)\n\th(1, 2,\n\t)");
  REQUIRE(p->file);
  auto& s = p->body();
  auto* lit = rhs(s[0])->as<FuncLit>();
  REQUIRE(lit);
  CHECK(at(lit->pos, 4, 7));
  CHECK(lit->body->list.size() == 1);
  auto* call = exprOf(s[1])->as<CallExpr>();
  CHECK(call->hasEllipsis);
  CHECK(at(call->lparen, 5, 3));
  CHECK(at(call->rparen, 5, 9));
  CHECK(exprOf(s[2])->as<CallExpr>()->args.size() == 2);
}

TEST_CASE("conversions of type literals and parenthesized types") {
  auto p = parseBody("\t_ = []byte(s)\n\t_ = (*T)(p)\n\t_ = map[string]int(m)\n\t_ = func()(f)\n\t_ = []rune(s)[0]\n\t_ = make([]int, 3)");
  REQUIRE(p->file);
  auto& s = p->body();
  CHECK(rhs(s[0])->as<CallExpr>()->fun->is<ArrayType>());
  CHECK(rhs(s[1])->as<CallExpr>()->fun->as<ParenExpr>()->x->is<StarExpr>());
  CHECK(rhs(s[2])->as<CallExpr>()->fun->is<MapType>());
  CHECK(rhs(s[3])->as<CallExpr>()->fun->is<FuncType>());
  CHECK(rhs(s[4])->as<IndexExpr>()->x->is<CallExpr>());
  CHECK(rhs(s[5])->as<CallExpr>()->args[0]->is<ArrayType>());
}

TEST_CASE("selectors, index, 2- and 3-index slices, type assertions") {
  auto p = parseBody("\t_ = a.b.c\n\t_ = a[i]\n\t_ = a[1:]\n\t_ = a[:2]\n\t_ = a[1:2:3]\n\t_ = x.(T)\n\t_ = x.(*pkg.T)");
  REQUIRE(p->file);
  auto& s = p->body();
  auto* sel = rhs(s[0])->as<SelectorExpr>();
  CHECK(sel->sel->name == "c");
  CHECK(sel->x->as<SelectorExpr>()->sel->name == "b");
  auto* idx = rhs(s[1])->as<IndexExpr>();
  CHECK(at(idx->rbrack, 5, 9));
  auto* lo = rhs(s[2])->as<SliceExpr>();
  CHECK((lo->lo && !lo->hi && !lo->slice3));
  auto* hi = rhs(s[3])->as<SliceExpr>();
  CHECK((!hi->lo && hi->hi));
  auto* three = rhs(s[4])->as<SliceExpr>();
  CHECK((three->slice3 && three->max));
  CHECK(rhs(s[5])->as<TypeAssertExpr>()->typeExpr->as<Ident>()->name == "T");
  CHECK(rhs(s[6])->as<TypeAssertExpr>()->typeExpr->as<StarExpr>()->x->is<SelectorExpr>());
}

TEST_CASE("channel types and directions") {
  auto p = parse(
      "package p\n\nvar a chan int\nvar b chan<- int\nvar c <-chan int\nvar d chan (<-chan int)\n"
      "var e chan<- chan int\nvar f = make(<-chan int)\nvar g = (<-chan int)(nil)\n");
  REQUIRE(p->file);
  auto type = [&](int i) { return static_cast<ValueSpec*>(p->file->decls[i]->as<GenDecl>()->specs[0])->typeExpr; };
  auto value = [&](int i) { return static_cast<ValueSpec*>(p->file->decls[i]->as<GenDecl>()->specs[0])->values[0]; };
  CHECK(type(0)->as<ChanType>()->dir == ChanDir::Both);
  CHECK(type(1)->as<ChanType>()->dir == ChanDir::Send);
  CHECK(type(2)->as<ChanType>()->dir == ChanDir::Recv);
  CHECK(type(3)->as<ChanType>()->value->as<ParenExpr>()->x->as<ChanType>()->dir == ChanDir::Recv);
  auto* e = type(4)->as<ChanType>();
  CHECK(e->dir == ChanDir::Send);  // chan<- (chan int), as gc reads it
  CHECK(e->value->as<ChanType>()->dir == ChanDir::Both);
  CHECK(value(5)->as<CallExpr>()->args[0]->as<ChanType>()->dir == ChanDir::Recv);
  CHECK(value(6)->as<CallExpr>()->fun->as<ParenExpr>()->x->as<ChanType>()->dir == ChanDir::Recv);
}

TEST_CASE("basic literal kinds keep their text") {
  auto p = parseBody("\t_ = 1_000\n\t_ = 0x1p-2\n\t_ = 2.5i\n\t_ = 'x'\n\t_ = `raw`\n\t_ = 1e3\n\t_ = 0x1E");
  REQUIRE(p->file);
  auto lit = [&](int i) { return rhs(p->body()[i])->as<BasicLit>(); };
  CHECK(lit(0)->litKind == LitKind::Int);
  CHECK(lit(0)->text == "1_000");
  CHECK(lit(1)->litKind == LitKind::Float);
  CHECK(lit(2)->litKind == LitKind::Imag);
  CHECK(lit(3)->litKind == LitKind::Char);
  CHECK(lit(4)->litKind == LitKind::String);
  CHECK(lit(5)->litKind == LitKind::Float);
  CHECK(lit(6)->litKind == LitKind::Int);
}

TEST_CASE("a composite literal of a named type is not allowed in a header, but parenthesized it is") {
  CHECK(parseBody("\tif x == (T{}) {\n\t}")->file);
  CHECK(parseBody("\tfor _, v := range []T{{}} {\n\t}")->file);
  CHECK(parseBody("\tswitch f(T{}) {\n\t}")->file);
  CHECK(parseBody("\tif ok := v == T{}; ok {\n\t}")->file == nullptr);
}

TEST_CASE("positions are byte columns, tabs count one") {
  auto p = parseBody("\t\"\xc3\xa9\xc3\xa9\"; x := 1");
  REQUIRE(p->file);
  CHECK(at(p->body()[1]->pos, 4, 10));
}

// ---------------------------------------------------------------- syntax errors

// Each expected message is what gc (go 1.19) printed first for the same source.
TEST_CASE("syntax errors are reported as gc reports them") {
  struct Case {
    const char* name;
    const char* source;
    const char* gc;
  };
  const Case cases[] = {
    {"complit_if", "package main\n\ntype T struct{}\n\nfunc main() {\n\tvar x T\n\tif x == T{} {\n\t}\n}\n",
     "prog.go:7:14: syntax error: unexpected { at end of statement"},
    {"else_nl", "package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
     "prog.go:6:2: syntax error: unexpected else, expecting }"},
    {"empty", "",
     "prog.go:1:1: syntax error: package statement must be first"},
    {"eof_in_expr", "package main\n\nfunc main() {\n\tx := 1 +",
     "prog.go:4:10: syntax error: unexpected EOF, expecting expression"},
    {"func_nl", "package main\n\nfunc main()\n{\n}\n",
     "prog.go:4:1: syntax error: unexpected semicolon or newline before {"},
    {"if_nl", "package main\n\nfunc main() {\n\tif true\n\t{\n\t}\n}\n",
     "prog.go:4:9: syntax error: unexpected newline, expecting { after if clause"},
    {"missing_brace", "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n",
     "prog.go:6:1: syntax error: unexpected EOF, expecting }"},
    {"missing_comma", "package main\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n}\n",
     "prog.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
    {"missing_paren", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
     "prog.go:6:17: syntax error: unexpected newline in argument list; possibly missing comma or )"},
    {"nopkg", "func main() {}\n",
     "prog.go:1:1: syntax error: package statement must be first"},
    {"stmt_outside", "package main\n\nx := 1\n\nfunc main() {}\n",
     "prog.go:3:1: syntax error: non-declaration statement outside function body"},
    {"stmt_outside2", "package main\n\nfmt.Println(1)\n\nfunc main() {}\n",
     "prog.go:3:1: syntax error: non-declaration statement outside function body"},
    {"stray_brace", "package main\n\nfunc main() {\n}\n}\n",
     "prog.go:5:1: syntax error: non-declaration statement outside function body"},
    {"two_stmts", "package main\n\nfunc main() {\n\tx := 1 y := 2\n}\n",
     "prog.go:4:9: syntax error: unexpected y at end of statement"},
    {"var_kw", "package main\n\nfunc main() {\n\tvar := 3\n}\n",
     "prog.go:4:6: syntax error: unexpected :=, expecting name"},
    {"call_missing", "package main\n\nfunc main() {\n\tf(1, 2\n}\n",
     "prog.go:4:8: syntax error: unexpected newline in argument list; possibly missing comma or )"},
    {"case_outside", "package main\n\nfunc main() {\n\tcase 1:\n}\n",
     "prog.go:4:2: syntax error: unexpected case, expecting }"},
    {"else_bad", "package main\n\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
     "prog.go:5:9: syntax error: else must be followed by if or statement block"},
    {"for_assign", "package main\n\nfunc main() {\n\tfor x := 0 {\n\t}\n}\n",
     "prog.go:4:8: syntax error: cannot use x := 0 as value"},
    {"for_nocond", "package main\n\nfunc main() {\n\tfor i := 0; i < 3 {\n\t}\n}\n",
     "prog.go:4:20: syntax error: unexpected {, expecting semicolon or newline"},
    {"for_post_def", "package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
     "prog.go:4:23: syntax error: cannot declare in post statement of for loop"},
    {"idx_empty", "package main\n\nfunc main() {\n\t_ = s[]\n}\n",
     "prog.go:4:8: syntax error: unexpected ], expecting operand"},
    {"if_assign", "package main\n\nfunc main() {\n\tif x := 0 {\n\t}\n}\n",
     "prog.go:4:7: syntax error: cannot use x := 0 as value"},
    {"if_nocond", "package main\n\nfunc main() {\n\tif {\n\t}\n}\n",
     "prog.go:4:5: syntax error: missing condition in if statement"},
    {"if_semi_nocond", "package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
     "prog.go:4:11: syntax error: missing condition in if statement"},
    {"incdec_multi", "package main\n\nfunc main() {\n\ta, b++\n}\n",
     "prog.go:4:6: syntax error: unexpected ++, expecting := or = or comma"},
    {"missing_rparen_if", "package main\n\nfunc main() {\n\tif (x {\n\t}\n}\n",
     "prog.go:5:3: syntax error: unexpected newline, expecting )"},
    {"mixed_params", "package main\n\nfunc main() {\n\tvar f func(a int, b)\n}\n",
     "prog.go:4:20: syntax error: mixed named and unnamed parameters"},
    {"multi_nolhs", "package main\n\nfunc main() {\n\ta, b\n}\n",
     "prog.go:4:6: syntax error: unexpected newline, expecting := or = or comma"},
    {"multi_opassign", "package main\n\nfunc main() {\n\ta, b += 1, 2\n}\n",
     "prog.go:4:7: syntax error: unexpected +=, expecting := or = or comma"},
    {"paren_unclosed", "package main\n\nfunc main() {\n\tx := (1 + 2\n\t_ = x\n}\n",
     "prog.go:4:13: syntax error: unexpected newline, expecting )"},
    {"range_outside", "package main\n\nfunc main() {\n\tx := range y\n}\n",
     "prog.go:4:7: syntax error: unexpected range, expecting expression"},
    {"stray_rbrace_expr", "package main\n\nfunc main() {\n\tx := )\n}\n",
     "prog.go:4:7: syntax error: unexpected ), expecting expression"},
    {"switch_else", "package main\n\nfunc main() {\n\tswitch x {\n\tcase 1:\n\telse\n\t}\n}\n",
     "prog.go:6:2: syntax error: unexpected else, expecting case or default or }"},
    {"var_in_for", "package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
     "prog.go:4:10: syntax error: var declaration not allowed in for initializer"},
    {"complit_err", "package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1 \"b\": 2}\n}\n",
     "prog.go:4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }"},
    {"complit_named", "package main\n\nfunc main() {\ntype T struct{ a, b int }\n\tx := T{a: 1 b: 2}\n}\n",
     "prog.go:5:14: syntax error: unexpected b in composite literal; possibly missing comma or }"},
    {"funclit_err", "package main\n\nfunc main() {\n\tgo func() {\n\t\tx := 1 y\n\t}()\n}\n",
     "prog.go:5:10: syntax error: unexpected y at end of statement"},
    {"funclit_err2", "package main\n\nfunc main() {\n\tf := func() {\n\t\tfmt.Println(\"a\"\n\t}\n\t_ = f\n}\n",
     "prog.go:5:18: syntax error: unexpected newline in argument list; possibly missing comma or )"},
    {"nested_call", "package main\n\nfunc main() {\n\tf(g(1, 2)\n}\n",
     "prog.go:4:11: syntax error: unexpected newline in argument list; possibly missing comma or )"},
    {"struct_err", "package main\n\nfunc main() {\nvar x struct {\n\ta int,\n\tb int\n}\n}\n",
     "prog.go:5:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"},
    {"import_after", "package main\n\nimport \"fmt\"\n\nvar x = 1\n\nimport \"os\"\n\nfunc main() {}\n",
     "prog.go:7:1: syntax error: non-declaration statement outside function body"},
    {"forinc", "package main\n\nfunc main() {\n\tfor i++ {\n\t}\n}\n",
     "prog.go:4:7: syntax error: cannot use i++ as value"},
    {"ifexpr", "package main\n\nfunc main() {\n\ta, b := 1, 2\n\tif x := a + -b*2 {\n\t}\n}\n",
     "prog.go:5:7: syntax error: cannot use x := a + -b * 2 as value"},
    {"ifsend", "package main\n\nfunc main() {\n\tif ch <- 1 {\n\t}\n}\n",
     "prog.go:4:8: syntax error: cannot use ch <- 1 as value"},
    {"swassign", "package main\n\nfunc main() {\n\tswitch x = f(1, 2) {\n\t}\n}\n",
     "prog.go:4:11: syntax error: cannot use assignment (x) = (f(1, 2)) as value"},
    {"after_decl", "package main\n\nfunc main() {} x\n",
     "prog.go:3:16: syntax error: unexpected x after top level declaration"},
    {"case_nocolon", "package main\n\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
     "prog.go:5:8: syntax error: unexpected newline, expecting :"},
    {"complit_nl", "package main\n\nfunc main() {\n\tx := []int{1, 2\n\t_ = x\n}\n",
     "prog.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
    {"const_group_extra", "package main\n\nconst (\n\ta = 1 b\n)\n",
     "prog.go:4:8: syntax error: unexpected b in grouped declaration; possibly missing semicolon or newline or )"},
    {"go_funclit", "package main\n\nfunc main() {\n\tgo func() {\n\t\tfmt.Println(\"x\"\n\t}()\n}\n",
     "prog.go:5:18: syntax error: unexpected newline in argument list; possibly missing comma or )"},
    {"import_group_extra", "package main\n\nimport (\"fmt\" x)\n\nfunc main() {}\n",
     "prog.go:3:15: syntax error: unexpected x in grouped declaration; possibly missing semicolon or newline or )"},
    {"import_noname", "package main\n\nimport x\n",
     "prog.go:3:9: syntax error: missing import path"},
    {"import_unclosed", "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\nfunc main() {}\n",
     "prog.go:7:1: syntax error: missing import path"},
    {"index_bad", "package main\n\nfunc main() {\n\ts := []int{1}\n\t_ = s[1 2]\n}\n",
     "prog.go:5:10: syntax error: unexpected literal 2, expecting comma, : or ]"},
    {"params_missing_comma", "package main\n\nfunc f(a int b int) {}\n",
     "prog.go:3:14: syntax error: unexpected b in parameter list; possibly missing comma or )"},
    {"pkg_extra", "package main foo\n\nfunc main() {}\n",
     "prog.go:1:14: syntax error: unexpected foo, expecting semicolon or newline"},
    {"slice_bad", "package main\n\nfunc main() {\n\ts := []int{1}\n\t_ = s[1:2 3]\n}\n",
     "prog.go:5:12: syntax error: unexpected literal 3, expecting ]"},
    {"struct_comma", "package main\n\ntype T struct {\n\ta int\n\tb int,\n}\n",
     "prog.go:5:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"},
    {"var_extra", "package main\n\nvar x = 1 y\n\nfunc main() {}\n",
     "prog.go:3:11: syntax error: unexpected y after top level declaration"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    auto p = parse(c.source);
    CHECK(p->file == nullptr);
    CHECK(p->firstError() == c.gc);
  }
}

// ---------------------------------------------------------------- hostile input

TEST_CASE("random bytes never crash the parser") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 50; ++round) {
    std::string junk;
    size_t length = rng() % 4000;
    for (size_t i = 0; i < length; ++i) junk += static_cast<char>(rng() & 0xFF);
    auto p = parse(junk);
    CHECK(p->file == nullptr);
    CHECK(p->diags->any());
    auto q = parse("package main\nfunc main() {\n" + junk + "\n}\n");
    CHECK(q->diags->any());
  }
}

TEST_CASE("encoding errors inside a literal are reported in gc's order, repeats dropped") {
  // Bytes (i * 167 + 13) % 256 for i < 300, without '"', '\\' and newline, in a string.
  std::string junk;
  for (int i = 0; i < 300; ++i) {
    char c = static_cast<char>((i * 167 + 13) % 256);
    if (c != '"' && c != '\\' && c != '\n') junk += c;
  }
  auto p = parse("package main\n\nvar s = \"" + junk + "\"\n");
  CHECK(p->file == nullptr);
  CHECK(p->errors() ==
        "prog.go:3:11: invalid UTF-8 encoding\n"
        "prog.go:3:221: invalid NUL character\n"
        "prog.go:3:222: invalid UTF-8 encoding\n");
}

TEST_CASE("random token soup never crashes the parser") {
  const char* words[] = {"func", "(", ")", "{", "}", "[", "]", "x", "1", "\"s\"", ",", ";", "\n",
                         ":=", "=", "+", "*", "<-", "chan", "map", "struct", "if", "for", "range",
                         "switch", "case", ":", "default", ".", "...", "go", "defer", "return", "type"};
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string src = "package p\nfunc f() {\n";
    for (int i = 0; i < 60; ++i) src += std::string(words[rng() % std::size(words)]) + " ";
    auto p = parse(src);
    CHECK((p->file != nullptr || p->diags->any()));
  }
}

// Under ThreadSanitizer this single-threaded parse takes minutes (every one of ANTLR's
// ~100,000 nested calls is instrumented); TSan is there for the runtime, so skip it.
#ifdef GORO_TSAN
constexpr bool kUnderThreadSanitizer = true;
#else
constexpr bool kUnderThreadSanitizer = false;
#endif

TEST_CASE("10,000 nested parentheses parse on the frontend's stack, as gc accepts them" *
          doctest::skip(kUnderThreadSanitizer)) {
  std::string src = "package main\n\nfunc main() {\n\tx := " + std::string(10000, '(') + "1" +
                    std::string(10000, ')') + "\n\t_ = x\n}\n";
  bool parsed = false;
  onBigStack([&] { parsed = parse(src)->file != nullptr; });
  CHECK(parsed);
}

TEST_CASE("a 10,000-line file parses") {
  std::string src = "package main\n\n";
  for (int i = 0; src.size() < 150000; ++i)
    src += "func f" + std::to_string(i) + "(a, b int) int {\n\tfor i := range a {\n\t\tb += i * 2\n\t}\n"
           "\tif m := map[string]int{\"k\": a}; m[\"k\"] > b {\n\t\treturn a\n\t}\n\treturn b\n}\n\n";
  auto start = std::chrono::steady_clock::now();
  auto p = parse(src);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  CHECK(p->file != nullptr);
  MESSAGE("10,000-line parse: " << ms << " ms");
}

TEST_CASE("trace paths are absolute and lexically cleaned, as gc records them") {
  FileSet files;
  CHECK(files.file(files.add("/a//b/./c/../x.go", "")).tracePath == "/a/b/x.go");
  CHECK(files.file(files.add("/../x.go", "")).tracePath == "/x.go");
  CHECK(files.file(files.add("$GOROOT/src/fmt/fmt.go", "")).tracePath == "$GOROOT/src/fmt/fmt.go");
  const SourceFile& relative = files.file(files.add("./d/../y.go", ""));
  CHECK(relative.path == "./d/../y.go");
  CHECK(relative.tracePath.starts_with("/"));
  CHECK(relative.tracePath.ends_with("/y.go"));
  CHECK(relative.tracePath.find("..") == std::string::npos);
}

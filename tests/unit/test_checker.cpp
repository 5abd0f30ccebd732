// Unit tests for the type checker: the annotations the compiler relies on, and gc's
// wording of common mistakes (expected messages come from `go build`, Go 1.19, except
// where noted as current gc's wording).
#include <doctest/doctest.h>


#include "frontend/check.h"
#include "frontend/driver.h"
#include "frontend/parser.h"
#include "vm/native.h"
#include "vm/type.h"

using namespace goro;

namespace {

// Checks a program under test as package main, importing stdlib packages as the driver
// does.
class TestBuild {
 public:
  // Parses and checks `source` as package main; returns the diagnostics as gc prints them.
  std::string check(const std::string& source) {
    Diagnostics& diags = stdlib.diags();
    uint32_t index = build.files.add("x.go", source);
    File* file = parseFile(build.arena, build.files, index, diags);
    if (!file) return diags.format();
    main.path = "main";
    main.name = file->packageName->name;
    main.files.push_back(file);
    checkPackage(main, stdlib, diags);
    return diags.format();
  }

  FuncDecl* func(const std::string& name) {
    for (Decl* d : main.files[0]->decls)
      if (auto* fd = d->as<FuncDecl>(); fd && fd->name->name == name) return fd;
    return nullptr;
  }

  Build build;
  StdlibLoader stdlib{build};
  Package main;
};

// The statements of function `name`.
std::vector<Stmt*>& body(TestBuild& b, const std::string& name) { return b.func(name)->body->list; }

std::string errorsOf(const std::string& source) {
  TestBuild b;
  return b.check(source);
}

}  // namespace

TEST_CASE("untyped constants take the type of their context") {
  TestBuild b;
  REQUIRE(b.check("package main\nconst x = 2\nfunc main() {\n\tvar f float64 = x + 1\n\t_ = f\n}\n") == "");
  auto* decl = body(b, "main")[0]->as<DeclStmt>();
  auto* spec = decl->decl->specs[0]->as<ValueSpec>();
  auto* sum = spec->values[0]->as<BinaryExpr>();
  REQUIRE(sum);
  CHECK(sum->mode == Mode::Constant);
  CHECK(sum->type->toString() == "float64");
  CHECK(sum->y->type->toString() == "float64");
  CHECK(sum->value.float64Val() == 3.0);
  CHECK(sum->x->as<Ident>()->obj->type->toString() == "untyped int");
}

TEST_CASE("untyped constants without context get their default type") {
  TestBuild b;
  REQUIRE(b.check("package main\nfunc main() {\n\tx := 1 << 3\n\ty := 'a'\n\tz := 2.5\n\tprintln(x, y, z, 7)\n}\n") == "");
  auto& stmts = body(b, "main");
  CHECK(stmts[0]->as<AssignStmt>()->rhs[0]->type->toString() == "int");
  CHECK(stmts[1]->as<AssignStmt>()->rhs[0]->type->toString() == "int32");
  CHECK(stmts[2]->as<AssignStmt>()->rhs[0]->type->toString() == "float64");
  auto* call = stmts[3]->as<ExprStmt>()->x->as<CallExpr>();
  CHECK(call->callKind == CallKind::Builtin);
  CHECK(call->builtin == BuiltinId::Println);
  CHECK(call->args[3]->type->toString() == "int");
}

TEST_CASE("captured and address-taken variables are flagged") {
  TestBuild b;
  REQUIRE(b.check("package main\n"
                  "type T struct{ n int }\n"
                  "func (t *T) Inc() { t.n++ }\n"
                  "func main() {\n"
                  "\ta, c, d := 1, 2, T{}\n"
                  "\tp := &a\n"
                  "\tf := func() int { return c }\n"
                  "\td.Inc()\n"
                  "\tvar arr [3]int\n"
                  "\ts := arr[:]\n"
                  "\t_, _, _ = p, f, s\n"
                  "}\n") == "");
  auto& stmts = body(b, "main");
  auto* def = stmts[0]->as<AssignStmt>();
  Object* a = def->lhs[0]->as<Ident>()->obj;
  Object* c = def->lhs[1]->as<Ident>()->obj;
  Object* d = def->lhs[2]->as<Ident>()->obj;
  CHECK(a->addrTaken);
  CHECK_FALSE(a->captured);
  CHECK(c->captured);
  CHECK_FALSE(c->addrTaken);
  CHECK(d->addrTaken);
  Object* arr = stmts[4]->as<DeclStmt>()->decl->specs[0]->as<ValueSpec>()->names[0]->obj;
  CHECK(arr->addrTaken);
}

TEST_CASE("selectors record field paths through embedded structs and methods") {
  TestBuild b;
  REQUIRE(b.check("package main\n"
                  "type Inner struct{ a, b int }\n"
                  "func (i Inner) Sum() int { return i.a + i.b }\n"
                  "type Outer struct {\n\tname string\n\t*Inner\n}\n"
                  "func main() {\n"
                  "\to := Outer{Inner: &Inner{1, 2}}\n"
                  "\tx := o.b\n"
                  "\ty := o.Sum()\n"
                  "\tf := Inner.Sum\n"
                  "\t_, _, _ = x, y, f\n"
                  "}\n") == "");
  auto& stmts = body(b, "main");
  auto* field = stmts[1]->as<AssignStmt>()->rhs[0]->as<SelectorExpr>();
  CHECK(field->selKind == SelKind::Field);
  CHECK(field->path == std::vector<int>{1, 1});
  CHECK(field->indirect);
  CHECK(field->mode == Mode::Variable);
  auto* call = stmts[2]->as<AssignStmt>()->rhs[0]->as<CallExpr>();
  auto* method = call->fun->as<SelectorExpr>();
  CHECK(method->selKind == SelKind::Method);
  CHECK(method->path == std::vector<int>{1});
  CHECK(method->obj->isMethod);
  CHECK(method->obj->name == "Sum");
  auto* expr = stmts[3]->as<AssignStmt>()->rhs[0]->as<SelectorExpr>();
  CHECK(expr->selKind == SelKind::MethodExpr);
  CHECK(expr->type->toString() == "func(main.Inner) int");
}

TEST_CASE("package variables are initialized in dependency order") {
  TestBuild b;
  REQUIRE(b.check("package main\n"
                  "var a = c + b\n"
                  "var b = f()\n"
                  "var c = 1\n"
                  "var d = 3\n"
                  "func f() int { return d }\n"
                  "func init() {}\n"
                  "func main() {}\n") == "");
  std::vector<std::string> order;
  for (ValueSpec* spec : b.main.varInitOrder) order.push_back(spec->names[0]->name);
  // As `go run` prints for the same program: c, d, b, a.
  CHECK(order == std::vector<std::string>{"c", "d", "b", "a"});
  CHECK(b.main.inits.size() == 1);
}

TEST_CASE("type switches get one implicit variable per clause") {
  TestBuild b;
  REQUIRE(b.check("package main\n"
                  "func main() {\n"
                  "\tvar x interface{} = 1\n"
                  "\tswitch v := x.(type) {\n"
                  "\tcase int:\n\t\tprintln(v + 1)\n"
                  "\tcase string, bool:\n\t\tprintln(v)\n"
                  "\t}\n"
                  "}\n") == "");
  auto* ts = body(b, "main")[1]->as<TypeSwitchStmt>();
  auto* first = ts->body->list[0]->as<CaseClause>();
  auto* second = ts->body->list[1]->as<CaseClause>();
  REQUIRE(first->implicit);
  REQUIRE(second->implicit);
  CHECK(first->implicit->type->toString() == "int");
  CHECK(second->implicit->type->toString() == "interface {}");
}

TEST_CASE("branch targets and labels") {
  TestBuild b;
  REQUIRE(b.check("package main\n"
                  "func main() {\n"
                  "outer:\n"
                  "\tfor i := 0; i < 3; i++ {\n"
                  "\t\tfor {\n\t\t\tbreak outer\n\t\t}\n"
                  "\t}\n"
                  "}\n") == "");
  auto* labeled = body(b, "main")[0]->as<LabeledStmt>();
  auto* loop = labeled->stmt->as<ForStmt>();
  auto* inner = loop->body->list[0]->as<ForStmt>();
  auto* brk = inner->body->list[0]->as<BranchStmt>();
  CHECK(brk->target == loop);
}

TEST_CASE("stdlib imports resolve, natives are marked") {
  TestBuild b;
  REQUIRE(b.check("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hi\", 1)\n}\n") == "");
  auto* call = body(b, "main")[0]->as<ExprStmt>()->x->as<CallExpr>();
  auto* sel = call->fun->as<SelectorExpr>();
  CHECK(sel->selKind == SelKind::Qualified);
  CHECK(sel->obj->isNative);
  CHECK(call->args[1]->type->toString() == "int");
}

TEST_CASE("gc's messages for common mistakes") {
  // Current gc's wording, deliberately (Go 1.19: "x declared but not used").
  CHECK(errorsOf("package main\nfunc main() {\n\tx := 1\n}\n") == "x.go:3:2: declared and not used: x\n");
  // Current gc's wording (Go 1.19: `imported and not used: "os"`).
  CHECK(errorsOf("package main\nimport \"os\"\nfunc main() {}\n") == "x.go:2:8: \"os\" imported and not used\n");
  CHECK(errorsOf("package main\nfunc main() {\n\tprintln(y)\n}\n") == "x.go:3:10: undefined: y\n");
  CHECK(errorsOf("package main\nfunc main() {\n\tvar b byte = 300\n\t_ = b\n}\n") ==
        "x.go:3:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)\n");
  CHECK(errorsOf("package main\nfunc f(a int, b string) {}\nfunc main() {\n\tf(1)\n}\n") ==
        "x.go:4:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)\n");
  CHECK(errorsOf("package main\nfunc f() (int, string) {\n\treturn 1\n}\nfunc main() {}\n") ==
        "x.go:3:9: not enough return values\n\thave (number)\n\twant (int, string)\n");
  CHECK(errorsOf("package main\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\nfunc main() {}\n") ==
        "x.go:6:1: missing return\n");
  CHECK(errorsOf("package main\nfunc main() {\n\tx := 1\n\tif x {\n\t}\n}\n") ==
        "x.go:4:5: non-boolean condition in if statement\n");
  CHECK(errorsOf("package main\nfunc main() {\n\tx := 1\n\tx()\n}\n") ==
        "x.go:4:2: invalid operation: cannot call non-function x (variable of type int)\n");
  CHECK(errorsOf("package main\nfunc main() {\n\ta, b := 1\n\t_, _ = a, b\n}\n") ==
        "x.go:3:10: assignment mismatch: 2 variables but 1 value\n");
  CHECK(errorsOf("package main\nfunc main() {\n\tbreak\n}\n") ==
        "x.go:3:2: break is not in a loop, switch, or select\n");
  CHECK(errorsOf("package main\nfunc main() {\n\t_ = 1 + \"a\"\n}\n") ==
        "x.go:3:6: invalid operation: 1 + \"a\" (mismatched types untyped int and untyped string)\n");
  CHECK(errorsOf("package main\ntype T struct{}\nfunc main() {\n\tvar t T\n\tt.f = 1\n}\n") ==
        "x.go:5:4: t.f undefined (type T has no field or method f)\n");
  CHECK(errorsOf("package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n") ==
        "x.go:5:12: cannot use T{} (value of type T) as I value in variable declaration:\n"
        "\tT does not implement I (missing M method)\n");
  CHECK(errorsOf("package main\nfunc main() {\n\tvar x int\n\tvar x string\n}\n") ==
        "x.go:3:6: declared and not used: x\nx.go:4:6: x redeclared in this block\n\t./x.go:3:6: other declaration of x\n");
  CHECK(errorsOf("package main\nfunc main() {\n\tgoto L\nL:\n}\n").find("goro: goto is not supported") !=
        std::string::npos);
}

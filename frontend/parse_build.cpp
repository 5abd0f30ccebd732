// Builds the AST (frontend/ast.h) from ANTLR's parse tree, finishing what the grammar
// leaves open on purpose (grouping of parameter names, if/for/switch headers, type
// switches, index versus slice) and reporting the errors gc's parser reports there.
#include "frontend/parse_internal.h"

namespace goro::parse {

using G = GoParser;

class Builder {
 public:
  Builder(Arena& arena, const SourceText& source, antlr4::BufferedTokenStream& tokens,
          ErrorList& errors)
      : arena_(arena), src_(source), tokens_(tokens), errors_(errors) {}

  bool syntaxErrors = false;

  File* file = nullptr;

  void packageClause(G::PackageClauseContext* ctx, const std::string& path) {
    file = arena_.make<File>(pos(ctx->PACKAGE()));
    file->path = path;
    file->packageName = ident(ctx->IDENTIFIER());
  }

  void topLevelDecl(G::TopLevelDeclContext* ctx) {
    if (auto* imp = ctx->importDecl()) {
      // gc 1.19's wording for an import after other declarations.
      if (seenOtherDecl_) syntaxError(pos(imp->IMPORT()), "non-declaration statement outside function body");
      GenDecl* g = importDecl(imp);
      for (Spec* s : g->specs) file->imports.push_back(static_cast<ImportSpec*>(s));
      file->decls.push_back(g);
      return;
    }
    seenOtherDecl_ = true;
    if (auto* decl = ctx->declaration()) file->decls.push_back(declaration(decl));
    else file->decls.push_back(funcDecl(ctx->functionDecl()));
  }

 private:
  bool seenOtherDecl_ = false;
  Arena& arena_;
  const SourceText& src_;
  antlr4::BufferedTokenStream& tokens_;
  ErrorList& errors_;

  // ------------------------------------------------------------ helpers

  Pos pos(antlr4::Token* t) const { return src_.posOf(t); }
  Pos pos(antlr4::tree::TerminalNode* n) const { return src_.posOf(n->getSymbol()); }
  Pos pos(antlr4::ParserRuleContext* c) const { return src_.posOf(c->getStart()); }

  void syntaxError(Pos p, const std::string& msg) {
    errors_.error(p, "syntax error: " + msg);
    syntaxErrors = true;
  }
  void error(Pos p, const std::string& msg) { errors_.error(p, msg); }

  // Structural access to parse tree children. The generated accessors scan all children
  // with dynamic_cast on every call; the hot paths below know the shape of each
  // alternative and index children directly.
  template <class T> static T* child(antlr4::ParserRuleContext* ctx, size_t i) {
    return static_cast<T*>(ctx->children[i]);
  }
  static size_t ruleOf(antlr4::tree::ParseTree* rule) {
    return static_cast<antlr4::RuleContext*>(rule)->getRuleIndex();
  }
  static antlr4::Token* tokenOf(antlr4::tree::ParseTree* terminal) {
    return static_cast<antlr4::tree::TerminalNode*>(terminal)->getSymbol();
  }

  Ident* ident(antlr4::Token* t) {
    auto* id = arena_.make<Ident>(pos(t));
    id->name = t->getText();
    return id;
  }

  Ident* ident(antlr4::tree::TerminalNode* n) {
    auto* id = arena_.make<Ident>(pos(n));
    id->name = n->getText();
    return id;
  }

  std::vector<Ident*> identList(G::IdentifierListContext* ctx) {
    std::vector<Ident*> out;
    for (auto* n : ctx->IDENTIFIER()) out.push_back(ident(n));
    return out;
  }

  // ------------------------------------------------------------ declarations

  template <class SpecCtx, class F>
  GenDecl* group(DeclTok tok, antlr4::tree::TerminalNode* keyword, std::vector<SpecCtx*> specs, F build) {
    auto* g = arena_.make<GenDecl>(pos(keyword));
    g->tok = tok;
    int index = 0;
    for (auto* s : specs) g->specs.push_back(build(s, index++));
    return g;
  }

  GenDecl* importDecl(G::ImportDeclContext* ctx) {
    return group(DeclTok::Import, ctx->IMPORT(), ctx->importSpec(), [&](G::ImportSpecContext* s, int) {
      auto* spec = arena_.make<ImportSpec>(pos(s));
      if (s->IDENTIFIER()) spec->name = ident(s->IDENTIFIER());
      if (s->DOT()) {
        spec->name = arena_.make<Ident>(pos(s->DOT()));
        spec->name->name = ".";
      }
      antlr4::Token* pathTok = s->importPath()->getStart();
      spec->pathPos = pos(pathTok);
      spec->path = unquote(pathTok->getText());
      return static_cast<Spec*>(spec);
    });
  }

  GenDecl* declaration(G::DeclarationContext* ctx) {
    if (auto* c = ctx->constDecl()) {
      return group(DeclTok::Const, c->CONST(), c->constSpec(), [&](G::ConstSpecContext* s, int index) {
        auto* spec = arena_.make<ValueSpec>(pos(s));
        spec->names = identList(s->identifierList());
        if (s->type_()) spec->typeExpr = type(s->type_());
        if (s->expressionList()) spec->values = exprList(s->expressionList());
        spec->iota = index;
        return static_cast<Spec*>(spec);
      });
    }
    if (auto* t = ctx->typeDecl()) {
      return group(DeclTok::Type, t->TYPE(), t->typeSpec(), [&](G::TypeSpecContext* s, int) {
        auto* spec = arena_.make<TypeSpec>(pos(s));
        spec->name = ident(s->IDENTIFIER());
        spec->isAlias = s->ASSIGN() != nullptr;
        spec->typeExpr = type(s->type_());
        return static_cast<Spec*>(spec);
      });
    }
    auto* v = ctx->varDecl();
    return group(DeclTok::Var, v->VAR(), v->varSpec(), [&](G::VarSpecContext* s, int) {
      auto* spec = arena_.make<ValueSpec>(pos(s));
      spec->names = identList(s->identifierList());
      if (s->type_()) spec->typeExpr = type(s->type_());
      if (s->expressionList()) spec->values = exprList(s->expressionList());
      return static_cast<Spec*>(spec);
    });
  }

  FuncDecl* funcDecl(G::FunctionDeclContext* ctx) {
    auto* fd = arena_.make<FuncDecl>(pos(ctx->FUNC()));
    if (ctx->receiver) fd->recv = fieldList(ctx->receiver);
    fd->name = ident(ctx->IDENTIFIER());
    fd->sig = signature(ctx->signature(), pos(ctx->FUNC()));
    if (ctx->block()) fd->body = block(ctx->block());
    return fd;
  }

  // ------------------------------------------------------------ types and signatures

  FuncType* signature(G::SignatureContext* ctx, Pos funcPos) {
    auto* ft = arena_.make<FuncType>(funcPos);
    ft->params = fieldList(ctx->parameters());
    if (auto* r = ctx->result()) {
      if (r->parameters()) {
        ft->results = fieldList(r->parameters());
      } else {
        auto* list = arena_.make<FieldList>(pos(r));
        auto* field = arena_.make<Field>(pos(r));
        field->typeExpr = r->typeName() ? typeName(r->typeName()) : typeLit(r->typeLit());
        list->list.push_back(field);
        ft->results = list;
      }
    }
    return ft;
  }

  // gc's paramList: if any parameter is named, every bare name before a type shares that
  // type; otherwise all entries are types.
  FieldList* fieldList(G::ParametersContext* ctx) {
    auto* list = arena_.make<FieldList>(pos(ctx));
    struct Param {
      Ident* name;   // explicit name, or a bare name that may turn out to be a type
      Expr* type;    // null for a bare name
      Pos start;
    };
    std::vector<Param> params;
    bool anyNamed = false;
    for (auto* p : ctx->parameterDecl()) {
      Expr* t = type(p->type_());
      if (p->ELLIPSIS()) {
        auto* e = arena_.make<Ellipsis>(pos(p->ELLIPSIS()));
        e->elt = t;
        t = e;
      }
      if (p->IDENTIFIER()) {
        params.push_back({ident(p->IDENTIFIER()), t, pos(p)});
        anyNamed = true;
      } else if (auto* id = t->as<Ident>()) {
        params.push_back({id, nullptr, pos(p)});
      } else {
        params.push_back({nullptr, t, pos(p)});
      }
    }
    if (!anyNamed) {
      for (auto& p : params) {
        auto* field = arena_.make<Field>(p.start);
        field->typeExpr = p.type ? p.type : p.name;
        list->list.push_back(field);
      }
      return list;
    }
    // Right to left, as gc does, so the leftmost problem is the one reported.
    Pos errPos;
    Expr* current = nullptr;
    for (size_t i = params.size(); i-- > 0;) {
      Param& p = params[i];
      if (p.type) {
        current = p.type;
        if (!p.name) errPos = p.start;
      } else if (current) {
        p.type = current;
      } else {
        errPos = p.start;
      }
    }
    if (errPos.valid()) {
      syntaxError(errPos, "mixed named and unnamed parameters");
      return list;
    }
    Field* field = nullptr;
    for (size_t i = 0; i < params.size(); ++i) {
      if (!field) field = arena_.make<Field>(params[i].start);
      field->names.push_back(params[i].name);
      bool last = i + 1 == params.size() || params[i + 1].type != params[i].type;
      if (last) {
        field->typeExpr = params[i].type;
        list->list.push_back(field);
        field = nullptr;
      }
    }
    return list;
  }

  Expr* type(G::Type_Context* ctx) {
    if (ctx->typeName()) return typeName(ctx->typeName());
    if (ctx->typeLit()) return typeLit(ctx->typeLit());
    auto* paren = arena_.make<ParenExpr>(pos(ctx));
    paren->x = type(ctx->type_());
    return paren;
  }

  Expr* typeName(G::TypeNameContext* ctx) {
    auto ids = ctx->IDENTIFIER();
    Ident* first = ident(ids[0]);
    if (ids.size() == 1) return first;
    auto* sel = arena_.make<SelectorExpr>(first->pos);
    sel->x = first;
    sel->sel = ident(ids[1]);
    return sel;
  }

  Expr* typeLit(G::TypeLitContext* ctx) {
    if (auto* a = ctx->arrayType()) return arrayType(a);
    if (auto* s = ctx->sliceType()) return sliceType(s);
    if (auto* s = ctx->structType()) return structType(s);
    if (auto* p = ctx->pointerType()) {
      auto* star = arena_.make<StarExpr>(pos(p));
      star->x = type(p->type_());
      return star;
    }
    if (auto* f = ctx->functionType()) return signature(f->signature(), pos(f));
    if (auto* i = ctx->interfaceType()) return interfaceType(i);
    if (auto* m = ctx->mapType()) {
      auto* mt = arena_.make<MapType>(pos(m));
      mt->key = type(m->type_(0));
      mt->value = type(m->type_(1));
      return mt;
    }
    auto* c = ctx->channelType();
    auto* ct = arena_.make<ChanType>(pos(c));
    if (c->getStart()->getType() == GoLexer::RECEIVE) ct->dir = ChanDir::Recv;
    else if (c->RECEIVE()) ct->dir = ChanDir::Send;
    ct->value = type(c->type_());
    return ct;
  }

  ArrayType* arrayType(G::ArrayTypeContext* ctx) {
    auto* at = arena_.make<ArrayType>(pos(ctx));
    auto* len = ctx->arrayLength();
    if (len->ELLIPSIS()) at->len = arena_.make<Ellipsis>(pos(len->ELLIPSIS()));
    else at->len = expr(len->expression());
    at->elem = type(ctx->type_());
    return at;
  }

  ArrayType* sliceType(G::SliceTypeContext* ctx) {
    auto* at = arena_.make<ArrayType>(pos(ctx));
    at->elem = type(ctx->type_());
    return at;
  }

  StructType* structType(G::StructTypeContext* ctx) {
    auto* st = arena_.make<StructType>(pos(ctx));
    st->fields = arena_.make<FieldList>(pos(ctx->L_CURLY()));
    for (auto* f : ctx->fieldDecl()) {
      auto* field = arena_.make<Field>(pos(f));
      if (f->identifierList()) {
        field->names = identList(f->identifierList());
        field->typeExpr = type(f->type_());
      } else {
        auto* e = f->embeddedField();
        Expr* t = typeName(e->typeName());
        if (e->STAR()) {
          auto* star = arena_.make<StarExpr>(pos(e->STAR()));
          star->x = t;
          t = star;
        }
        field->typeExpr = t;
      }
      if (f->tag) field->tag = f->tag->getText();
      st->fields->list.push_back(field);
    }
    return st;
  }

  InterfaceType* interfaceType(G::InterfaceTypeContext* ctx) {
    auto* it = arena_.make<InterfaceType>(pos(ctx));
    it->methods = arena_.make<FieldList>(pos(ctx->L_CURLY()));
    for (auto* e : ctx->interfaceElem()) {
      auto* field = arena_.make<Field>(pos(e));
      if (e->signature()) {
        field->names.push_back(ident(e->IDENTIFIER()));
        field->typeExpr = signature(e->signature(), pos(e));
      } else {
        field->typeExpr = typeName(e->typeName());
      }
      it->methods->list.push_back(field);
    }
    return it;
  }

  // ------------------------------------------------------------ expressions

  std::vector<Expr*> exprList(G::ExpressionListContext* ctx) {
    std::vector<Expr*> out;
    for (auto* e : ctx->expression()) out.push_back(expr(e));
    return out;
  }

  static Tok binaryOp(size_t type) {
    switch (type) {
      case GoLexer::STAR: return Tok::Mul;
      case GoLexer::DIV: return Tok::Quo;
      case GoLexer::MOD: return Tok::Rem;
      case GoLexer::LSHIFT: return Tok::Shl;
      case GoLexer::RSHIFT: return Tok::Shr;
      case GoLexer::AMPERSAND: return Tok::And;
      case GoLexer::BIT_CLEAR: return Tok::AndNot;
      case GoLexer::PLUS: return Tok::Add;
      case GoLexer::MINUS: return Tok::Sub;
      case GoLexer::OR: return Tok::Or;
      case GoLexer::CARET: return Tok::Xor;
      case GoLexer::EQUALS: return Tok::Eql;
      case GoLexer::NOT_EQUALS: return Tok::Neq;
      case GoLexer::LESS: return Tok::Lss;
      case GoLexer::LESS_EQ: return Tok::Leq;
      case GoLexer::GREATER: return Tok::Gtr;
      case GoLexer::GREATER_EQ: return Tok::Geq;
      case GoLexer::LOGICAL_AND: return Tok::LAnd;
      case GoLexer::LOGICAL_OR: return Tok::LOr;
      default: return Tok::None;
    }
  }

  Expr* expr(G::ExpressionContext* ctx) {
    if (ctx->children.size() == 1) return unary(child<G::UnaryExprContext>(ctx, 0));
    auto* b = arena_.make<BinaryExpr>(pos(ctx));
    b->op = binaryOp(ctx->op->getType());
    b->opPos = pos(ctx->op);
    b->x = expr(child<G::ExpressionContext>(ctx, 0));
    b->y = expr(child<G::ExpressionContext>(ctx, 2));
    return b;
  }

  Expr* unary(G::UnaryExprContext* ctx) {
    if (ctx->children.size() == 1) {
      if (ruleOf(ctx->children[0]) == G::RulePrimaryExpr) return primary(child<G::PrimaryExprContext>(ctx, 0));
      return typeLiteral(child<G::TypeLiteralContext>(ctx, 0));
    }
    Pos p = pos(ctx->op);
    Expr* x = unary(child<G::UnaryExprContext>(ctx, 1));
    switch (ctx->op->getType()) {
      case GoLexer::STAR: {
        auto* star = arena_.make<StarExpr>(p);
        star->x = x;
        return star;
      }
      case GoLexer::RECEIVE:
        // `<-chan T` in an expression: re-associate as a receive-only channel type.
        if (auto* ct = x->as<ChanType>(); ct && ct->dir == ChanDir::Both) {
          ct->dir = ChanDir::Recv;
          ct->pos = p;
          return ct;
        }
        break;
      default:
        break;
    }
    auto* u = arena_.make<UnaryExpr>(p);
    switch (ctx->op->getType()) {
      case GoLexer::PLUS: u->op = Tok::Add; break;
      case GoLexer::MINUS: u->op = Tok::Sub; break;
      case GoLexer::NOT: u->op = Tok::Not; break;
      case GoLexer::CARET: u->op = Tok::Xor; break;
      case GoLexer::AMPERSAND: u->op = Tok::And; break;
      default: u->op = Tok::Arrow; break;
    }
    u->x = x;
    return u;
  }

  // The alternatives of primaryExpr differ in their number of children:
  // operand (1); compositeType literalValue, typeLiteral arguments, primaryExpr arguments (2);
  // x . name, interface{...} . name and struct{...} . name (3); x [ indexOrSlice ] (4); x . ( type ) (5).
  Expr* primary(G::PrimaryExprContext* ctx) {
    switch (ctx->children.size()) {
      case 1:
        return operand(child<G::OperandContext>(ctx, 0));
      case 2:
        switch (ruleOf(ctx->children[0])) {
          case G::RuleCompositeType:
            return compositeLit(compositeType(child<G::CompositeTypeContext>(ctx, 0)),
                                child<G::LiteralValueContext>(ctx, 1));
          case G::RuleTypeLiteral:
            return call(typeLiteral(child<G::TypeLiteralContext>(ctx, 0)), child<G::ArgumentsContext>(ctx, 1));
          default:
            return call(primary(child<G::PrimaryExprContext>(ctx, 0)), child<G::ArgumentsContext>(ctx, 1));
        }
      case 3: {
        Expr* x;
        switch (ruleOf(ctx->children[0])) {
          case G::RuleInterfaceType: x = interfaceType(child<G::InterfaceTypeContext>(ctx, 0)); break;
          case G::RuleStructType: x = structType(child<G::StructTypeContext>(ctx, 0)); break;
          default: x = primary(child<G::PrimaryExprContext>(ctx, 0)); break;
        }
        auto* sel = arena_.make<SelectorExpr>(x->pos);
        sel->x = x;
        sel->sel = ident(tokenOf(ctx->children[2]));
        return sel;
      }
      case 4:
        return index(static_cast<G::IndexExprContext*>(ctx));
      default: {
        Expr* x = primary(child<G::PrimaryExprContext>(ctx, 0));
        auto* ta = arena_.make<TypeAssertExpr>(x->pos);
        ta->x = x;
        auto* t = static_cast<G::TypeAssertExprContext*>(ctx);
        if (t->type_()) ta->typeExpr = type(t->type_());
        return ta;
      }
    }
  }

  CallExpr* call(Expr* fun, G::ArgumentsContext* args) {
    auto* ce = arena_.make<CallExpr>(fun->pos);
    ce->fun = fun;
    ce->lparen = pos(args->L_PAREN());
    ce->rparen = pos(args->R_PAREN());
    if (args->expressionList()) ce->args = exprList(args->expressionList());
    ce->hasEllipsis = args->ELLIPSIS() != nullptr;
    return ce;
  }

  Expr* index(G::IndexExprContext* ctx) {
    Expr* x = primary(ctx->primaryExpr());
    auto* is = ctx->indexOrSlice();
    if (!is->colon1) {
      if (!is->lo) {
        syntaxError(pos(ctx->R_BRACKET()), "unexpected ], expecting operand");
        return x;
      }
      auto* ie = arena_.make<IndexExpr>(x->pos);
      ie->x = x;
      ie->index = expr(is->lo);
      ie->lbrack = pos(ctx->L_BRACKET());
      ie->rbrack = pos(ctx->R_BRACKET());
      return ie;
    }
    auto* se = arena_.make<SliceExpr>(x->pos);
    se->x = x;
    if (is->lo) se->lo = expr(is->lo);
    if (is->hi) se->hi = expr(is->hi);
    if (is->colon2) {
      se->slice3 = true;
      // gc's parser reports these without stopping the type checker.
      if (!is->hi) error(pos(is->colon2), "middle index required in 3-index slice");
      else if (!is->max) error(pos(ctx->R_BRACKET()), "final index required in 3-index slice");
      if (is->max) se->max = expr(is->max);
    }
    return se;
  }

  // operand alternatives by first token and size: literal or name (1 child),
  // typeName literalValue (2), ( expr ) or func signature body (3).
  Expr* operand(G::OperandContext* ctx) {
    switch (ctx->children.size()) {
      case 1:
        if (ctx->getStart()->getType() == GoLexer::IDENTIFIER) return ident(ctx->getStart());
        return basicLit(ctx->getStart());
      case 2:
        return compositeLit(typeName(child<G::TypeNameContext>(ctx, 0)), child<G::LiteralValueContext>(ctx, 1));
      default:
        break;
    }
    if (ctx->getStart()->getType() == GoLexer::L_PAREN) {
      auto* paren = arena_.make<ParenExpr>(pos(ctx));
      paren->x = expr(child<G::ParenExprContext>(ctx, 1)->expression());
      return paren;
    }
    auto* lit = arena_.make<FuncLit>(pos(ctx));
    lit->sig = signature(child<G::SignatureContext>(ctx, 1), lit->pos);
    lit->body = block(child<G::FuncLitBodyContext>(ctx, 2)->block());
    return lit;
  }

  Expr* compositeType(G::CompositeTypeContext* ctx) {
    if (ctx->arrayType()) return arrayType(ctx->arrayType());
    if (ctx->sliceType()) return sliceType(ctx->sliceType());
    if (ctx->structType()) return structType(ctx->structType());
    auto* m = ctx->mapType();
    auto* mt = arena_.make<MapType>(pos(m));
    mt->key = type(m->type_(0));
    mt->value = type(m->type_(1));
    return mt;
  }

  // A type literal in an expression (conversion, make/new argument, case list).
  Expr* typeLiteral(G::TypeLiteralContext* ctx) {
    if (ctx->compositeType()) return compositeType(ctx->compositeType());
    if (ctx->CHAN()) {
      auto* ct = arena_.make<ChanType>(pos(ctx));
      ct->dir = ctx->RECEIVE() ? ChanDir::Send : ChanDir::Both;
      ct->value = type(ctx->type_());
      return ct;
    }
    if (ctx->FUNC()) return signature(ctx->signature(), pos(ctx));
    return interfaceType(ctx->interfaceType());
  }

  CompositeLit* compositeLit(Expr* typeExpr, G::LiteralValueContext* ctx) {
    auto* lit = arena_.make<CompositeLit>(typeExpr ? typeExpr->pos : pos(ctx));
    lit->typeExpr = typeExpr;
    lit->rbrace = pos(ctx->R_CURLY());
    for (auto* ke : ctx->keyedElement()) {
      auto elems = ke->element();
      if (elems.size() == 1) {
        lit->elts.push_back(element(elems[0]));
      } else {
        Expr* key = element(elems[0]);
        auto* kv = arena_.make<KeyValueExpr>(key->pos);
        kv->key = key;
        kv->value = element(elems[1]);
        lit->elts.push_back(kv);
      }
    }
    return lit;
  }

  Expr* element(G::ElementContext* ctx) {
    if (ctx->expression()) return expr(ctx->expression());
    return compositeLit(nullptr, ctx->literalValue());
  }

  BasicLit* basicLit(antlr4::Token* t) {
    auto* lit = arena_.make<BasicLit>(pos(t));
    lit->text = t->getText();
    switch (t->getType()) {
      case GoLexer::NUMBER: {
        const std::string& s = lit->text;
        bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
        if (s.back() == 'i') lit->litKind = LitKind::Imag;
        else if (s.find('.') != std::string::npos ||
                 s.find_first_of(hex ? "pP" : "eE") != std::string::npos)
          lit->litKind = LitKind::Float;
        else lit->litKind = LitKind::Int;
        break;
      }
      case GoLexer::RUNE_LIT: lit->litKind = LitKind::Char; break;
      default: lit->litKind = LitKind::String; break;
    }
    return lit;
  }

  // ------------------------------------------------------------ statements

  BlockStmt* block(G::BlockContext* ctx) {
    auto* b = arena_.make<BlockStmt>(pos(ctx));
    b->list = statementList(ctx->statementList());
    b->rbrace = pos(ctx->R_CURLY());
    return b;
  }

  std::vector<Stmt*> statementList(G::StatementListContext* ctx) {
    std::vector<Stmt*> out;
    for (auto* s : ctx->statement())
      if (Stmt* st = statement(s)) out.push_back(st);
    return out;
  }

  Stmt* statement(G::StatementContext* ctx) {
    auto* inner = static_cast<antlr4::ParserRuleContext*>(ctx->children[0]);
    switch (inner->getRuleIndex()) {
      case G::RuleDeclaration: {
        auto* ds = arena_.make<DeclStmt>(pos(inner));
        ds->decl = declaration(static_cast<G::DeclarationContext*>(inner));
        return ds;
      }
      case G::RuleLabeledStmt: {
        auto* l = static_cast<G::LabeledStmtContext*>(inner);
        auto* ls = arena_.make<LabeledStmt>(pos(l));
        ls->label = ident(l->IDENTIFIER());
        if (l->statement()) ls->stmt = statement(l->statement());
        if (!ls->stmt) ls->stmt = arena_.make<EmptyStmt>(pos(l->COLON()));
        return ls;
      }
      case G::RuleSimpleStmt:
        return simpleStmt(static_cast<G::SimpleStmtContext*>(inner), false);
      case G::RuleGoStmt: {
        auto* gs = arena_.make<GoStmt>(pos(inner));
        gs->call = callOf(static_cast<G::GoStmtContext*>(inner)->expression(), "go");
        return gs;
      }
      case G::RuleDeferStmt: {
        auto* ds = arena_.make<DeferStmt>(pos(inner));
        ds->call = callOf(static_cast<G::DeferStmtContext*>(inner)->expression(), "defer");
        return ds;
      }
      case G::RuleReturnStmt: {
        auto* rs = arena_.make<ReturnStmt>(pos(inner));
        if (auto* list = static_cast<G::ReturnStmtContext*>(inner)->expressionList()) rs->results = exprList(list);
        return rs;
      }
      case G::RuleBreakStmt:
        return branch(pos(inner), Tok::Break, static_cast<G::BreakStmtContext*>(inner)->IDENTIFIER());
      case G::RuleContinueStmt:
        return branch(pos(inner), Tok::Continue, static_cast<G::ContinueStmtContext*>(inner)->IDENTIFIER());
      case G::RuleGotoStmt:
        return branch(pos(inner), Tok::Goto, static_cast<G::GotoStmtContext*>(inner)->IDENTIFIER());
      case G::RuleFallthroughStmt:
        return branch(pos(inner), Tok::Fallthrough, nullptr);
      case G::RuleBlock:
        return block(static_cast<G::BlockContext*>(inner));
      case G::RuleIfStmt:
        return ifStmt(static_cast<G::IfStmtContext*>(inner));
      case G::RuleSwitchStmt:
        return switchStmt(static_cast<G::SwitchStmtContext*>(inner));
      case G::RuleSelectStmt:
        return selectStmt(static_cast<G::SelectStmtContext*>(inner));
      default:
        return forStmt(static_cast<G::ForStmtContext*>(inner));
    }
  }

  BranchStmt* branch(Pos p, Tok tok, antlr4::tree::TerminalNode* label) {
    auto* b = arena_.make<BranchStmt>(p);
    b->tok = tok;
    if (label) b->label = ident(label);
    return b;
  }

  // gc's callStmt checks.
  CallExpr* callOf(G::ExpressionContext* ctx, const char* keyword) {
    Expr* x = expr(ctx);
    Expr* inner = x;
    while (auto* p = inner->as<ParenExpr>()) inner = p->x;
    auto* call = inner->as<CallExpr>();
    if (!call) {
      error(x->pos, std::string("expression in ") + keyword + " must be function call");
      return nullptr;
    }
    if (inner != x) error(x->pos, std::string("expression in ") + keyword + " must not be parenthesized");
    return call;
  }

  static Tok assignTok(size_t type) {
    switch (type) {
      case GoLexer::ASSIGN: return Tok::Assign;
      case GoLexer::DEFINE: return Tok::Define;
      case GoLexer::PLUS_ASSIGN: return Tok::AddAssign;
      case GoLexer::MINUS_ASSIGN: return Tok::SubAssign;
      case GoLexer::STAR_ASSIGN: return Tok::MulAssign;
      case GoLexer::DIV_ASSIGN: return Tok::QuoAssign;
      case GoLexer::MOD_ASSIGN: return Tok::RemAssign;
      case GoLexer::AND_ASSIGN: return Tok::AndAssign;
      case GoLexer::OR_ASSIGN: return Tok::OrAssign;
      case GoLexer::XOR_ASSIGN: return Tok::XorAssign;
      case GoLexer::LSHIFT_ASSIGN: return Tok::ShlAssign;
      case GoLexer::RSHIFT_ASSIGN: return Tok::ShrAssign;
      default: return Tok::AndNotAssign;
    }
  }

  // A simple statement; `rangeOk` in a for header, where the result may be a RangeStmt
  // (returned with body unset).
  Stmt* simpleStmt(G::SimpleStmtContext* ctx, bool rangeOk) {
    Pos start = pos(ctx);
    // Children: lhs expressions (comma separated), then the operator token or assignOp,
    // then `range x`, an expression list, or the sent value.
    std::vector<Expr*> lhs;
    antlr4::Token* op = nullptr;
    G::ExpressionContext* operand = nullptr;  // range x, or the value of a send
    bool afterOperator = false;
    for (auto* child : ctx->children) {
      if (auto* e = dynamic_cast<G::ExpressionContext*>(child)) {
        if (afterOperator) operand = e;
        else lhs.push_back(expr(e));
      } else if (auto* a = dynamic_cast<G::AssignOpContext*>(child)) {
        op = a->getStart();
        afterOperator = true;
      } else if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
        size_t type = term->getSymbol()->getType();
        if (type == GoLexer::COMMA) continue;
        if (type != GoLexer::RANGE) op = term->getSymbol();
        afterOperator = true;
      }
    }
    if (ctx->RANGE()) {
      bool plainAssign = !op || op->getType() == GoLexer::ASSIGN || op->getType() == GoLexer::DEFINE;
      if (!rangeOk || !plainAssign) {
        syntaxError(pos(ctx->RANGE()), "unexpected range, expecting expression");
        return nullptr;
      }
      if (lhs.size() > 2) {
        syntaxError(lhs[2]->pos, "range clause permits at most two iteration variables");
        return nullptr;
      }
      auto* rs = arena_.make<RangeStmt>(start);
      if (op) rs->tok = assignTok(op->getType());
      if (!lhs.empty()) rs->key = lhs[0];
      if (lhs.size() > 1) rs->value = lhs[1];
      rs->x = expr(operand);
      return rs;
    }
    if (!op) {
      auto* es = arena_.make<ExprStmt>(start);
      es->x = lhs[0];
      return es;
    }
    switch (op->getType()) {
      case GoLexer::PLUS_PLUS:
      case GoLexer::MINUS_MINUS: {
        auto* s = arena_.make<IncDecStmt>(start);
        s->x = lhs[0];
        s->tok = op->getType() == GoLexer::PLUS_PLUS ? Tok::Inc : Tok::Dec;
        return s;
      }
      case GoLexer::RECEIVE: {
        auto* s = arena_.make<SendStmt>(start);
        s->chan = lhs[0];
        s->value = expr(operand);
        return s;
      }
      default: {
        auto* as = arena_.make<AssignStmt>(start);
        as->lhs = std::move(lhs);
        as->tok = assignTok(op->getType());
        as->tokPos = pos(op);
        as->rhs = exprList(ctx->expressionList());
        return as;
      }
    }
  }

  // gc's header(): the statement before `{` is the condition; report what cannot be one,
  // printed as gc prints it and positioned at its operator as gc positions statements.
  Expr* condition(Stmt* s, G::SimpleStmtContext* ctx) {
    if (!s) return nullptr;
    if (auto* es = s->as<ExprStmt>()) return es->x;
    size_t first = ctx->getStart()->getTokenIndex(), last = ctx->getStop()->getTokenIndex();
    antlr4::Token* op = operatorOf(ctx);
    std::string text = tokensText(first, last);
    if (auto* as = s->as<AssignStmt>(); as && as->tok == Tok::Assign)
      text = "assignment (" + tokensText(first, op->getTokenIndex() - 1) + ") = (" +
             tokensText(op->getTokenIndex() + 1, last) + ")";
    syntaxError(op ? pos(op) : s->pos, "cannot use " + text + " as value");
    return nullptr;
  }

  // The operator of an assignment, inc/dec or send statement (null for an expression).
  static antlr4::Token* operatorOf(G::SimpleStmtContext* ctx) {
    if (ctx->op) return ctx->op;
    if (ctx->assignOp()) return ctx->assignOp()->getStart();
    if (ctx->PLUS_PLUS()) return ctx->PLUS_PLUS()->getSymbol();
    if (ctx->MINUS_MINUS()) return ctx->MINUS_MINUS()->getSymbol();
    if (ctx->RECEIVE()) return ctx->RECEIVE()->getSymbol();
    return nullptr;
  }

  // Tokens first..last as gc's syntax printer spaces them: around assignment and binary
  // operators and after commas.
  std::string tokensText(size_t first, size_t last) {
    std::string out;
    size_t prev = 0;
    for (size_t i = first; i <= last; ++i) {
      antlr4::Token* t = tokens_.get(i);
      if (t->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
      size_t type = t->getType();
      bool afterOperand = prev == GoLexer::IDENTIFIER || prev == GoLexer::NUMBER ||
                          prev == GoLexer::STRING_LIT || prev == GoLexer::RAW_STRING_LIT ||
                          prev == GoLexer::RUNE_LIT || prev == GoLexer::R_PAREN ||
                          prev == GoLexer::R_BRACKET || prev == GoLexer::R_CURLY;
      bool assign = type == GoLexer::DEFINE || type == GoLexer::ASSIGN ||
                    (type >= GoLexer::PLUS_ASSIGN && type <= GoLexer::BIT_CLEAR_ASSIGN);
      bool binary = afterOperand && (binaryOp(type) != Tok::None || type == GoLexer::RECEIVE);
      if (assign || binary) out += " " + t->getText() + " ";
      else if (type == GoLexer::COMMA) out += ", ";
      else out += t->getText();
      prev = type;
    }
    return out;
  }

  Stmt* ifStmt(G::IfStmtContext* ctx) {
    auto* is = arena_.make<IfStmt>(pos(ctx));
    Stmt* first = ctx->first ? simpleStmt(ctx->first, false) : nullptr;
    if (!ctx->EOS()) {
      if (!ctx->first) {
        syntaxError(pos(ctx->block(0)), "missing condition in if statement");
      } else {
        is->cond = condition(first, ctx->first);
      }
    } else {
      is->init = first;
      if (ctx->cond) {
        is->cond = expr(ctx->cond);
      } else if (ctx->EOS()->getText() == ";") {
        syntaxError(pos(ctx->EOS()), "missing condition in if statement");
      } else {
        syntaxError(pos(ctx->EOS()), "unexpected newline, expecting { after if clause");
      }
    }
    auto blocks = ctx->block();
    is->body = block(blocks[0]);
    if (ctx->ifStmt()) is->els = ifStmt(ctx->ifStmt());
    else if (blocks.size() > 1) is->els = block(blocks[1]);
    return is;
  }

  Stmt* switchStmt(G::SwitchStmtContext* ctx) {
    Pos p = pos(ctx);
    Stmt* init = nullptr;
    G::SimpleStmtContext* tagCtx = ctx->first;
    if (ctx->EOS()) {
      init = ctx->first ? simpleStmt(ctx->first, false) : nullptr;
      tagCtx = ctx->second;
    }
    Stmt* tag = tagCtx ? simpleStmt(tagCtx, false) : nullptr;
    auto* body = arena_.make<BlockStmt>(pos(ctx->L_CURLY()));
    body->rbrace = pos(ctx->R_CURLY());
    for (auto* c : ctx->caseClause()) {
      auto* cc = arena_.make<CaseClause>(pos(c));
      if (c->expressionList()) cc->list = exprList(c->expressionList());
      cc->isDefault = c->DEFAULT() != nullptr;
      cc->body = statementList(c->statementList());
      body->list.push_back(cc);
    }
    // A type switch: `switch [v :=] x.(type)`.
    Expr* guard = nullptr;
    Ident* bind = nullptr;
    if (auto* es = tag ? tag->as<ExprStmt>() : nullptr) guard = es->x;
    if (auto* as = tag ? tag->as<AssignStmt>() : nullptr;
        as && as->tok == Tok::Define && as->lhs.size() == 1 && as->rhs.size() == 1) {
      auto* ta = as->rhs[0]->as<TypeAssertExpr>();
      if (ta && !ta->typeExpr && as->lhs[0]->is<Ident>()) {
        guard = ta;
        bind = static_cast<Ident*>(as->lhs[0]);
      }
    }
    if (auto* ta = guard ? guard->as<TypeAssertExpr>() : nullptr; ta && !ta->typeExpr) {
      auto* ts = arena_.make<TypeSwitchStmt>(p);
      ts->init = init;
      ts->bind = bind;
      ts->x = ta->x;
      ts->body = body;
      return ts;
    }
    auto* ss = arena_.make<SwitchStmt>(p);
    ss->init = init;
    if (tag) ss->tag = condition(tag, tagCtx);
    ss->body = body;
    return ss;
  }

  Stmt* selectStmt(G::SelectStmtContext* ctx) {
    auto* ss = arena_.make<SelectStmt>(pos(ctx));
    auto* body = arena_.make<BlockStmt>(pos(ctx->L_CURLY()));
    body->rbrace = pos(ctx->R_CURLY());
    for (auto* c : ctx->commClause()) {
      auto* cc = arena_.make<CommClause>(pos(c));
      if (c->simpleStmt()) cc->comm = simpleStmt(c->simpleStmt(), false);
      cc->body = statementList(c->statementList());
      body->list.push_back(cc);
    }
    ss->body = body;
    return ss;
  }

  Stmt* forStmt(G::ForStmtContext* ctx) {
    Pos p = pos(ctx);
    auto* body = block(ctx->block());
    if (ctx->EOS().empty()) {
      Stmt* first = ctx->first ? simpleStmt(ctx->first, true) : nullptr;
      if (auto* rs = first ? first->as<RangeStmt>() : nullptr) {
        rs->pos = p;
        rs->body = body;
        return rs;
      }
      auto* fs = arena_.make<ForStmt>(p);
      fs->cond = condition(first, ctx->first);
      fs->body = body;
      return fs;
    }
    auto* fs = arena_.make<ForStmt>(p);
    if (ctx->first) fs->init = simpleStmt(ctx->first, false);
    if (ctx->cond) fs->cond = expr(ctx->cond);
    if (ctx->post) {
      fs->post = simpleStmt(ctx->post, false);
      if (auto* as = fs->post ? fs->post->as<AssignStmt>() : nullptr; as && as->tok == Tok::Define)
        syntaxError(as->tokPos, "cannot declare in post statement of for loop");
    }
    fs->body = body;
    return fs;
  }

  // The unquoted text of an import path literal.
  static std::string unquote(const std::string& lit) {
    if (lit.size() >= 2) return lit.substr(1, lit.size() - 2);
    return lit;
  }
};

FileBuilder::FileBuilder(Arena& arena, const SourceText& source, antlr4::BufferedTokenStream& tokens,
                         ErrorList& errors)
    : impl_(std::make_unique<Builder>(arena, source, tokens, errors)) {}

FileBuilder::~FileBuilder() = default;

void FileBuilder::packageClause(GoParser::PackageClauseContext* ctx, const std::string& path) {
  impl_->packageClause(ctx, path);
}

void FileBuilder::topLevelDecl(GoParser::TopLevelDeclContext* ctx) { impl_->topLevelDecl(ctx); }

File* FileBuilder::file() const { return impl_->file; }

bool FileBuilder::syntaxErrors() const { return impl_->syntaxErrors; }

}  // namespace goro::parse

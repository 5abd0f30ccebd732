// Words ANTLR-detected syntax errors the way gc's parser does.
//
// gc parses greedily: an expression or statement ends at the first token that cannot
// continue it, and the construct around it then complains about that token ("unexpected X
// in argument list; possibly missing comma or )", "unexpected X at end of statement").
// ANTLR may notice the same token deeper in the rule stack (at a loop-exit decision of an
// expression), so the wording walks up the rule contexts to the innermost construct that
// gc would be parsing at that point.
#include "frontend/parse_internal.h"

namespace goro::parse {

namespace {

bool isLiteralToken(size_t type) {
  return type == GoLexer::NUMBER || type == GoLexer::STRING_LIT ||
         type == GoLexer::RAW_STRING_LIT || type == GoLexer::RUNE_LIT;
}

// Tokens after which an expression (or a statement) may be complete.
bool endsOperand(const antlr4::Token* t) {
  if (!t) return false;
  size_t type = t->getType();
  return type == GoLexer::IDENTIFIER || isLiteralToken(type) || type == GoLexer::R_PAREN ||
         type == GoLexer::R_BRACKET || type == GoLexer::R_CURLY ||
         type == GoLexer::PLUS_PLUS || type == GoLexer::MINUS_MINUS ||
         type == GoLexer::RETURN || type == GoLexer::BREAK || type == GoLexer::CONTINUE ||
         type == GoLexer::FALLTHROUGH;
}

// gc's tokstring for "expecting X".
std::string expectedName(const antlr4::dfa::Vocabulary& vocabulary, size_t type) {
  switch (type) {
    case GoLexer::COMMA: return "comma";
    case GoLexer::EOS: return "semicolon or newline";
    case GoLexer::IDENTIFIER: return "name";
    case antlr4::Token::EOF: return "EOF";
    default: {
      std::string name(vocabulary.getLiteralName(type));
      if (name.size() >= 2 && name.front() == '\'') return name.substr(1, name.size() - 2);
      return std::string(vocabulary.getSymbolicName(type));
    }
  }
}

const antlr4::Token* previousToken(GoParser& parser, const antlr4::Token* offending) {
  auto& tokens = static_cast<antlr4::BufferedTokenStream&>(*parser.getTokenStream());
  for (ssize_t i = static_cast<ssize_t>(offending->getTokenIndex()) - 1; i >= 0; --i) {
    antlr4::Token* t = tokens.get(static_cast<size_t>(i));
    if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) return t;
  }
  return nullptr;
}

bool expects(const antlr4::misc::IntervalSet& expected, size_t type) {
  return expected.contains(static_cast<ssize_t>(type));
}

std::string unexpected(const antlr4::Token* t, const std::string& rest) {
  return "syntax error: unexpected " + describeToken(t) + rest;
}

// Rules that are only pieces of an expression or type: gc has finished them when the next
// token cannot continue them.
bool isExpressionPiece(size_t rule) {
  switch (rule) {
    case GoParser::RuleExpression: case GoParser::RuleUnaryExpr: case GoParser::RulePrimaryExpr:
    case GoParser::RuleOperand: case GoParser::RuleExpressionList: case GoParser::RuleType_:
    case GoParser::RuleTypeName: case GoParser::RuleTypeLit: case GoParser::RuleArrayType:
    case GoParser::RuleSliceType: case GoParser::RulePointerType: case GoParser::RuleMapType:
    case GoParser::RuleChannelType: case GoParser::RuleFunctionType: case GoParser::RuleLiteral:
    case GoParser::RuleSignature: case GoParser::RuleResult: case GoParser::RuleElement:
    case GoParser::RuleKeyedElement: case GoParser::RuleSimpleStmt: case GoParser::RuleAssignOp:
    case GoParser::RuleStatement: case GoParser::RuleGoStmt: case GoParser::RuleDeferStmt:
    case GoParser::RuleReturnStmt: case GoParser::RuleBreakStmt: case GoParser::RuleContinueStmt:
    case GoParser::RuleFallthroughStmt: case GoParser::RuleGotoStmt: case GoParser::RuleLabeledStmt:
    case GoParser::RuleIfStmt: case GoParser::RuleForStmt: case GoParser::RuleSwitchStmt:
    case GoParser::RuleSelectStmt: case GoParser::RuleBlock: case GoParser::RuleDeclaration:
    case GoParser::RuleConstSpec: case GoParser::RuleVarSpec: case GoParser::RuleTypeSpec:
    case GoParser::RuleIdentifierList: case GoParser::RuleParameterDecl:
    case GoParser::RuleFuncLitBody: case GoParser::RuleCompositeType: case GoParser::RuleTypeLiteral:
      return true;
    default:
      return false;
  }
}

// `a, b` not followed by = or := (the comma may not have been consumed when ANTLR's
// lookahead gave up, so the tokens are inspected).
bool isUnassignedList(antlr4::RuleContext* ctx, GoParser& parser, const antlr4::Token* offending) {
  auto* stmt = dynamic_cast<GoParser::SimpleStmtContext*>(ctx);
  // The label is set to the offending token before the mismatch is detected.
  bool assigned = stmt && stmt->op && (stmt->op->getType() == GoLexer::ASSIGN ||
                                       stmt->op->getType() == GoLexer::DEFINE);
  if (!stmt || assigned || stmt->assignOp()) return false;
  auto& tokens = static_cast<antlr4::BufferedTokenStream&>(*parser.getTokenStream());
  int depth = 0;
  for (size_t i = stmt->getStart()->getTokenIndex(); i < offending->getTokenIndex(); ++i) {
    switch (tokens.get(i)->getType()) {
      case GoLexer::L_PAREN: case GoLexer::L_BRACKET: case GoLexer::L_CURLY: ++depth; break;
      case GoLexer::R_PAREN: case GoLexer::R_BRACKET: case GoLexer::R_CURLY: --depth; break;
      case GoLexer::COMMA: if (depth == 0) return true; break;
      default: break;
    }
  }
  return false;
}

bool hasToken(antlr4::RuleContext* ctx, size_t type) {
  for (auto* child : static_cast<antlr4::ParserRuleContext*>(ctx)->children)
    if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child))
      if (term->getSymbol()->getType() == type) return true;
  return false;
}

// const/var/type/import declarations: only a parenthesized group is a list of its own.
bool isGroupedDecl(antlr4::RuleContext* ctx) {
  size_t rule = ctx->getRuleIndex();
  bool decl = rule == GoParser::RuleConstDecl || rule == GoParser::RuleVarDecl ||
              rule == GoParser::RuleTypeDecl || rule == GoParser::RuleImportDecl;
  return decl && hasToken(ctx, GoLexer::L_PAREN);
}

// Whether the walk for a complete construct stops at `ctx` (gc is parsing it when the
// token arrives).
bool stopsWalk(antlr4::RuleContext* ctx, GoParser& parser, const antlr4::Token* t) {
  size_t rule = ctx->getRuleIndex();
  if (rule == GoParser::RuleConstDecl || rule == GoParser::RuleVarDecl || rule == GoParser::RuleTypeDecl)
    return isGroupedDecl(ctx);
  return !isExpressionPiece(rule) || dynamic_cast<GoParser::ParenOperandContext*>(ctx) ||
         isUnassignedList(ctx, parser, t) || rule == GoParser::RuleIfStmt ||
         rule == GoParser::RuleForStmt || rule == GoParser::RuleSwitchStmt || rule == GoParser::RuleBlock;
}

bool inCaseBody(antlr4::RuleContext* ctx) {
  for (; ctx; ctx = static_cast<antlr4::RuleContext*>(ctx->parent)) {
    size_t rule = ctx->getRuleIndex();
    if (rule == GoParser::RuleCaseClause || rule == GoParser::RuleCommClause ||
        rule == GoParser::RuleSwitchStmt || rule == GoParser::RuleSelectStmt)
      return true;
    if (rule == GoParser::RuleBlock) return false;
  }
  return false;
}

// The statement list context: either the token ends the previous statement badly, or it
// cannot start a statement and the enclosing block (or case list) wanted its `}`.
std::string statementListError(antlr4::RuleContext* ctx, const antlr4::Token* t,
                               const antlr4::Token* prev) {
  size_t prevType = prev ? prev->getType() : 0;
  bool atStatementStart = prevType == GoLexer::EOS || prevType == GoLexer::L_CURLY ||
                          prevType == GoLexer::COLON;
  if (!atStatementStart) return unexpected(t, " at end of statement");
  if (inCaseBody(ctx)) return unexpected(t, ", expecting case or default or }");
  return unexpected(t, ", expecting }");
}

std::string headerError(size_t rule, const antlr4::Token* t) {
  const char* clause = "switch";
  if (rule == GoParser::RuleIfStmt) clause = "if";
  if (rule == GoParser::RuleForStmt) clause = "for";
  return unexpected(t, std::string(", expecting { after ") + clause + " clause");
}

// Generics are outside goro's subset, and its grammar has no type parameters: a syntax
// error at `func Name[` or at `type Name[T C` is a type parameter list. Returns its `[`.
const antlr4::Token* typeParameterList(GoParser& parser, const antlr4::Token* t, const antlr4::Token* prev) {
  if (!prev) return nullptr;
  if (t->getType() == GoLexer::L_BRACKET && prev->getType() == GoLexer::IDENTIFIER) {
    const antlr4::Token* keyword = previousToken(parser, prev);
    if (keyword && keyword->getType() == GoLexer::FUNC) return t;
    return nullptr;
  }
  if (prev->getType() != GoLexer::IDENTIFIER) return nullptr;
  const antlr4::Token* bracket = previousToken(parser, prev);
  const antlr4::Token* name = bracket ? previousToken(parser, bracket) : nullptr;
  const antlr4::Token* keyword = name ? previousToken(parser, name) : nullptr;
  bool typeDecl = keyword && keyword->getType() == GoLexer::TYPE && name->getType() == GoLexer::IDENTIFIER &&
                  bracket->getType() == GoLexer::L_BRACKET;
  return typeDecl ? bracket : nullptr;
}

}  // namespace

std::string describeToken(const antlr4::Token* t) {
  size_t type = t->getType();
  if (type == antlr4::Token::EOF) return "EOF";
  if (type == GoLexer::EOS) {
    std::string text = t->getText();
    if (text == ";") return "semicolon";
    if (text.empty() || text == "<EOF>") return "EOF";
    return "newline";
  }
  if (isLiteralToken(type)) return "literal " + t->getText();
  if (type == GoLexer::COMMA) return "comma";
  return t->getText();
}

std::string syntaxErrorMessage(GoParser& parser, const antlr4::RecognitionException& e,
                               const antlr4::Token*& where) {
  const antlr4::Token* t = e.getOffendingToken();
  if (!t) t = parser.getCurrentToken();
  where = t;
  const antlr4::Token* prev = previousToken(parser, t);
  auto& tokens = static_cast<antlr4::BufferedTokenStream&>(*parser.getTokenStream());
  auto nextToken = [&](size_t index) {
    for (++index; index + 1 < tokens.size(); ++index)
      if (tokens.get(index)->getChannel() == antlr4::Token::DEFAULT_CHANNEL) break;
    return tokens.get(index);
  };

  // `if x == T{} {`: in a header gc takes `{}` as the body and then trips over the next
  // token; ANTLR's lookahead notices the problem back at T.
  if (parser.exprNest < 0 && t->getType() == GoLexer::IDENTIFIER) {
    const antlr4::Token* brace = nextToken(t->getTokenIndex());
    if (brace->getType() == GoLexer::DOT) brace = nextToken(nextToken(brace->getTokenIndex())->getTokenIndex());
    const antlr4::Token* close = nextToken(brace->getTokenIndex());
    if (brace->getType() == GoLexer::L_CURLY && close->getType() == GoLexer::R_CURLY) {
      const antlr4::Token* after = nextToken(close->getTokenIndex());
      if (after->getType() != GoLexer::EOS) {
        where = after;
        return unexpected(after, " at end of statement");
      }
    }
  }
  if (const antlr4::Token* bracket = typeParameterList(parser, t, prev)) {
    where = bracket;
    return "goro: generics (type parameters) are not supported";
  }
  if (prev && prev->getType() == GoLexer::ELSE)
    return "syntax error: else must be followed by if or statement block";
  if (t->getType() == GoLexer::VAR && prev && prev->getType() == GoLexer::FOR) {
    where = nextToken(t->getTokenIndex());
    return "syntax error: var declaration not allowed in for initializer";
  }
  bool complete = endsOperand(prev);
  antlr4::RuleContext* ctx = parser.getContext();

  // Where an operand was required, gc says so.
  if (!complete && ctx) {
    size_t rule = ctx->getRuleIndex();
    if (rule == GoParser::RuleExpression || rule == GoParser::RuleUnaryExpr ||
        rule == GoParser::RulePrimaryExpr || rule == GoParser::RuleOperand ||
        rule == GoParser::RuleParenExpr || rule == GoParser::RuleExpressionList ||
        (rule == GoParser::RuleSimpleStmt && prev && prev->getType() != GoLexer::EOS))
      return unexpected(t, ", expecting expression");
    if (rule == GoParser::RuleIndexOrSlice && t->getType() == GoLexer::R_BRACKET)
      return unexpected(t, ", expecting operand");
  }

  // Walk up to the construct gc would be in once the pieces before the token are complete.
  antlr4::RuleContext* at = ctx;
  while (at && complete && !stopsWalk(at, parser, t)) at = static_cast<antlr4::RuleContext*>(at->parent);
  if (!at) at = ctx;
  if (dynamic_cast<GoParser::ParenOperandContext*>(at)) return unexpected(t, ", expecting )");
  size_t rule = at ? at->getRuleIndex() : size_t{GoParser::RuleTopLevelDecl};

  switch (rule) {
    case GoParser::RuleSimpleStmt: {
      // `a, b` must be assigned.
      if (isUnassignedList(at, parser, t)) return unexpected(t, ", expecting := or = or comma");
      break;
    }
    case GoParser::RuleStructType:
    case GoParser::RuleFieldDecl:
      return unexpected(t, " in struct type; possibly missing semicolon or newline or }");
    case GoParser::RuleInterfaceType:
    case GoParser::RuleInterfaceElem:
      return unexpected(t, " in interface type; possibly missing semicolon or newline or }");
    case GoParser::RuleArguments:
      return unexpected(t, " in argument list; possibly missing comma or )");
    case GoParser::RuleLiteralValue:
      return unexpected(t, " in composite literal; possibly missing comma or }");
    case GoParser::RuleParameters:
      return unexpected(t, " in parameter list; possibly missing comma or )");
    case GoParser::RuleParenExpr:
      return unexpected(t, ", expecting )");
    case GoParser::RuleCaseClause:
    case GoParser::RuleCommClause:
      if (!hasToken(at, GoLexer::COLON)) return unexpected(t, ", expecting :");
      return statementListError(at, t, prev);
    case GoParser::RuleStatementList:
    case GoParser::RuleBlock:
      return statementListError(at, t, prev);
    case GoParser::RuleImportSpec:
    case GoParser::RuleImportPath:
      return "syntax error: missing import path";
    case GoParser::RuleImportDecl:
    case GoParser::RuleConstDecl:
    case GoParser::RuleVarDecl:
    case GoParser::RuleTypeDecl:
      if (rule == GoParser::RuleImportDecl && !complete) return "syntax error: missing import path";
      if (!isGroupedDecl(at)) break;
      return unexpected(t, " in grouped declaration; possibly missing semicolon or newline or )");
    case GoParser::RuleArrayLength:
      return unexpected(t, ", expecting ]");
    case GoParser::RuleIndexOrSlice:
      if (static_cast<GoParser::IndexOrSliceContext*>(at)->colon1) return unexpected(t, ", expecting ]");
      return unexpected(t, ", expecting comma, : or ]");
    case GoParser::RuleSwitchStmt:
    case GoParser::RuleSelectStmt: {
      if (hasToken(at, GoLexer::L_CURLY)) return unexpected(t, ", expecting case or default or }");
      if (rule == GoParser::RuleSwitchStmt) return headerError(rule, t);
      return unexpected(t, ", expecting {");
    }
    case GoParser::RuleIfStmt:
    case GoParser::RuleForStmt: {
      // The body's `{` is wanted, unless a for clause still lacks its second semicolon.
      auto expected = e.getExpectedTokens();
      if (!expects(expected, GoLexer::L_CURLY) && t->getType() != GoLexer::EOS && expects(expected, GoLexer::EOS))
        return unexpected(t, ", expecting semicolon or newline");
      return headerError(rule, t);
    }
    default:
      break;
  }
  auto expected = e.getExpectedTokens();
  if (expected.size() == 1)
    return unexpected(t, ", expecting " + expectedName(parser.getVocabulary(), expected.getSingleElement()));
  if (ctx && (ctx->getRuleIndex() == GoParser::RuleType_ || ctx->getRuleIndex() == GoParser::RuleTypeName))
    return unexpected(t, ", expecting type");
  if (expects(expected, GoLexer::IDENTIFIER) && !expects(expected, GoLexer::NUMBER))
    return unexpected(t, ", expecting name");
  return unexpected(t, ", expecting expression");
}

}  // namespace goro::parse

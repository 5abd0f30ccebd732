// The Go parser grammar (all of Go's syntax except type parameters).
//
// Shaped for ANTLR's SLL prediction: wherever Go's syntax would need unbounded lookahead
// (index or slice, key or element, init statement or condition, named or anonymous
// parameters) the grammar parses one common prefix and lets the AST builder sort it out,
// as gc's hand-written parser does. Types may appear as operands (conversions, make/new
// arguments, type switch cases); `<-chan T` there parses as `<-` applied to `chan T` and
// the builder re-associates it, as gc does.
//
// Composite literals: in the header of if/for/switch a `{` after a bare (possibly
// qualified) type name opens the body, not a literal. `exprNest` follows gc's xnest: it is
// -1 inside a header and goes up inside (), [] and {}, and the literal alternative is only
// viable while it is >= 0.
parser grammar GoParser;

options { tokenVocab = GoLexer; }

@parser::members {
  int exprNest = 0;

  // Whether the type name at LT(1) (`T` or `pkg.T`) is followed by `{`.
  bool braceFollowsTypeName() {
    return _input->LA(_input->LA(2) == DOT ? 4 : 2) == L_CURLY;
  }
}

// A source file is `packageClause EOS (topLevelDecl EOS)* EOF`. The driver
// (frontend/parser.cpp) sequences these parts itself and parses one declaration at a time,
// so no rule spans the whole file.
packageClause : PACKAGE IDENTIFIER ;

topLevelDecl : importDecl | declaration | functionDecl ;

importDecl : IMPORT (importSpec | L_PAREN (importSpec (EOS importSpec)* EOS?)? R_PAREN) ;
importSpec : (DOT | IDENTIFIER)? importPath ;
importPath : STRING_LIT | RAW_STRING_LIT ;

declaration : constDecl | typeDecl | varDecl ;

constDecl : CONST (constSpec | L_PAREN (constSpec (EOS constSpec)* EOS?)? R_PAREN) ;
constSpec : identifierList (type_? ASSIGN expressionList)? ;

typeDecl : TYPE (typeSpec | L_PAREN (typeSpec (EOS typeSpec)* EOS?)? R_PAREN) ;
typeSpec : IDENTIFIER ASSIGN? type_ ;

varDecl : VAR (varSpec | L_PAREN (varSpec (EOS varSpec)* EOS?)? R_PAREN) ;
varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList) ;

identifierList : IDENTIFIER (COMMA IDENTIFIER)* ;
expressionList : expression (COMMA expression)* ;

functionDecl : FUNC receiver=parameters? IDENTIFIER signature block? ;

// ---------------------------------------------------------------- types

type_
  : typeName
  | typeLit
  | L_PAREN type_ R_PAREN
  ;

typeName : IDENTIFIER (DOT IDENTIFIER)? ;

typeLit
  : arrayType
  | sliceType
  | structType
  | pointerType
  | functionType
  | interfaceType
  | mapType
  | channelType
  ;

arrayLength
@init { ++exprNest; }
@after { --exprNest; }
  : expression
  | ELLIPSIS
  ;
arrayType   : L_BRACKET arrayLength R_BRACKET type_ ;
sliceType   : L_BRACKET R_BRACKET type_ ;
pointerType : STAR type_ ;
mapType     : MAP L_BRACKET type_ R_BRACKET type_ ;
channelType
  : CHAN RECEIVE type_   // chan<- T: `chan <-chan T` is a send channel of `chan T`, as in gc
  | RECEIVE CHAN type_
  | CHAN type_
  ;
functionType : FUNC signature ;

structType : STRUCT L_CURLY (fieldDecl (EOS fieldDecl)* EOS?)? R_CURLY ;
fieldDecl  : (identifierList type_ | embeddedField) tag=(STRING_LIT | RAW_STRING_LIT)? ;
embeddedField : STAR? typeName ;

interfaceType : INTERFACE L_CURLY (interfaceElem (EOS interfaceElem)* EOS?)? R_CURLY ;
interfaceElem : IDENTIFIER signature | typeName ;

// `(a, b int, c string)` and `(int, string)` share one shape; the builder groups names with
// their types the way gc does.
signature  : parameters result? ;
result     : parameters | typeName | typeLit ;
parameters : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN ;
parameterDecl : IDENTIFIER? ELLIPSIS? type_ ;

// ---------------------------------------------------------------- expressions

expression
  : unaryExpr
  | expression op=(STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expression
  | expression op=(PLUS | MINUS | OR | CARET) expression
  | expression op=(EQUALS | NOT_EQUALS | LESS | LESS_EQ | GREATER | GREATER_EQ) expression
  | expression op=LOGICAL_AND expression
  | expression op=LOGICAL_OR expression
  ;

// A type literal used as a value (make([]int, n), new(struct{}), case []int:) is a unary
// expression of its own, so that no selector can follow it: that keeps `[]pkg.T` free of
// the `[]pkg` + `.T` reading and the qualified-name decision LL(2). The exception is a
// method expression on an interface or struct literal (interface{ m() }.m, struct{ T }.m),
// which starts with a keyword.
unaryExpr
  : primaryExpr
  | typeLiteral
  | op=(PLUS | MINUS | NOT | CARET | STAR | AMPERSAND | RECEIVE) unaryExpr
  ;

primaryExpr
  : operand                                   # operandExpr
  | compositeType literalValue                # compositeLitExpr
  | typeLiteral arguments                     # conversionExpr
  | (interfaceType | structType) DOT IDENTIFIER   # literalTypeMethodExpr
  | primaryExpr DOT IDENTIFIER                # selectorExpr
  | primaryExpr DOT L_PAREN (type_ | TYPE) R_PAREN   # typeAssertExpr
  | primaryExpr L_BRACKET indexOrSlice R_BRACKET     # indexExpr
  | primaryExpr arguments                     # callExpr
  ;

// One shape for a[i], a[lo:hi] and a[lo:hi:max]; the builder checks which indices are
// required.
indexOrSlice
@init { ++exprNest; }
@after { --exprNest; }
  : lo=expression? (colon1=COLON hi=expression? (colon2=COLON max=expression?)?)?
  ;

arguments
@init { ++exprNest; }
@after { --exprNest; }
  : L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN
  ;

operand
  : literal                                                   # basicLitOperand
  | {exprNest >= 0 && braceFollowsTypeName()}? typeName literalValue # namedCompositeLit
  | IDENTIFIER                                                # nameOperand
  | L_PAREN parenExpr R_PAREN                                 # parenOperand
  | FUNC signature funcLitBody                                # funcLitOperand
  ;

compositeType : arrayType | sliceType | structType | mapType ;

typeLiteral
  : compositeType
  | CHAN RECEIVE? type_
  | FUNC signature
  | interfaceType
  ;

parenExpr
@init { ++exprNest; }
@after { --exprNest; }
  : expression
  ;

funcLitBody
@init { ++exprNest; }
@after { --exprNest; }
  : block
  ;

literal : NUMBER | STRING_LIT | RAW_STRING_LIT | RUNE_LIT ;

literalValue
@init { ++exprNest; }
@after { --exprNest; }
  : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY
  ;
keyedElement : element (COLON element)? ;
element : expression | literalValue ;

// ---------------------------------------------------------------- statements

block : L_CURLY statementList R_CURLY ;

statementList : statement? (EOS statement?)* ;

statement
  : declaration
  | labeledStmt
  | simpleStmt
  | goStmt
  | returnStmt
  | breakStmt
  | continueStmt
  | gotoStmt
  | fallthroughStmt
  | block
  | ifStmt
  | switchStmt
  | selectStmt
  | forStmt
  | deferStmt
  ;

labeledStmt : IDENTIFIER COLON statement? ;

// Expression, send, inc/dec, assignment, short variable declaration and the range clause
// of a for statement, all parsed from one prefix. A list of several expressions must be
// assigned (gc: "expecting := or = or comma").
simpleStmt
  : expression (
        (COMMA expression)+ op=(ASSIGN | DEFINE) (RANGE expression | expressionList)
      | assignOp (RANGE expression | expressionList)
      | PLUS_PLUS
      | MINUS_MINUS
      | RECEIVE expression
    )?
  | RANGE expression
  ;

assignOp
  : ASSIGN | DEFINE | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
  | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LSHIFT_ASSIGN | RSHIFT_ASSIGN | BIT_CLEAR_ASSIGN
  ;

goStmt          : GO expression ;
deferStmt       : DEFER expression ;
returnStmt      : RETURN expressionList? ;
breakStmt       : BREAK IDENTIFIER? ;
continueStmt    : CONTINUE IDENTIFIER? ;
gotoStmt        : GOTO IDENTIFIER ;
fallthroughStmt : FALLTHROUGH ;

// if [init;] cond { } [else ...]: the first simple statement is the condition unless a
// semicolon follows it.
ifStmt
locals [int outerNest = 0]
  : IF { $outerNest = exprNest; exprNest = -1; }
    first=simpleStmt? (EOS cond=expression?)?
    { exprNest = $outerNest; }
    block (ELSE (ifStmt | block))?
  ;

switchStmt
locals [int outerNest = 0]
  : SWITCH { $outerNest = exprNest; exprNest = -1; }
    first=simpleStmt? (EOS second=simpleStmt?)?
    { exprNest = $outerNest; }
    L_CURLY caseClause* R_CURLY
  ;
caseClause : (CASE expressionList | DEFAULT) COLON statementList ;

selectStmt : SELECT L_CURLY commClause* R_CURLY ;
commClause : (CASE simpleStmt | DEFAULT) COLON statementList ;

// for [init; cond; post | cond | range clause] { }
forStmt
locals [int outerNest = 0]
  : FOR { $outerNest = exprNest; exprNest = -1; }
    first=simpleStmt? (EOS cond=expression? EOS post=simpleStmt?)?
    { exprNest = $outerNest; }
    block
  ;

// The Go lexer: tokens, comments and automatic semicolon insertion.
//
// Semicolons: after a token that can end a statement (identifier, literal, `)`, `]`, `}`,
// `++`, `--`, return, break, continue, fallthrough) the lexer enters mode NLSEMI, where a
// newline, a comment spanning lines, or the end of the file (see nextToken) becomes an EOS
// token, as Go's scanner does; any other token drops back to the default mode. An explicit
// `;` is EOS too, so the parser sees one statement terminator whose text says what it was
// (gc's "semicolon", "newline", "EOF").
//
// Literals are lexed liberally (numbers with any digits, strings up to the end of their
// line) and checked afterwards, so that malformed literals get gc's messages instead of a
// cascade of syntax errors. Characters no token uses become INVALID_CHAR tokens, which the
// parser never sees. Whitespace and comments are skipped (no token objects), except an
// unterminated comment, which is reported.
lexer grammar GoLexer;

tokens { EOS }

@lexer::members {
  // The end of the input ends a statement too, but an ANTLR lexer rule cannot match the
  // bare end of input, so the EOS is made here, just before EOF.
  std::unique_ptr<antlr4::Token> nextToken() override {
    if (pendingEof_) return std::move(pendingEof_);
    std::unique_ptr<antlr4::Token> next = antlr4::Lexer::nextToken();
    // gc gives up at its 10th error: after that many invalid characters the rest of the
    // input is not lexed, so a file of junk costs no token per byte.
    if (next->getType() == INVALID_CHAR && ++invalidChars_ == kMaxInvalidChars) _input->seek(_input->size());
    if (next->getType() != antlr4::Token::EOF || mode != NLSEMI) return next;
    mode = DEFAULT_MODE;
    auto eos = _factory->create({this, _input}, EOS, "", DEFAULT_TOKEN_CHANNEL, next->getStartIndex(),
                                next->getStopIndex(), next->getLine(), next->getCharPositionInLine());
    pendingEof_ = std::move(next);
    return eos;
  }

 private:
  static constexpr int kMaxInvalidChars = 10;
  std::unique_ptr<antlr4::Token> pendingEof_;
  int invalidChars_ = 0;

 public:
}

// Keywords
BREAK       : 'break' -> mode(NLSEMI);
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue' -> mode(NLSEMI);
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough' -> mode(NLSEMI);
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return' -> mode(NLSEMI);
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// As gc's scanner does, an identifier takes in every non-ASCII character; the token check
// (frontend/parse_lex.cpp) then reports those that are not Unicode letters or digits
// ("invalid character U+20AC '€' in identifier"). Spelling Unicode's letters here as
// \p{L} would cost every run ~11M instructions: the ANTLR runtime rebuilds a set of ~700
// ranges, one insertion at a time, each time it deserializes the lexer's ATN.
IDENTIFIER : (LETTER | NON_ASCII) (LETTER | [0-9] | NON_ASCII)* -> mode(NLSEMI);

// Punctuation
L_PAREN    : '(';
R_PAREN    : ')' -> mode(NLSEMI);
L_CURLY    : '{';
R_CURLY    : '}' -> mode(NLSEMI);
L_BRACKET  : '[';
R_BRACKET  : ']' -> mode(NLSEMI);
ASSIGN     : '=';
COMMA      : ',';
SEMI       : ';' -> type(EOS);
COLON      : ':';
DOT        : '.';
ELLIPSIS   : '...';
PLUS_PLUS  : '++' -> mode(NLSEMI);
MINUS_MINUS: '--' -> mode(NLSEMI);
DEFINE     : ':=';

// Operators
LOGICAL_OR  : '||';
LOGICAL_AND : '&&';
EQUALS      : '==';
NOT_EQUALS  : '!=';
LESS        : '<';
LESS_EQ     : '<=';
GREATER     : '>';
GREATER_EQ  : '>=';
OR          : '|';
DIV         : '/';
MOD         : '%';
LSHIFT      : '<<';
RSHIFT      : '>>';
BIT_CLEAR   : '&^';
NOT         : '!';
PLUS        : '+';
MINUS       : '-';
CARET       : '^';
STAR        : '*';
AMPERSAND   : '&';
RECEIVE     : '<-';
TILDE       : '~';

// Assignment operators
PLUS_ASSIGN      : '+=';
MINUS_ASSIGN     : '-=';
STAR_ASSIGN      : '*=';
DIV_ASSIGN       : '/=';
MOD_ASSIGN       : '%=';
AND_ASSIGN       : '&=';
OR_ASSIGN        : '|=';
XOR_ASSIGN       : '^=';
LSHIFT_ASSIGN    : '<<=';
RSHIFT_ASSIGN    : '>>=';
BIT_CLEAR_ASSIGN : '&^=';

// Literals. NUMBER covers integer, float and imaginary literals in every base and spans
// what gc's scanner takes as one number (any decimal digit in any base, any exponent letter
// after a non-hex mantissa; in hex, `e` is a digit); it is validated afterwards with gc's
// messages.
NUMBER
  : ( '0' [xX] HEX_DIGSEP* ('.' HEX_DIGSEP*)? ([pP] [+-]? DEC_DIGSEP*)?
    | ( '0' [oObB] DEC_DIGSEP* ('.' DEC_DIGSEP*)?
      | [0-9] DEC_DIGSEP* ('.' DEC_DIGSEP*)?
      | '.' [0-9] DEC_DIGSEP*
      ) ([eEpP] [+-]? DEC_DIGSEP*)?
    ) 'i'? -> mode(NLSEMI);

RAW_STRING_LIT         : '`' ~'`'* '`' -> mode(NLSEMI);
STRING_LIT             : '"' (~["\\\n] | '\\' ~'\n')* '"' -> mode(NLSEMI);
RUNE_LIT               : '\'' (~['\\\n] | '\\' ~'\n')* '\'' -> mode(NLSEMI);
// Unterminated forms: the builder reports them ("newline in string", ...).
UNTERMINATED_RAW_STRING: '`' ~'`'* -> mode(NLSEMI);
UNTERMINATED_STRING    : '"' (~["\\\n] | '\\' ~'\n')* '\\'? -> mode(NLSEMI);
UNTERMINATED_RUNE      : '\'' (~['\\\n] | '\\' ~'\n')* '\\'? -> mode(NLSEMI);

// Whitespace and comments
WS                      : [ \t\r\u000C]+ -> skip;
NEWLINE                 : '\n' -> skip;
BLOCK_COMMENT           : '/*' .*? '*/' -> skip;
UNTERMINATED_COMMENT    : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(HIDDEN);
LINE_COMMENT            : '//' ~'\n'* -> skip;

// Anything else: reported by the builder as gc's "invalid character".
INVALID_CHAR : . ;

fragment DEC_DIGSEP    : [0-9_];
fragment HEX_DIGSEP    : [0-9a-fA-F_];
fragment LETTER        : [a-zA-Z_];
fragment NON_ASCII     : [\u0080-\u{10FFFF}];

// After a token that may end a statement.
mode NLSEMI;

WS_NLSEMI               : [ \t\r\u000C]+ -> skip;
BLOCK_COMMENT_NLSEMI    : '/*' ~'\n'*? '*/' -> skip;
LINE_COMMENT_NLSEMI     : '//' ~'\n'* -> skip;
// gc skips an invalid character without leaving the semicolon state.
INVALID_CHAR_NLSEMI     : [\u0000-\u0008\u000B\u000E-\u001F#$?@\\\u007F] -> type(INVALID_CHAR);
EOS_NLSEMI              : ('\n' | ';' | '/*' .*? '*/') -> type(EOS), mode(DEFAULT_MODE);
UNTERMINATED_COMMENT_NLSEMI : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(HIDDEN), type(UNTERMINATED_COMMENT);
OTHER                   : -> skip, mode(DEFAULT_MODE);

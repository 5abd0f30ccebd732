// Unicode character classes and case mapping exactly as Go's package unicode defines them,
// for the packages that need them natively (unicode, strings, strconv, bufio, fmt's Scan).
#pragma once

namespace goro::stdlib::unicode {

constexpr char32_t kMaxRune = 0x10FFFF;
constexpr char32_t kReplacementChar = 0xFFFD;

bool isLetter(char32_t r);
bool isDigit(char32_t r);
bool isNumber(char32_t r);
bool isUpper(char32_t r);
bool isLower(char32_t r);
bool isTitle(char32_t r);
bool isMark(char32_t r);
bool isPunct(char32_t r);
bool isSymbol(char32_t r);
bool isSpace(char32_t r);
bool isControl(char32_t r);
bool isPrint(char32_t r);    // L, M, N, P, S and the ASCII space
bool isGraphic(char32_t r);  // L, M, N, P, S and Zs

// unicode.To's three cases.
enum class Case { Upper = 0, Lower = 1, Title = 2 };
char32_t toCase(Case c, char32_t r);
inline char32_t toUpper(char32_t r) { return toCase(Case::Upper, r); }
inline char32_t toLower(char32_t r) { return toCase(Case::Lower, r); }
inline char32_t toTitle(char32_t r) { return toCase(Case::Title, r); }
// unicode.SimpleFold: the next rune in r's case-folding orbit.
char32_t simpleFold(char32_t r);

}  // namespace goro::stdlib::unicode

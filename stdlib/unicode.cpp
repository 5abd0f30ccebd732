// Package unicode: rune classification and case mapping over range tables generated from
// Go's own Unicode data (stdlib/unicode_tables.inc, made by stdlib/gen/unicode_tables.py).
//
// A table is a sorted array of {lo, hi, stride} ranges; membership is a binary search for
// the last range starting at or below r, then a stride test, as Go's unicode.Is does.
// ASCII takes a direct path for the classes that programs test in loops.
#include "stdlib/unicode.h"

#include <algorithm>
#include <cstdint>
#include <span>

#include "stdlib/support.h"

namespace goro::stdlib::unicode {

namespace {

struct RuneRange {
  uint32_t lo, hi, stride;
};
struct CaseRange {
  uint32_t lo, hi;
  int32_t delta[3];  // indexed by Case; kUpperLower marks alternating Upper/Lower pairs
};
struct FoldPair {
  uint32_t from, to;
};
constexpr int32_t kUpperLower = kMaxRune + 1;

#include "stdlib/unicode_tables.inc"

bool in(std::span<const RuneRange> table, char32_t r) {
  auto it = std::upper_bound(table.begin(), table.end(), static_cast<uint32_t>(r),
                             [](uint32_t x, const RuneRange& range) { return x < range.lo; });
  if (it == table.begin()) return false;
  --it;
  return r <= it->hi && (r - it->lo) % it->stride == 0;
}

bool isAsciiLetter(char32_t r) { return (r | 0x20) >= 'a' && (r | 0x20) <= 'z'; }

}  // namespace

bool isLetter(char32_t r) { return r < 0x80 ? isAsciiLetter(r) : in(kLetter, r); }
bool isDigit(char32_t r) { return r < 0x80 ? r >= '0' && r <= '9' : in(kDigit, r); }
bool isNumber(char32_t r) { return r < 0x80 ? r >= '0' && r <= '9' : in(kNumber, r); }
bool isUpper(char32_t r) { return r < 0x80 ? r >= 'A' && r <= 'Z' : in(kUpper, r); }
bool isLower(char32_t r) { return r < 0x80 ? r >= 'a' && r <= 'z' : in(kLower, r); }
bool isTitle(char32_t r) { return r >= 0x80 && in(kTitle, r); }
bool isMark(char32_t r) { return r >= 0x80 && in(kMark, r); }
bool isPunct(char32_t r) { return in(kPunct, r); }
bool isSymbol(char32_t r) { return in(kSymbol, r); }
bool isSpace(char32_t r) { return in(kWhiteSpace, r); }
bool isControl(char32_t r) { return r < 0x20 || (r >= 0x7F && r <= 0x9F); }

bool isPrint(char32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return isLetter(r) || isMark(r) || isNumber(r) || isPunct(r) || isSymbol(r);
}

bool isGraphic(char32_t r) { return isPrint(r) || in(kSpaceSeparator, r); }

char32_t toCase(Case c, char32_t r) {
  if (r < 0x80) {
    if (c == Case::Lower) return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return r >= 'a' && r <= 'z' ? r - 32 : r;
  }
  if (r > kMaxRune) return r;
  std::span<const CaseRange> table(kCaseRanges);
  auto it = std::upper_bound(table.begin(), table.end(), static_cast<uint32_t>(r),
                             [](uint32_t x, const CaseRange& range) { return x < range.lo; });
  if (it == table.begin() || r > (--it)->hi) return r;
  int32_t delta = it->delta[static_cast<int>(c)];
  if (delta == kUpperLower) {
    // Alternating Upper/Lower pairs starting at lo: the case is the low bit.
    return it->lo + (((r - it->lo) & ~char32_t{1}) | (c == Case::Lower ? 1 : 0));
  }
  return static_cast<char32_t>(static_cast<int32_t>(r) + delta);
}

char32_t simpleFold(char32_t r) {
  if (r > kMaxRune) return r;
  std::span<const FoldPair> orbit(kCaseOrbit);
  auto it = std::lower_bound(orbit.begin(), orbit.end(), static_cast<uint32_t>(r),
                             [](const FoldPair& p, uint32_t x) { return p.from < x; });
  if (it != orbit.end() && it->from == r) return it->to;
  char32_t lower = toLower(r);
  return lower != r ? lower : toUpper(r);
}

}  // namespace goro::stdlib::unicode

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
)

// The cases of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsMark(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsSpace(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
)go";

// A rune argument as the tables take it: negative runes become values past kMaxRune,
// which belong to no class and map to themselves.
char32_t argRune(const Slot& s) { return static_cast<char32_t>(static_cast<int32_t>(s.i)); }

template <bool (*Class)(char32_t)>
void nativeClass(NativeCtx&, Slot* io) {
  io[0].u = Class(argRune(io[0]));
}

template <char32_t (*Map)(char32_t)>
void nativeMap(NativeCtx&, Slot* io) {
  io[0].i = static_cast<int32_t>(Map(argRune(io[0])));
}

}  // namespace

void registerUnicode() {
  using namespace unicode;
  registerPackage(PackageDef{"unicode",
                             kSource,
                             {
                                 {"IsLetter", nativeClass<isLetter>},
                                 {"IsDigit", nativeClass<isDigit>},
                                 {"IsNumber", nativeClass<isNumber>},
                                 {"IsUpper", nativeClass<isUpper>},
                                 {"IsLower", nativeClass<isLower>},
                                 {"IsTitle", nativeClass<isTitle>},
                                 {"IsMark", nativeClass<isMark>},
                                 {"IsPunct", nativeClass<isPunct>},
                                 {"IsSymbol", nativeClass<isSymbol>},
                                 {"IsSpace", nativeClass<isSpace>},
                                 {"IsControl", nativeClass<isControl>},
                                 {"IsPrint", nativeClass<isPrint>},
                                 {"IsGraphic", nativeClass<isGraphic>},
                                 {"ToUpper", nativeMap<toUpper>},
                                 {"ToLower", nativeMap<toLower>},
                                 {"ToTitle", nativeMap<toTitle>},
                                 {"SimpleFold", nativeMap<simpleFold>},
                             }});
}

}  // namespace goro::stdlib

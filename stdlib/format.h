// Go's text formatting of values, shared by the packages that need it (fmt, strconv,
// errors, time) and by the VM when it prints panic values.
//
// Two layers. The number/quote layer reproduces package strconv byte for byte
// (FormatFloat's shortest and fixed-precision forms, Quote, IsPrint). The printer layer
// is package fmt's engine: one value printer driven by a `const Type*` and a register-
// form value (vm/value.h), implementing every verb, flag, width and precision the way
// fmt/print.go and fmt/format.go do, calling Error()/String() methods back in Go.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/value.h"

namespace goro {
struct NativeCtx;
struct Type;
}  // namespace goro

namespace goro::stdlib {

// ---- strconv layer --------------------------------------------------------------------

// strconv.FormatFloat(v, fmt, prec, bitSize) for fmt in "beEfFgGxX"; prec < 0: shortest
// representation that parses back to the same float of that bit size ('x': as many hex
// digits as needed).
std::string formatFloat(double v, char fmt, int prec, int bitSize);
// strconv.FormatInt / FormatUint for base 2..36.
std::string formatInt(int64_t v, int base);
std::string formatUint(uint64_t v, int base);

// unicode.IsPrint as strconv uses it when quoting.
bool isPrintRune(char32_t r);
// Decodes one UTF-8 sequence at s[0..]; returns U+FFFD with width 1 on invalid input and
// width 0 for an empty string, as utf8.DecodeRuneInString does.
char32_t decodeRune(std::string_view s, int* width);
void appendRune(std::string& out, char32_t r);  // invalid runes become U+FFFD

// strconv.Quote (asciiOnly: QuoteToASCII) appended to out; quote is '"'.
void appendQuote(std::string& out, std::string_view s, bool asciiOnly);
// strconv.QuoteRune / QuoteRuneToASCII.
void appendQuoteRune(std::string& out, char32_t r, bool asciiOnly);
bool canBackquote(std::string_view s);

// ---- fmt layer --------------------------------------------------------------------------

// Builds one formatted string. `cx` is needed to call Error()/String() methods; the
// printer never calls back into Go when cx is null (the VM's panic printer).
class Printer;

// fmt.Sprint, Sprintln, Sprintf over a slice of `any` (elements are Iface*, nullptr is nil).
std::string sprint(NativeCtx* cx, const Slice* args);
std::string sprintln(NativeCtx* cx, const Slice* args);
std::string sprintf(NativeCtx* cx, std::string_view format, const Slice* args);
// fmt.Errorf's formatting: like sprintf, but accepts one %w; *wrapped gets its operand.
std::string errorf(NativeCtx* cx, std::string_view format, const Slice* args, Iface** wrapped);
// Formats one value of static type t (register form) with verb 'v'; the form used for
// `panic: <value>` of non-error values and for tests of the printer.
std::string formatValue(NativeCtx* cx, const Type* t, Slot v, std::string_view format = "%v");

}  // namespace goro::stdlib

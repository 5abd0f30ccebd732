// Package math/bits: bit counting and manipulation on the compiler builtins, and
// full-width arithmetic (Add/Sub/Mul/Div with carries) on unsigned __int128.
#include "stdlib/support.h"
#include "vm/panic.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package bits

const UintSize = 64

func LeadingZeros64(x uint64) int
func TrailingZeros64(x uint64) int
func OnesCount64(x uint64) int
func Reverse64(x uint64) uint64
func ReverseBytes64(x uint64) uint64
func Mul64(x, y uint64) (hi, lo uint64)
func Div64(hi, lo, y uint64) (quo, rem uint64)

func LeadingZeros(x uint) int     { return LeadingZeros64(uint64(x)) }
func LeadingZeros8(x uint8) int   { return LeadingZeros64(uint64(x)) - 56 }
func LeadingZeros16(x uint16) int { return LeadingZeros64(uint64(x)) - 48 }
func LeadingZeros32(x uint32) int { return LeadingZeros64(uint64(x)) - 32 }

func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

func Len(x uint) int     { return 64 - LeadingZeros64(uint64(x)) }
func Len8(x uint8) int   { return 64 - LeadingZeros64(uint64(x)) }
func Len16(x uint16) int { return 64 - LeadingZeros64(uint64(x)) }
func Len32(x uint32) int { return 64 - LeadingZeros64(uint64(x)) }
func Len64(x uint64) int { return 64 - LeadingZeros64(x) }

func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

func Reverse(x uint) uint         { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8      { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16   { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32   { return uint32(Reverse64(uint64(x)) >> 32) }
func ReverseBytes(x uint) uint    { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint32(q), uint32(r)
}

func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

func Rem32(hi, lo, y uint32) uint32 { return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y)) }

func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}
)go";

void leadingZeros64(NativeCtx&, Slot* io) { io[0].i = io[0].u ? __builtin_clzll(io[0].u) : 64; }
void trailingZeros64(NativeCtx&, Slot* io) { io[0].i = io[0].u ? __builtin_ctzll(io[0].u) : 64; }
void onesCount64(NativeCtx&, Slot* io) { io[0].i = __builtin_popcountll(io[0].u); }
void reverseBytes64(NativeCtx&, Slot* io) { io[0].u = __builtin_bswap64(io[0].u); }

void reverse64(NativeCtx&, Slot* io) {
  uint64_t x = io[0].u;
  x = (x >> 1 & 0x5555555555555555) | (x & 0x5555555555555555) << 1;
  x = (x >> 2 & 0x3333333333333333) | (x & 0x3333333333333333) << 2;
  x = (x >> 4 & 0x0F0F0F0F0F0F0F0F) | (x & 0x0F0F0F0F0F0F0F0F) << 4;
  io[0].u = __builtin_bswap64(x);
}

void mul64(NativeCtx&, Slot* io) {
  unsigned __int128 p = static_cast<unsigned __int128>(io[0].u) * io[1].u;
  io[0].u = static_cast<uint64_t>(p >> 64);
  io[1].u = static_cast<uint64_t>(p);
}

// Div64 panics as Go's does: y == 0 divides by zero, y <= hi overflows the quotient.
void div64(NativeCtx&, Slot* io) {
  uint64_t hi = io[0].u, lo = io[1].u, y = io[2].u;
  if (y == 0) panicRuntimeError("integer divide by zero");
  if (y <= hi) panicRuntimeError("integer overflow");
  unsigned __int128 n = static_cast<unsigned __int128>(hi) << 64 | lo;
  io[0].u = static_cast<uint64_t>(n / y);
  io[1].u = static_cast<uint64_t>(n % y);
}

}  // namespace

void registerBits() {
  registerPackage(PackageDef{"math/bits",
                             kSource,
                             {
                                 {"LeadingZeros64", leadingZeros64},
                                 {"TrailingZeros64", trailingZeros64},
                                 {"OnesCount64", onesCount64},
                                 {"Reverse64", reverse64},
                                 {"ReverseBytes64", reverseBytes64},
                                 {"Mul64", mul64},
                                 {"Div64", div64},
                             }});
}

}  // namespace goro::stdlib

// Package math/bits: bit counting and manipulation. The 64-bit primitives are natives on
// the compiler's builtins (one instruction each on amd64); the narrower widths and the
// carry/borrow arithmetic are written in Go on top of them.
#include "stdlib/support.h"
#include "vm/panic.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package bits

const UintSize = 64 // the size of a uint in bits

func Len64(x uint64) (n int)
func TrailingZeros64(x uint64) int
func OnesCount64(x uint64) int
func Reverse64(x uint64) uint64
func ReverseBytes64(x uint64) uint64
func Mul64(x, y uint64) (hi, lo uint64)
func Div64(hi, lo, y uint64) (quo, rem uint64)

func Len(x uint) int     { return Len64(uint64(x)) }
func Len8(x uint8) int   { return Len64(uint64(x)) }
func Len16(x uint16) int { return Len64(uint64(x)) }
func Len32(x uint32) int { return Len64(uint64(x)) }

func LeadingZeros(x uint) int     { return UintSize - Len(x) }
func LeadingZeros8(x uint8) int   { return 8 - Len8(x) }
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

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

func Reverse(x uint) uint            { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8         { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16      { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32      { return uint32(Reverse64(uint64(x)) >> 32) }
func ReverseBytes(x uint) uint       { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// RotateLeft returns the value of x rotated left by (k mod UintSize) bits; to rotate
// right by k bits, call RotateLeft(x, -k).
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	const n = 8
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	const n = 16
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	const n = 32
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	const n = 64
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// Add64 returns the sum with carry of x, y and carry (which must be 0 or 1).
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	sum64 := uint64(x) + uint64(y) + uint64(carry)
	return uint32(sum64), uint32(sum64 >> 32)
}

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Sub64 returns the difference of x, y and borrow (which must be 0 or 1).
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Div32 returns the quotient and remainder of (hi, lo) divided by y; it panics for
// y == 0 (division by zero) or y <= hi (quotient overflow).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		overflowPanic()
	}
	z := uint64(hi)<<32 | uint64(lo)
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Rem64 returns the remainder of (hi, lo) divided by y; it never overflows.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

func overflowPanic()
)go";

void nativeLen64(NativeCtx&, Slot* io) { io[0].i = io[0].u == 0 ? 0 : 64 - __builtin_clzll(io[0].u); }
void nativeTrailingZeros64(NativeCtx&, Slot* io) { io[0].i = io[0].u == 0 ? 64 : __builtin_ctzll(io[0].u); }
void nativeOnesCount64(NativeCtx&, Slot* io) { io[0].i = __builtin_popcountll(io[0].u); }
void nativeReverseBytes64(NativeCtx&, Slot* io) { io[0].u = __builtin_bswap64(io[0].u); }

void nativeReverse64(NativeCtx&, Slot* io) {
  uint64_t x = io[0].u, r = 0;
  for (int i = 0; i < 64; i++, x >>= 1) r = (r << 1) | (x & 1);
  io[0].u = r;
}

void nativeMul64(NativeCtx&, Slot* io) {
  unsigned __int128 p = static_cast<unsigned __int128>(io[0].u) * io[1].u;
  io[0].u = static_cast<uint64_t>(p >> 64);
  io[1].u = static_cast<uint64_t>(p);
}

void nativeOverflowPanic(NativeCtx&, Slot*) { panicRuntimeError("integer overflow"); }

// Div64 panics as Go does: dividing by zero, or a quotient that overflows 64 bits.
void nativeDiv64(NativeCtx&, Slot* io) {
  uint64_t hi = io[0].u, lo = io[1].u, y = io[2].u;
  if (y == 0) panicRuntimeError("integer divide by zero");
  if (y <= hi) panicRuntimeError("integer overflow");
  unsigned __int128 z = (static_cast<unsigned __int128>(hi) << 64) | lo;
  io[0].u = static_cast<uint64_t>(z / y);
  io[1].u = static_cast<uint64_t>(z % y);
}

}  // namespace

void registerBits() {
  registerPackage(PackageDef{"math/bits",
                             kSource,
                             {
                                 {"Len64", nativeLen64},
                                 {"TrailingZeros64", nativeTrailingZeros64},
                                 {"OnesCount64", nativeOnesCount64},
                                 {"Reverse64", nativeReverse64},
                                 {"ReverseBytes64", nativeReverseBytes64},
                                 {"Mul64", nativeMul64},
                                 {"Div64", nativeDiv64},
                                 {"overflowPanic", nativeOverflowPanic},
                             }});
}

}  // namespace goro::stdlib

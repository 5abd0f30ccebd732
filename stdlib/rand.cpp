// Package math/rand, with Go 1.19's exact sequences: the source is Go's additive lagged
// Fibonacci generator (x[n] = x[n-273] + x[n-607] mod 2^64), seeded through the Park-Miller
// generator xor the published rngCooked table (stdlib/rng_cooked.inc); the Rand methods
// that turn its output into ints, floats and permutations are Go's algorithms, written
// in Go. As in Go 1.19, the top-level functions use a source seeded with 1 until Seed.
#include <cstdint>

#include "stdlib/support.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package rand

import "sync"

// A Source represents a source of uniformly-distributed pseudo-random int64 values in
// the range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

const rngLen = 607

type rngSource struct {
	tap  int // native code relies on this layout
	feed int
	vec  [rngLen]int64
}

func (rng *rngSource) Seed(seed int64)
func (rng *rngSource) Uint64() uint64
func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & (1<<63 - 1)) }

// NewSource returns a new pseudo-random Source seeded with the given value. It is not
// safe for concurrent use by multiple goroutines.
func NewSource(seed int64) Source {
	rng := &rngSource{}
	rng.Seed(seed)
	return rng
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src as a Source64, if it is one
}

func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int { return int(uint(r.Int63()) << 1 >> 1) }

// Int63n returns a number in [0,n) without modulo bias: draws above the largest
// multiple of n are rejected.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-shift reduction, used by Shuffle.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
	for {
		if f := float64(r.Int63()) / (1 << 63); f != 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		if f := float32(r.Float64()); f != 1 {
			return f
		}
	}
}

// Perm returns a pseudo-random permutation of the integers [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of n elements with Fisher-Yates; swap swaps the
// elements with indexes i and j.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// lockedSource guards the top-level functions' source: they are safe for concurrent use.
type lockedSource struct {
	mu  sync.Mutex
	src *rngSource
}

func (s *lockedSource) Int63() int64 {
	s.mu.Lock()
	n := s.src.Int63()
	s.mu.Unlock()
	return n
}

func (s *lockedSource) Uint64() uint64 {
	s.mu.Lock()
	n := s.src.Uint64()
	s.mu.Unlock()
	return n
}

func (s *lockedSource) Seed(seed int64) {
	s.mu.Lock()
	s.src.Seed(seed)
	s.mu.Unlock()
}

var globalRand = New(&lockedSource{src: NewSource(1).(*rngSource)})

// Seed uses the provided seed value to initialize the default Source.
func Seed(seed int64) { globalRand.Seed(seed) }

func Int63() int64 { return globalRand.Int63() }

func Uint32() uint32 { return globalRand.Uint32() }

func Uint64() uint64 { return globalRand.Uint64() }

func Int31() int32 { return globalRand.Int31() }

func Int() int { return globalRand.Int() }

func Int63n(n int64) int64 { return globalRand.Int63n(n) }

func Int31n(n int32) int32 { return globalRand.Int31n(n) }

func Intn(n int) int { return globalRand.Intn(n) }

func Float64() float64 { return globalRand.Float64() }

func Float32() float32 { return globalRand.Float32() }

func Perm(n int) []int { return globalRand.Perm(n) }

func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
)go";

constexpr int kLen = 607;
constexpr int kTap = 273;
constexpr int64_t kInt32Max = (int64_t{1} << 31) - 1;

constexpr int64_t kCooked[kLen] = {
#include "stdlib/rng_cooked.inc"
};

// The Go struct rngSource in memory.
struct RngSource {
  int64_t tap;
  int64_t feed;
  int64_t vec[kLen];
};

// One step of the Park-Miller generator x' = 48271 x mod (2^31 - 1), Schrage's method.
int32_t seedStep(int32_t x) {
  constexpr int32_t A = 48271, Q = 44488, R = 3399;
  int32_t hi = x / Q, lo = x % Q;
  x = A * lo - R * hi;
  return x < 0 ? x + static_cast<int32_t>(kInt32Max) : x;
}

void nativeSeed(NativeCtx&, Slot* io) {
  auto* rng = static_cast<RngSource*>(io[0].p);
  int64_t seed = io[1].i % kInt32Max;
  if (seed < 0) seed += kInt32Max;
  if (seed == 0) seed = 89482311;
  rng->tap = 0;
  rng->feed = kLen - kTap;
  auto x = static_cast<int32_t>(seed);
  for (int i = -20; i < kLen; i++) {
    x = seedStep(x);
    if (i < 0) continue;
    uint64_t u = static_cast<uint64_t>(x) << 40;
    x = seedStep(x);
    u ^= static_cast<uint64_t>(x) << 20;
    x = seedStep(x);
    u ^= static_cast<uint64_t>(x);
    rng->vec[i] = static_cast<int64_t>(u ^ static_cast<uint64_t>(kCooked[i]));
  }
}

void nativeUint64(NativeCtx&, Slot* io) {
  auto* rng = static_cast<RngSource*>(io[0].p);
  if (--rng->tap < 0) rng->tap += kLen;
  if (--rng->feed < 0) rng->feed += kLen;
  uint64_t x = static_cast<uint64_t>(rng->vec[rng->feed]) + static_cast<uint64_t>(rng->vec[rng->tap]);
  rng->vec[rng->feed] = static_cast<int64_t>(x);
  io[0].u = x;
}

}  // namespace

void registerRand() {
  registerPackage(PackageDef{"math/rand",
                             kSource,
                             {
                                 {"(*rngSource).Seed", nativeSeed},
                                 {"(*rngSource).Uint64", nativeUint64},
                             }});
}

}  // namespace goro::stdlib

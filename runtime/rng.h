// The runtime's source of scheduling randomness (select order, steal victims).
//
// Every random choice the scheduler makes goes through an Rng owned by a worker, so a
// fixed Options::seed fixes all of them. wyrand: one multiply per number, good enough
// statistics for shuffling, and a 64-bit state that is trivial to derive per worker.
#pragma once

#include <cstdint>

namespace goro::rt {

class Rng {
 public:
  explicit Rng(uint64_t seed = 0) : state_(seed) {}

  uint64_t next() {
    state_ += 0xa0761d6478bd642fULL;
    __uint128_t product = static_cast<__uint128_t>(state_) * (state_ ^ 0xe7037ed1a0b428dbULL);
    return static_cast<uint64_t>(product >> 64) ^ static_cast<uint64_t>(product);
  }

  // Uniform in [0, n) for n > 0 (multiply-shift; bias below 2^-32 for the n we use).
  uint32_t below(uint32_t n) {
    return static_cast<uint32_t>((static_cast<uint64_t>(static_cast<uint32_t>(next())) * n) >> 32);
  }

  // A well-mixed seed for stream `index` derived from a master seed (splitmix64).
  static uint64_t derive(uint64_t master, uint64_t index) {
    uint64_t z = master + (index + 1) * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

 private:
  uint64_t state_;
};

}  // namespace goro::rt

// Reciprocals of constant divisors (see vm/divide.h), computed once per divisor.
#include "vm/divide.h"

#include <map>
#include <mutex>

namespace goro {

const ConstDivisor* constDivisor(int64_t d) {
  static std::mutex mu;
  static std::map<int64_t, const ConstDivisor*> interned;
  std::lock_guard lock(mu);
  const ConstDivisor*& slot = interned[d];
  if (slot) return slot;
  uint64_t magnitude = d < 0 ? 0 - uint64_t(d) : uint64_t(d);
  uint8_t shift = uint8_t(63 - __builtin_clzll(magnitude));  // floor(log2 |d|)
  uint64_t multiplier = 0;
  if (magnitude & (magnitude - 1)) {
    unsigned __int128 scale = static_cast<unsigned __int128>(1) << (64 + shift);
    multiplier = uint64_t((scale + magnitude - 1) / magnitude);
  }
  slot = new ConstDivisor{d, multiplier, shift};
  return slot;
}

}  // namespace goro

// Fiber stacks for goroutines: mapped in chunks, recycled through per-worker caches.
//
// A goroutine's stack is a fixed-size region of anonymous memory reserved with
// MAP_NORESERVE: only the pages a goroutine touches cost RSS (a few KiB for most), so
// the reservation can be generous for natively recursive code. Regions are carved from
// large chunks (one mmap per kStacksPerChunk stacks keeps the mapping count, bounded by
// vm.max_map_count, far below the goroutine count) and never unmapped: a dead
// goroutine's stack goes back to its worker's cache and then, in batches, to the shared
// free list, so spawning is a pointer pop in the common case.
//
// There are no guard pages: one per stack would double the mapping count and cap the
// program near 32k goroutines. The VM bounds its own native recursion instead.
#pragma once

#include <cstddef>
#include <mutex>
#include <vector>

namespace goro::rt {

constexpr size_t kGoroutineStackBytes = 256u << 10;

// The shared free list. Thread-safe.
class StackPool {
 public:
  // Moves up to `count` free stacks (their low addresses) into `out`, mapping more if needed.
  void takeBatch(std::vector<void*>& out, size_t count);
  void giveBatch(const void* const* stacks, size_t count);

 private:
  std::mutex mutex_;
  std::vector<void*> free_;
};

StackPool& stackPool();

// A worker's private cache in front of the pool. Not thread-safe: only its worker uses it.
class StackCache {
 public:
  StackCache() { stacks_.reserve(kCapacity); }
  void* take() {
    if (stacks_.empty()) stackPool().takeBatch(stacks_, kCapacity / 2);
    void* stack = stacks_.back();
    stacks_.pop_back();
    return stack;
  }
  void give(void* stack) {
    if (stacks_.size() == kCapacity) {
      size_t keep = kCapacity / 2;
      stackPool().giveBatch(stacks_.data() + keep, stacks_.size() - keep);
      stacks_.resize(keep);
    }
    stacks_.push_back(stack);
  }

 private:
  static constexpr size_t kCapacity = 64;
  std::vector<void*> stacks_;
};

}  // namespace goro::rt

// The shared pool of goroutine stacks (see stack_pool.h).
#include "runtime/stack_pool.h"

#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>

namespace goro::rt {

namespace {
constexpr size_t kStacksPerChunk = 64;  // 16 MiB of address space per mmap
}

StackPool& stackPool() {
  static StackPool* pool = new StackPool;  // never destroyed: stacks outlive static teardown
  return *pool;
}

void StackPool::takeBatch(std::vector<void*>& out, size_t count) {
  std::lock_guard lock(mutex_);
  if (free_.size() < count) {
    size_t bytes = kGoroutineStackBytes * kStacksPerChunk;
    void* chunk = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (chunk == MAP_FAILED) {
      std::fputs("fatal error: out of memory allocating goroutine stack\n", stderr);
      std::_Exit(2);
    }
    // Hand out low addresses last so a short-lived program touches one end of the chunk.
    for (size_t i = kStacksPerChunk; i-- > 0;)
      free_.push_back(static_cast<char*>(chunk) + i * kGoroutineStackBytes);
  }
  for (size_t i = 0; i < count && !free_.empty(); ++i) {
    out.push_back(free_.back());
    free_.pop_back();
  }
}

void StackPool::giveBatch(const void* const* stacks, size_t count) {
  std::lock_guard lock(mutex_);
  for (size_t i = 0; i < count; ++i) free_.push_back(const_cast<void*>(stacks[i]));
}

}  // namespace goro::rt

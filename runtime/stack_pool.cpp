// The shared pool of carrier stacks (see stack_pool.h).
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

void* StackPool::take() {
  std::lock_guard lock(mutex_);
  if (free_.empty()) {
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
  void* stack = free_.back();
  free_.pop_back();
  return stack;
}

}  // namespace goro::rt

// Native stacks for carriers (the fibers goroutines run on): mapped in chunks, never freed.
//
// A carrier's stack is a fixed-size region of anonymous memory reserved with
// MAP_NORESERVE: only the pages it touches cost RSS, so the reservation can be generous
// for natively recursive code. Regions are carved from large chunks (one mmap per
// kStacksPerChunk stacks keeps the mapping count, bounded by vm.max_map_count, low).
// Carriers are pooled and never destroyed (sched.cpp), and there are only as many as
// goroutines ever ran or blocked natively at once, so stacks are never given back.
//
// There are no guard pages: the VM bounds its own native recursion instead
// (rt::stackSpaceLeft).
#pragma once

#include <cstddef>
#include <mutex>
#include <vector>

namespace goro::rt {

constexpr size_t kGoroutineStackBytes = 256u << 10;

// Thread-safe.
class StackPool {
 public:
  void* take();  // the low address of a fresh stack

 private:
  std::mutex mutex_;
  std::vector<void*> free_;
};

StackPool& stackPool();

}  // namespace goro::rt

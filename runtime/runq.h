// Run queues: each worker's lock-free ring and the shared global queue.
//
// The local ring is Go's runq: a single producer (the owning worker) appends at `tail`;
// consumers (the owner, and thieves taking half at once) advance `head` with a CAS. When
// the ring is full, half of it moves to the global queue in one batch, so a worker that
// spawns in a loop feeds idle workers through the global queue as well as by stealing.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>

#include "runtime/sched.h"

namespace goro::rt {

class LocalRunQueue;

// The global queue: an intrusive FIFO through G::Impl::schedLink.
class GlobalRunQueue {
 public:
  void push(G* g) { pushBatch(g, g, 1); }
  // Appends the chain head..tail (linked through schedLink) of n goroutines.
  void pushBatch(G* head, G* tail, uint32_t n);
  // Pops one goroutine and moves up to `max - 1` more into `into`'s ring.
  G* popBatch(LocalRunQueue& into, uint32_t max);
  bool empty() const { return size_.load(std::memory_order_acquire) == 0; }
  uint32_t size() const { return size_.load(std::memory_order_acquire); }

 private:
  std::mutex mutex_;
  G* head_ = nullptr;
  G* tail_ = nullptr;
  std::atomic<uint32_t> size_{0};
};

class LocalRunQueue {
 public:
  static constexpr uint32_t kCapacity = 256;

  // Owner only. On overflow moves half of the ring plus g to `overflow`.
  void push(G* g, GlobalRunQueue& overflow);
  // Owner only.
  G* pop();
  // Another worker (the thief, calling on its own queue) takes half of `victim`'s ring;
  // returns one of the stolen goroutines to run now, the rest land in this ring.
  G* stealFrom(LocalRunQueue& victim);
  // Owner only: empties the ring into the global queue (when the worker stops).
  void drainTo(GlobalRunQueue& global);
  bool empty() const {
    return head_.load(std::memory_order_acquire) == tail_.load(std::memory_order_acquire);
  }
  uint32_t freeSlots() const {
    return kCapacity - (tail_.load(std::memory_order_relaxed) - head_.load(std::memory_order_acquire));
  }
  // Owner only, with at least n free slots: appends without publishing, then publish().
  void stage(uint32_t i, G* g) {
    slots_[(tail_.load(std::memory_order_relaxed) + i) % kCapacity].store(g, std::memory_order_relaxed);
  }
  void publish(uint32_t n) {
    tail_.store(tail_.load(std::memory_order_relaxed) + n, std::memory_order_release);
  }

 private:
  bool pushSlow(G* g, uint32_t head, GlobalRunQueue& overflow);
  // Copies half of this ring into `thief`'s slots starting at thief's tail (unpublished).
  uint32_t grabHalf(LocalRunQueue& thief);

  alignas(64) std::atomic<uint32_t> head_{0};
  alignas(64) std::atomic<uint32_t> tail_{0};
  std::atomic<G*> slots_[kCapacity];
};

}  // namespace goro::rt

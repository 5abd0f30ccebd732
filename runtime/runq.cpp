// Run queue operations (see runq.h); the ring follows Go's runqput/runqget/runqsteal.
#include "runtime/runq.h"

#include "runtime/sched_internal.h"

namespace goro::rt {

void GlobalRunQueue::pushBatch(G* head, G* tail, uint32_t n) {
  std::lock_guard lock(mutex_);
  tail->impl->schedLink = nullptr;
  if (tail_) tail_->impl->schedLink = head;
  else head_ = head;
  tail_ = tail;
  size_.fetch_add(n, std::memory_order_release);
}

G* GlobalRunQueue::popBatch(LocalRunQueue& into, uint32_t max) {
  if (empty()) return nullptr;
  std::lock_guard lock(mutex_);
  uint32_t n = size_.load(std::memory_order_relaxed);
  if (n == 0) return nullptr;
  if (n > max) n = max;
  if (n > into.freeSlots() + 1) n = into.freeSlots() + 1;
  G* first = head_;
  G* g = first->impl->schedLink;
  for (uint32_t i = 0; i + 1 < n; ++i) {
    into.stage(i, g);
    g = g->impl->schedLink;
  }
  head_ = g;
  if (!head_) tail_ = nullptr;
  size_.fetch_sub(n, std::memory_order_release);
  into.publish(n - 1);
  return first;
}

void LocalRunQueue::push(G* g, GlobalRunQueue& overflow) {
  for (;;) {
    uint32_t head = head_.load(std::memory_order_acquire);
    uint32_t tail = tail_.load(std::memory_order_relaxed);
    if (tail - head < kCapacity) {
      slots_[tail % kCapacity].store(g, std::memory_order_relaxed);
      tail_.store(tail + 1, std::memory_order_release);
      return;
    }
    if (pushSlow(g, head, overflow)) return;
    // A thief took some meanwhile: there is room now.
  }
}

bool LocalRunQueue::pushSlow(G* g, uint32_t head, GlobalRunQueue& overflow) {
  constexpr uint32_t half = kCapacity / 2;
  G* batch[half + 1];
  for (uint32_t i = 0; i < half; ++i) batch[i] = slots_[(head + i) % kCapacity].load(std::memory_order_relaxed);
  if (!head_.compare_exchange_strong(head, head + half, std::memory_order_acq_rel)) return false;
  batch[half] = g;
  for (uint32_t i = 0; i < half; ++i) batch[i]->impl->schedLink = batch[i + 1];
  overflow.pushBatch(batch[0], batch[half], half + 1);
  return true;
}

G* LocalRunQueue::pop() {
  for (;;) {
    uint32_t head = head_.load(std::memory_order_acquire);
    uint32_t tail = tail_.load(std::memory_order_relaxed);
    if (head == tail) return nullptr;
    G* g = slots_[head % kCapacity].load(std::memory_order_relaxed);
    if (head_.compare_exchange_weak(head, head + 1, std::memory_order_acq_rel)) return g;
  }
}

uint32_t LocalRunQueue::grabHalf(LocalRunQueue& thief) {
  for (;;) {
    uint32_t head = head_.load(std::memory_order_acquire);
    uint32_t tail = tail_.load(std::memory_order_acquire);
    uint32_t n = tail - head;
    n -= n / 2;
    if (n == 0) return 0;
    if (n > kCapacity / 2) continue;  // inconsistent head/tail snapshot: retry
    uint32_t thiefTail = thief.tail_.load(std::memory_order_relaxed);
    for (uint32_t i = 0; i < n; ++i) {
      G* g = slots_[(head + i) % kCapacity].load(std::memory_order_relaxed);
      thief.slots_[(thiefTail + i) % kCapacity].store(g, std::memory_order_relaxed);
    }
    if (head_.compare_exchange_weak(head, head + n, std::memory_order_acq_rel)) return n;
  }
}

G* LocalRunQueue::stealFrom(LocalRunQueue& victim) {
  uint32_t n = victim.grabHalf(*this);
  if (n == 0) return nullptr;
  uint32_t tail = tail_.load(std::memory_order_relaxed);
  G* g = slots_[(tail + n - 1) % kCapacity].load(std::memory_order_relaxed);
  if (n > 1) tail_.store(tail + n - 1, std::memory_order_release);
  return g;
}

void LocalRunQueue::drainTo(GlobalRunQueue& global) {
  while (G* g = pop()) global.push(g);
}

}  // namespace goro::rt

// The scheduler's timer heap: sleeping goroutines and stdlib timers, no thread per timer.
//
// One binary min-heap ordered by (when, sequence), under one mutex. Busy workers run due
// timers from their scheduling loop (and from preempt()); when every worker is idle, one
// of them sleeps on its condition variable until the earliest deadline. `earliest` is
// readable without the lock so the loop's "anything due?" check costs one atomic load.
// Heap storage is scanned by the collector (a Timer's arg may be the only reference to
// a channel), but the timers themselves belong to whoever added them.
#pragma once

#define GC_THREADS
#define GC_NO_THREAD_REDIRECTS
#include <gc/gc_allocator.h>

#include <atomic>
#include <climits>
#include <cstdint>
#include <mutex>
#include <vector>

#include "runtime/sched_internal.h"

namespace goro::rt {

class TimerHeap {
 public:
  // Schedules t; returns true if it became the earliest timer.
  bool add(Timer* t);
  // Unschedules t; false if it was not scheduled (already fired or stopped).
  bool remove(Timer* t);
  // Fires every timer due at `now` (outside the lock); returns how many fired.
  int runDue(int64_t now);
  int64_t earliest() const { return earliest_.load(std::memory_order_acquire); }
  bool empty() const { return earliest() == INT64_MAX; }

 private:
  bool before(const Timer* a, const Timer* b) const {
    return a->when < b->when || (a->when == b->when && a->sequence < b->sequence);
  }
  void siftUp(size_t i);
  void siftDown(size_t i);
  void place(size_t i, Timer* t) {
    heap_[i] = t;
    t->heapIndex = static_cast<int32_t>(i);
  }
  void removeAt(size_t i);
  void publishEarliest() { earliest_.store(heap_.empty() ? INT64_MAX : heap_[0]->when, std::memory_order_release); }

  std::mutex mutex_;
  std::vector<Timer*, traceable_allocator<Timer*>> heap_;
  uint64_t nextSequence_ = 0;
  std::atomic<int64_t> earliest_{INT64_MAX};
};

}  // namespace goro::rt

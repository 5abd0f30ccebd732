// The timer heap (see timers.h).
#include "runtime/timers.h"

namespace goro::rt {

bool TimerHeap::add(Timer* t) {
  std::lock_guard lock(mutex_);
  t->sequence = nextSequence_++;
  heap_.push_back(t);
  t->heapIndex = static_cast<int32_t>(heap_.size() - 1);
  siftUp(heap_.size() - 1);
  bool first = heap_[0] == t;
  publishEarliest();
  return first;
}

bool TimerHeap::remove(Timer* t) {
  std::lock_guard lock(mutex_);
  if (t->heapIndex < 0) return false;
  removeAt(static_cast<size_t>(t->heapIndex));
  publishEarliest();
  return true;
}

int TimerHeap::runDue(int64_t now) {
  int fired = 0;
  for (;;) {
    Timer* t;
    {
      std::lock_guard lock(mutex_);
      if (heap_.empty() || heap_[0]->when > now) return fired;
      t = heap_[0];
      removeAt(0);
      publishEarliest();
    }
    t->fire(t->arg);
    ++fired;
  }
}

void TimerHeap::removeAt(size_t i) {
  Timer* removed = heap_[i];
  Timer* last = heap_.back();
  heap_.pop_back();
  removed->heapIndex = -1;
  if (removed == last) return;
  place(i, last);
  siftUp(i);
  siftDown(static_cast<size_t>(last->heapIndex));
}

void TimerHeap::siftUp(size_t i) {
  Timer* t = heap_[i];
  while (i > 0) {
    size_t parent = (i - 1) / 2;
    if (!before(t, heap_[parent])) break;
    place(i, heap_[parent]);
    i = parent;
  }
  place(i, t);
}

void TimerHeap::siftDown(size_t i) {
  Timer* t = heap_[i];
  size_t n = heap_.size();
  for (;;) {
    size_t child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(heap_[child + 1], heap_[child])) ++child;
    if (!before(heap_[child], t)) break;
    place(i, heap_[child]);
    i = child;
  }
  place(i, t);
}

}  // namespace goro::rt

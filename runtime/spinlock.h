// A small lock for runtime structures held for a few instructions (channels, queues).
//
// Unlike std::mutex it has no owner, so a goroutine may take it and the scheduler release
// it after the goroutine switched out (park's unlock callback), which is exactly how
// channel operations hand a waiter to the scheduler. Contended waiters back off to
// sched_yield: the machine may run more threads than cores.
#pragma once

#include <sched.h>

#include <atomic>

namespace goro::rt {

// Tells the CPU the caller is busy-waiting (x86 PAUSE): saves power and lets a sibling
// hyperthread run.
inline void cpuRelax() { __builtin_ia32_pause(); }

class SpinLock {
 public:
  void lock() {
    for (int spins = 0;;) {
      if (!locked_.exchange(true, std::memory_order_acquire)) return;
      while (locked_.load(std::memory_order_relaxed)) {
        if (++spins < 100) cpuRelax();
        else sched_yield();
      }
    }
  }
  void unlock() { locked_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> locked_{false};
};

}  // namespace goro::rt

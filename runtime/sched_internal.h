// Scheduler internals shared by the runtime's files: G's private part, workers, timers.
#pragma once

#include <boost/context/fiber.hpp>
#include <boost/context/stack_context.hpp>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <thread>

#include "runtime/rng.h"
#include "runtime/runq.h"
#include "runtime/sched.h"
#include "runtime/stack_pool.h"

namespace goro::rt {

struct Worker;

struct Timer {
  int64_t when = 0;            // nanotime clock
  void (*fire)(void*) = nullptr;
  void* arg = nullptr;
  uint64_t sequence = 0;       // ties on `when` fire in the order the timers were added
  int32_t heapIndex = -1;      // position in the timer heap, -1 when not scheduled
};

// What a carrier asks of its worker's scheduling loop when it switches away.
enum class SwitchReason : uint8_t {
  Park,   // the goroutine parked keeping the carrier (Suspend::Now)
  Yield,  // the goroutine yielded keeping the carrier
  Idle,   // the carrier filed its last goroutine itself and has nothing it may run now:
          // cache it, then resume Worker::handoff if set
};

// What a goroutine's entry function returning means.
enum class ReturnAction : uint8_t {
  Exit,   // the goroutine is done
  Park,   // it parked with Suspend::OnReturn; its state is all on the heap
  Yield,  // likewise, yielded
};

// A fiber with its own native stack that runs goroutines one after another (see
// sched.cpp). It lives at the cold end of its stack region and is never destroyed: an
// idle carrier waits, suspended at the top of its loop, in a worker's cache or the pool.
struct Carrier {
  boost::context::fiber context;        // the suspended carrier; empty while it runs
  boost::context::stack_context stack;  // sp is the cold (high) end
  G* g = nullptr;                       // the goroutine it runs or holds, null when idle
  Carrier* next = nullptr;              // idle list link
  void* asanFakeStack = nullptr;
  void* tsanFiber = nullptr;
};

struct G::Impl {
  Carrier* carrier = nullptr;     // while running, or parked keeping its stack
  Worker* worker = nullptr;       // the worker running it, set before every resume
  G* schedLink = nullptr;         // global run queue and free list
  G* allLink = nullptr;           // the list of every G ever created
  ReturnAction onReturn = ReturnAction::Exit;  // Park or Yield once Suspend::OnReturn asked
  Timer sleepTimer;               // time.Sleep without allocating
  struct ChanWaitSet* chanWaits = nullptr;  // chan.cpp's waiters for this G (GC memory)
  // parkUntilAcquired: what must succeed before the G runs again (null: nothing).
  bool (*acquire)(G*, void*) = nullptr;
  void* acquireArg = nullptr;
  WaitReason acquireReason = WaitReason::None;
};

// One worker thread (a P and its M in Go's terms).
struct Worker {
  int id = 0;

  // Scheduling.
  std::atomic<G*> runnext{nullptr};  // runs next, ahead of the ring: ready()/spawn() target
  LocalRunQueue runq;
  uint32_t scheduleTick = 0;
  Rng rng;
  bool spinning = false;  // looking for work to steal (counted in Scheduler::spinning)

  // The goroutine being run and how it left.
  std::atomic<G*> curg{nullptr};  // read by thieves deciding whether to take runnext
  boost::context::fiber schedulerContext;  // this worker's loop, suspended while curg runs
  SwitchReason switchReason = SwitchReason::Park;
  G* handoff = nullptr;  // found by an idling carrier; has a carrier of its own to resume
  void (*parkUnlock)(void*) = nullptr;
  void* parkUnlockArg = nullptr;

  // Recycling.
  Carrier* idleCarriers = nullptr;
  uint32_t idleCarrierCount = 0;
  G* freeGs = nullptr;
  uint32_t freeGCount = 0;
  // Goroutines started here minus those that ended here (written by this worker only).
  std::atomic<int64_t> goroutineBalance{0};

  // Garbage collection (see gc_fibers.h).
  std::atomic<void*> gcHandle{nullptr};  // set by the thread once registered
  void* nativeStackBottom = nullptr;  // cold end of the thread's own stack
  void* nativeStackLow = nullptr;     // for the sanitizers' fiber annotations
  size_t nativeStackSize = 0;
  std::atomic<void*> stackBottomNow{nullptr};  // cold end of the stack it runs on now
  void* tsanFiber = nullptr;
  void* asanFakeStack = nullptr;

  // Sleeping (guarded by Scheduler::idleMutex).
  std::condition_variable wakeup;
  bool woken = false;
  bool sleeping = false;
  std::thread thread;
};

// The worker the calling thread runs, or null. Never inlined: see the thread_local
// pitfall in the toolchain notes (a fiber may resume on another thread).
Worker* currentWorker();

// Uniform in [0, n) from the calling worker's Rng (a shared one off the workers).
uint32_t randomBelow(uint32_t n);

}  // namespace goro::rt

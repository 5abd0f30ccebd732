// The M:N goroutine scheduler: workers, their scheduling loop, parking, sleeping, timers.
//
// Design (Go's proc.go, simplified to what an interpreter needs):
//  - A worker is a P and its M at once: one OS thread with a `runnext` slot, a local ring
//    (runq.h) and a scheduling loop running on the thread's own native stack. Goroutines
//    run on carriers (fibers, see below). A goroutine that switches away keeping its
//    stack goes back to the loop, which files it (requeued, or parked, running the park's
//    unlock callback strictly after the goroutine's context is saved).
//  - Carriers. A carrier is a fiber whose body is a loop: run the entry function of the G
//    it was handed; when that returns (exit, or a stackless park or yield requested with
//    Suspend::OnReturn) the G's state is all on the heap, so the carrier files the G
//    itself and runs the next runnable G that has no stack of its own, without any
//    switch. Only when the next G holds a carrier (it parked with Suspend::Now, suspended
//    inside park()) or nothing is runnable does the carrier go back to the loop, which
//    caches it, suspended at the top of its body, and resumes that G or looks further.
//    So a new goroutine costs only its G record until it first runs, a waiting VM
//    goroutine costs only its heap state, and a chain of short goroutines runs on one
//    warm stack with no context switch. Carriers are never destroyed; each worker caches
//    up to kIdleCarrierLimit and shares the rest through a global list.
//  - Finding work: runnext, the ring, the global queue (first, every 61st tick, for
//    fairness), then stealing half of a random victim's ring. A worker that finds nothing
//    sleeps on its own condition variable. Making work available (ready, spawn) wakes
//    one sleeper if nobody is already looking (`spinning`); a store-fence-load on both
//    sides (push then read the idle count / count idle then re-scan queues) makes sure
//    a sleeper never misses work pushed while it was going to sleep.
//  - A goroutine parked with parkUntilAcquired (a woken sync.Mutex waiter) must win what
//    it waits for before it runs: the loop calls its acquire callback first, and when that
//    loses the goroutine stays parked without ever taking a carrier. canSpin tells such
//    code whether to busy-wait a moment instead (another worker is running a goroutine).
//  - Timers live in one heap (timers.h). Busy workers fire due timers in their loop; when
//    all are asleep one of them (the timer waiter) sleeps with the earliest deadline.
//  - The last worker to fall asleep sees the whole program: no goroutine running, none
//    queued. With a timer pending it waits for it (or, under fakeTime, jumps the virtual
//    clock to it); with none the program is deadlocked, as Go reports.
//  - GOMAXPROCS is the number of active workers; workers beyond it give their queues to
//    the global queue and sleep until it grows again.
//  - GC (gc_fibers.h): every switch happens inside beginSwitch/endSwitch, and the loop
//    records which stack each thread is on; pushFiberRoots reports the stacks of carriers
//    held by suspended goroutines. Idle carriers are not scanned: their stacks hold only
//    stale words, which must not keep garbage alive.
#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <random>
#include <vector>

#include "runtime/clock.h"
#include "runtime/gc.h"
#include "runtime/gc_fibers.h"
#include "runtime/sched_internal.h"
#include "runtime/spinlock.h"
#include "runtime/timeline.h"
#include "runtime/timers.h"

#if defined(GORO_SANITIZE)
#include <sanitizer/common_interface_defs.h>
#endif
#if defined(GORO_TSAN)
#include <sanitizer/tsan_interface.h>
#endif

namespace goro::rt {

namespace {

constexpr int kMaxProcs = gc::kMaxSwitchSlots;
constexpr uint64_t kFirstSpawnedGoid = 5;
constexpr uint32_t kGlobalQueuePollInterval = 61;
constexpr uint32_t kGlobalQueueBatch = 128;
constexpr int kStealRounds = 4;
// A worker caches up to kFreeGCacheLimit dead goroutine records and trades them with
// the global list kFreeGBatch at a time (Go's gfput/gfget): the spawner and the workers
// that run the goroutines are often different threads.
constexpr uint32_t kFreeGCacheLimit = 64;
constexpr uint32_t kFreeGBatch = 32;
constexpr uint32_t kIdleCarrierLimit = 16;
// Under an explicit seed, a worker takes its next goroutine from among the first this
// many of its ring (see takeFromRing).
constexpr uint32_t kSeededPickWindow = 4;
// canSpin allows this many spinning iterations, as Go's active_spin.
constexpr int kActiveSpinIterations = 4;

struct Scheduler {
  Options options;
  bool seeded = false;  // an explicit seed: queue order and time slices derive from it
  bool multicore = false;  // more than one CPU: spinning can pay off
  std::atomic<Worker*> workers[kMaxProcs] = {};
  std::atomic<int> created{0};  // workers[0..created) exist
  std::atomic<int> active{0};   // GOMAXPROCS: workers[0..active) may run goroutines
  GlobalRunQueue global;
  TimerHeap timers;

  // Sleeping workers. Counters change only under idleMutex; the atomics let hot paths
  // read them without it.
  std::mutex idleMutex;
  int sleeping = 0;                   // asleep, active or not
  std::atomic<int> idleActive{0};     // asleep and active: candidates for wakeIdleWorker
  std::atomic<int> spinning{0};       // awake and looking for work
  Worker* timerWaiter = nullptr;      // asleep until the earliest timer

  std::atomic<int> carriers{0};       // created so far
  std::atomic<G*> allGs{nullptr};     // newest first, linked through allLink, never shrinks
  // Goroutines started minus ended off any worker; each worker keeps its own balance, so
  // spawning on one worker and exiting on another share no counter.
  std::atomic<int64_t> offWorkerGoroutines{0};
  alignas(64) std::atomic<uint64_t> nextGoid{kFirstSpawnedGoid};
  alignas(64) SpinLock freeGLock;
  G* freeGs = nullptr;                // dead goroutines beyond the workers' caches
  SpinLock idleCarrierLock;
  Carrier* idleCarriers = nullptr;    // beyond the workers' caches

  std::atomic<bool> mainGoexited{false};  // goroutine 1 ended by runtime.Goexit
  std::atomic<int> externalWaits{0};      // beginExternalWait minus endExternalWait
  std::atomic<GoroutineDumper> dumper{nullptr};
  std::atomic<DeadlockHandler> deadlockHandler{nullptr};
  Rng fallbackRng;                    // for callers outside any worker
  SpinLock fallbackRngLock;
};

Scheduler* sched = nullptr;

thread_local Worker* tlsWorker = nullptr;

void setCurrentWorker(Worker* w) { tlsWorker = w; }

// ---- Sanitizer fiber annotations -------------------------------------------------------

void* asanLow(const boost::context::stack_context& s) { return static_cast<char*>(s.sp) - s.size; }

// Before switching from the current stack to [low, low+size). `fakeStackSave` null means
// the current fiber is dying.
inline void annotateStartSwitch(void** fakeStackSave, void* low, size_t size, void* tsanFiber) {
#if defined(GORO_SANITIZE)
  __sanitizer_start_switch_fiber(fakeStackSave, low, size);
#endif
#if defined(GORO_TSAN)
  __tsan_switch_to_fiber(tsanFiber, 0);
#endif
  (void)fakeStackSave, (void)low, (void)size, (void)tsanFiber;
}

inline void annotateFinishSwitch(void* fakeStackSave) {
#if defined(GORO_SANITIZE)
  __sanitizer_finish_switch_fiber(fakeStackSave, nullptr, nullptr);
#endif
  (void)fakeStackSave;
}

// ---- Goroutine records and fibers ------------------------------------------------------

struct GRecord {
  G g;
  G::Impl impl;
};

void linkIntoAllGs(void* gp) {
  G* g = static_cast<G*>(gp);
  g->impl->allLink = sched->allGs.load(std::memory_order_relaxed);
  sched->allGs.store(g, std::memory_order_release);
}

G* newGRecord() {
  auto* record = new (gc::allocUncollectable(sizeof(GRecord))) GRecord();
  record->g.impl = &record->impl;
  record->g.status = GStatus::Dead;
  gc::withCollectorLock(linkIntoAllGs, &record->g);
  return &record->g;
}

G* takeFreeG(Worker* w) {
  if (!w) {
    std::lock_guard lock(sched->freeGLock);
    G* g = sched->freeGs;
    if (g) sched->freeGs = g->impl->schedLink;
    return g;
  }
  if (!w->freeGs) {
    std::lock_guard lock(sched->freeGLock);
    for (; sched->freeGs && w->freeGCount < kFreeGBatch; ++w->freeGCount) {
      G* g = sched->freeGs;
      sched->freeGs = g->impl->schedLink;
      g->impl->schedLink = w->freeGs;
      w->freeGs = g;
    }
  }
  G* g = w->freeGs;
  if (g) {
    w->freeGs = g->impl->schedLink;
    --w->freeGCount;
  }
  return g;
}

void recycleG(Worker* w, G* g) {
  g->entry = nullptr;
  g->arg = nullptr;
  g->spareVm = g->vm;  // the record's next goroutine may reuse it (newNativeCtx)
  g->vm = nullptr;
  g->waitNext = nullptr;
  g->impl->schedLink = w->freeGs;
  w->freeGs = g;
  if (++w->freeGCount <= kFreeGCacheLimit) return;
  G* last = g;
  for (uint32_t i = 1; i < kFreeGBatch; ++i) last = last->impl->schedLink;
  w->freeGs = last->impl->schedLink;
  w->freeGCount -= kFreeGBatch;
  std::lock_guard lock(sched->freeGLock);
  last->impl->schedLink = sched->freeGs;
  sched->freeGs = g;
}

// ---- Carriers ------------------------------------------------------------------------------

boost::context::fiber carrierBody(Carrier* c, boost::context::fiber&& scheduler);

// Carriers come preallocated on their own stacks and never finish, so Boost never frees one.
struct CarrierStackAllocator {
  void deallocate(boost::context::stack_context&) noexcept {}
};

// A fresh carrier, suspended before its first instruction. Its record sits at the cold end
// of its stack; the fiber uses the rest.
Carrier* newCarrier() {
  sched->carriers.fetch_add(1, std::memory_order_relaxed);
  constexpr size_t kRecordBytes = (sizeof(Carrier) + 63) & ~size_t{63};
  char* low = static_cast<char*>(stackPool().take());
  auto* c = new (low + kGoroutineStackBytes - kRecordBytes) Carrier;
  boost::context::stack_context stack;
  stack.size = kGoroutineStackBytes - kRecordBytes;
  stack.sp = c;
  c->stack = stack;
#if defined(GORO_TSAN)
  c->tsanFiber = __tsan_create_fiber(0);
#endif
  c->context = boost::context::fiber(
      std::allocator_arg, boost::context::preallocated(stack.sp, stack.size, stack), CarrierStackAllocator{},
      [c](boost::context::fiber&& scheduler) { return carrierBody(c, std::move(scheduler)); });
  return c;
}

Carrier* takeCarrier(Worker* w) {
  if (Carrier* c = w->idleCarriers) {
    w->idleCarriers = c->next;
    --w->idleCarrierCount;
    return c;
  }
  {
    std::lock_guard lock(sched->idleCarrierLock);
    if (Carrier* c = sched->idleCarriers) {
      sched->idleCarriers = c->next;
      return c;
    }
  }
  return newCarrier();
}

void giveCarrier(Worker* w, Carrier* c) {
  c->g = nullptr;
  if (w->idleCarrierCount < kIdleCarrierLimit) {
    c->next = w->idleCarriers;
    w->idleCarriers = c;
    ++w->idleCarrierCount;
    return;
  }
  std::lock_guard lock(sched->idleCarrierLock);
  c->next = sched->idleCarriers;
  sched->idleCarriers = c;
}

// Adds delta to the goroutine balance of w (of no worker when w is null).
void countGoroutines(Worker* w, int64_t delta) {
  if (!w) {
    sched->offWorkerGoroutines.fetch_add(delta, std::memory_order_relaxed);
    return;
  }
  // Only w writes its balance: no read-modify-write needed.
  w->goroutineBalance.store(w->goroutineBalance.load(std::memory_order_relaxed) + delta, std::memory_order_relaxed);
}

// Goroutines alive: exact when no worker runs (a deadlock report), a snapshot otherwise.
int64_t liveGoroutines() {
  int64_t n = sched->offWorkerGoroutines.load(std::memory_order_relaxed);
  int created = sched->created.load(std::memory_order_acquire);
  for (int i = 0; i < created; ++i)
    n += sched->workers[i].load(std::memory_order_acquire)->goroutineBalance.load(std::memory_order_relaxed);
  return n;
}

G* makeGoroutine(Worker* w, uint64_t id, void (*entry)(void*), void* arg) {
  G* g = takeFreeG(w);
  if (!g) g = newGRecord();
  g->id = id;
  g->entry = entry;
  g->arg = arg;
  g->waitReason = WaitReason::None;
  g->status = GStatus::Runnable;
  g->impl->onReturn = ReturnAction::Exit;
  countGoroutines(w, 1);
  return g;
}

// ---- Run queues and waking ---------------------------------------------------------------

// Orders a preceding store before a following load (the Dekker pattern between pushing
// work and falling asleep). ThreadSanitizer does not model fences, so its builds use a
// read-modify-write of one shared word instead, which it does understand.
inline void storeLoadFence() {
#if defined(GORO_TSAN)
  static std::atomic<int> fenceWord{0};
  fenceWord.fetch_add(0, std::memory_order_seq_cst);
#else
  std::atomic_thread_fence(std::memory_order_seq_cst);
#endif
}

bool isActive(const Worker* w) { return w->id < sched->active.load(std::memory_order_acquire); }

// Called with idleMutex held: w stops sleeping.
void markAwake(Worker* w) {
  w->sleeping = false;
  --sched->sleeping;
  if (isActive(w)) sched->idleActive.fetch_sub(1, std::memory_order_relaxed);
  if (sched->timerWaiter == w) sched->timerWaiter = nullptr;
}

// Called with idleMutex held: wakes a sleeping active worker, which starts out spinning.
bool wakeOneLocked() {
  int active = sched->active.load(std::memory_order_acquire);
  for (int i = 0; i < active; ++i) {
    Worker* w = sched->workers[i].load(std::memory_order_acquire);
    if (!w->sleeping) continue;
    markAwake(w);
    w->woken = true;
    w->spinning = true;
    sched->spinning.fetch_add(1, std::memory_order_relaxed);
    w->wakeup.notify_one();
    return true;
  }
  return false;
}

// New work exists: make sure some worker will look for it.
void wakeIdleWorker() {
  storeLoadFence();
  if (sched->idleActive.load(std::memory_order_relaxed) == 0 ||
      sched->spinning.load(std::memory_order_relaxed) != 0)
    return;
  std::lock_guard lock(sched->idleMutex);
  if (sched->spinning.load(std::memory_order_relaxed) == 0) wakeOneLocked();
}

// A goroutine that becomes runnable goes to runnext, ahead of the ring, as in Go; under an
// explicit seed the seeded coin decides between runnext and the tail of the ring, so
// different seeds run newly runnable goroutines in different orders.
void enqueueNext(Worker* w, G* g) {
  if (w && isActive(w) && sched->seeded && w->rng.below(2) == 0) {
    w->runq.push(g, sched->global);
  } else if (w && isActive(w)) {
    if (G* kicked = w->runnext.exchange(g, std::memory_order_acq_rel)) w->runq.push(kicked, sched->global);
  } else {
    sched->global.push(g);
  }
  wakeIdleWorker();
}

bool anyQueuedWork() {
  if (!sched->global.empty()) return true;
  int created = sched->created.load(std::memory_order_acquire);
  for (int i = 0; i < created; ++i) {
    Worker* w = sched->workers[i].load(std::memory_order_acquire);
    if (w->runnext.load(std::memory_order_acquire) || !w->runq.empty()) return true;
  }
  return false;
}

// ---- Timers -----------------------------------------------------------------------------

void runDueTimers() {
  int64_t earliest = sched->timers.earliest();
  if (earliest == INT64_MAX) return;
  int64_t now = clock().monotonic();
  if (earliest <= now) sched->timers.runDue(now);
}

bool timerDue() {
  int64_t earliest = sched->timers.earliest();
  return earliest != INT64_MAX && earliest <= clock().monotonic();
}

void scheduleTimer(Timer* t) {
  if (!sched->timers.add(t)) return;
  // A new earliest deadline: the timer waiter must re-arm, or a sleeper must become one.
  std::lock_guard lock(sched->idleMutex);
  if (sched->timerWaiter) sched->timerWaiter->wakeup.notify_one();
  else if (sched->idleActive.load(std::memory_order_relaxed) > 0) wakeOneLocked();
}

void readyFromTimer(void* g) { ready(static_cast<G*>(g)); }

// ---- Deadlock ---------------------------------------------------------------------------

// Go's report of a deadlock: every live goroutine with its wait reason and frames.
std::string deadlockReport() {
  std::vector<G*> gs;
  forEachG([](G* g, void* v) { static_cast<std::vector<G*>*>(v)->push_back(g); }, &gs);
  std::string out = "fatal error: all goroutines are asleep - deadlock!\n";
  GoroutineDumper dumper = sched->dumper.load(std::memory_order_acquire);
  for (G* g : gs) {
    out += "\ngoroutine " + std::to_string(g->id) + " [" + waitReasonString(g->waitReason) + "]:\n";
    if (dumper) dumper(g, out);
  }
  return out;
}

// Every goroutine is blocked for good: Go's fatal error, unless a deadlock handler names a
// goroutine to go on with (queued globally for w to find).
void deadlocked(Worker* w) {
  if (liveGoroutines() == 0) {  // only after main's Goexit
    std::fflush(stdout);
    std::fputs("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", stderr);
    exitProcess(2);
  }
  std::string report = deadlockReport();
  if (DeadlockHandler handler = sched->deadlockHandler.load(std::memory_order_acquire)) {
    DeadlockRecovery recovery = handler(report);
    if (recovery.entry) {
      G* g = makeGoroutine(w, sched->nextGoid.fetch_add(1, std::memory_order_relaxed), recovery.entry, recovery.arg);
      sched->global.push(g);
      return;
    }
  }
  if (timeline::enabled) timeline::recordDeadlock();
  std::fflush(stdout);
  std::fwrite(report.data(), 1, report.size(), stderr);
  exitProcess(2);
}

// ---- Sleeping workers ---------------------------------------------------------------------

// Called with idleMutex held by the last worker to fall asleep, when nothing runs anywhere.
// Returns true if the caller itself should wake up and look for work again.
bool handleEveryoneAsleep(Worker* w) {
  if (!anyQueuedWork()) {
    if (sched->timers.empty()) {
      if (sched->externalWaits.load(std::memory_order_acquire) > 0) return false;  // w sleeps until then
      deadlocked(w);
    } else if (clock().isFake()) {
      clock().advanceTo(sched->timers.earliest());  // the timer is due now: go fire it
    } else if (sched->timerWaiter || isActive(w)) {
      return false;  // a timer waiter exists, or w becomes it
    }
    // Otherwise w is a stopped worker: an active one must come and watch the timers.
  }
  if (isActive(w)) return true;
  wakeOneLocked();
  return false;
}

// Puts w to sleep until there may be work for it. The caller found nothing to run.
void sleepUntilWork(Worker* w) {
  std::unique_lock lock(sched->idleMutex);
  w->sleeping = true;
  ++sched->sleeping;
  if (isActive(w)) sched->idleActive.fetch_add(1, std::memory_order_relaxed);
  if (w->spinning) {
    w->spinning = false;
    sched->spinning.fetch_sub(1, std::memory_order_relaxed);
  }
  lock.unlock();
  // Pairs with the fence in wakeIdleWorker: either the pusher sees us idle and wakes us,
  // or we see its work here.
  storeLoadFence();
  bool workVisible = isActive(w) && anyQueuedWork();
  lock.lock();
  if (workVisible) {
    if (w->sleeping) markAwake(w);
    w->woken = false;
    return;
  }
  for (;;) {
    if (w->woken) {
      w->woken = false;
      return;
    }
    if (sched->sleeping == sched->created.load(std::memory_order_acquire) && handleEveryoneAsleep(w)) {
      markAwake(w);
      return;
    }
    bool watchTimers = isActive(w) && !clock().isFake() && !sched->timers.empty() &&
                       (sched->timerWaiter == nullptr || sched->timerWaiter == w);
    if (!watchTimers) {
      w->wakeup.wait(lock);
      continue;
    }
    sched->timerWaiter = w;
    int64_t wait = sched->timers.earliest() - clock().monotonic();
    if (wait <= 0) {
      markAwake(w);
      return;
    }
    w->wakeup.wait_for(lock, std::chrono::nanoseconds(wait));
  }
}

// w is beyond GOMAXPROCS: hand its queued goroutines to the others and sleep.
void stopWorker(Worker* w) {
  bool handedOver = false;
  if (G* g = w->runnext.exchange(nullptr, std::memory_order_acq_rel)) {
    sched->global.push(g);
    handedOver = true;
  }
  if (!w->runq.empty()) {
    w->runq.drainTo(sched->global);
    handedOver = true;
  }
  if (w->spinning) {
    w->spinning = false;
    sched->spinning.fetch_sub(1, std::memory_order_relaxed);
  }
  if (handedOver) wakeIdleWorker();
  sleepUntilWork(w);
}

// ---- Finding work -----------------------------------------------------------------------

void stopSpinning(Worker* w) {
  if (!w->spinning) return;
  w->spinning = false;
  // The last spinner found work; there may be more, so keep one worker looking (Go's
  // resetspinning).
  if (sched->spinning.fetch_sub(1, std::memory_order_acq_rel) == 1) wakeIdleWorker();
}

G* stealWork(Worker* w) {
  int active = sched->active.load(std::memory_order_acquire);
  if (active < 2) return nullptr;
  for (int round = 0; round < kStealRounds; ++round) {
    bool includeRunnext = round == kStealRounds - 1;
    uint32_t start = w->rng.below(static_cast<uint32_t>(active));
    for (int i = 0; i < active; ++i) {
      Worker* victim = sched->workers[(start + i) % active].load(std::memory_order_acquire);
      if (victim == w) continue;
      if (G* g = w->runq.stealFrom(victim->runq)) return g;
      if (includeRunnext && victim->runnext.load(std::memory_order_relaxed)) {
        // A running victim usually gets to its runnext within microseconds (a hand-off
        // between two goroutines): give it that long before moving the goroutine to
        // another thread, as Go does. Lingering here also keeps this worker counted as
        // spinning, which spares the next few ready() calls a futex wake.
        if (victim->curg.load(std::memory_order_acquire)) usleep(3);
        if (G* g = victim->runnext.exchange(nullptr, std::memory_order_acq_rel)) return g;
      }
    }
  }
  return nullptr;
}

// The next goroutine of w's ring: its head, or under an explicit seed one of the first
// kSeededPickWindow, the ones skipped moving to the tail. Rotating through pop and push
// keeps the ring's owner-only protocol, so thieves need no extra care.
G* takeFromRing(Worker* w) {
  G* g = w->runq.pop();
  if (!g || !sched->seeded) return g;
  for (uint32_t skip = w->rng.below(kSeededPickWindow); skip > 0; --skip) {
    w->runq.push(g, sched->global);
    g = w->runq.pop();
  }
  return g;
}

// The next goroutine w should run, or null when there is none and w may not sleep.
G* findRunnable(Worker* w, bool canSleep) {
  for (;;) {
    if (!isActive(w)) {
      if (!canSleep) return nullptr;
      stopWorker(w);
      continue;
    }
    runDueTimers();
    if (++w->scheduleTick % kGlobalQueuePollInterval == 0)
      if (G* g = sched->global.popBatch(w->runq, 1)) return g;
    if (w->runnext.load(std::memory_order_relaxed))
      if (G* g = w->runnext.exchange(nullptr, std::memory_order_acq_rel)) return g;
    if (G* g = takeFromRing(w)) return g;
    int active = sched->active.load(std::memory_order_acquire);
    uint32_t batch = std::min<uint32_t>(kGlobalQueueBatch, sched->global.size() / active + 1);
    if (G* g = sched->global.popBatch(w->runq, batch)) return g;
    if (!w->spinning) {
      w->spinning = true;
      sched->spinning.fetch_add(1, std::memory_order_relaxed);
    }
    if (G* g = stealWork(w)) return g;
    if (timerDue()) continue;
    if (!canSleep) return nullptr;
    sleepUntilWork(w);
  }
}

// A goroutine parked by parkUntilAcquired runs only once its acquire callback succeeds;
// until then it stays parked (the callback queued it again).
bool acquiredOnResume(G* g) {
  G::Impl& impl = *g->impl;
  if (!impl.acquire) return true;
  g->status = GStatus::Waiting;
  g->waitReason = impl.acquireReason;
  timeline::Stamp beforeRace = timeline::enabled ? timeline::stamp() : timeline::Stamp{};
  if (!impl.acquire(g, impl.acquireArg)) {  // g may already be readied again
    if (timeline::enabled) timeline::recordBlockAgain(g, impl.acquireReason, beforeRace);
    return false;
  }
  impl.acquire = nullptr;
  impl.acquireArg = nullptr;
  return true;
}

// The goroutine w runs next, ready to be resumed; null when there is none and w may not
// sleep (findRunnable).
G* takeNext(Worker* w, bool canSleep) {
  for (;;) {
    G* g = findRunnable(w, canSleep);
    if (!g) return nullptr;
    stopSpinning(w);
    if (!isActive(w)) {  // GOMAXPROCS shrank while we were looking: leave g to the others
      enqueueNext(nullptr, g);
      if (!canSleep) return nullptr;
      continue;
    }
    if (acquiredOnResume(g)) return g;
  }
}

// ---- Switching --------------------------------------------------------------------------

const void* suspendedStackPointer(const boost::context::fiber& f) {
  // A suspended fiber is its fcontext: the stack pointer where its registers were saved.
  static_assert(sizeof(boost::context::fiber) == sizeof(void*));
  const void* sp;
  std::memcpy(&sp, &f, sizeof sp);
  return sp;
}

// g starts or resumes running on w, on carrier c.
void beginRunning(Worker* w, G* g, Carrier* c) {
  c->g = g;
  g->impl->carrier = c;
  g->impl->worker = w;
  g->status = GStatus::Running;
  w->curg.store(g, std::memory_order_release);
  if (timeline::enabled) timeline::recordRun(g, w->id);
}

// g has stopped running, its context saved: it parked (the park's unlock runs now) or it
// yielded (it waits in the global queue).
void fileStopped(Worker* w, G* g, bool parked) {
  if (!parked) {
    g->status = GStatus::Runnable;
    sched->global.push(g);
    return;
  }
  if (timeline::enabled) timeline::recordBlock(g, g->waitReason);  // before anyone can ready it
  if (auto unlock = std::exchange(w->parkUnlock, nullptr)) unlock(w->parkUnlockArg);
}

// Runs g on w until its carrier switches back, then files what the carrier left behind: a
// goroutine that parked or yielded keeping the carrier, or the carrier itself, idle.
void execute(Worker* w, G* g) {
  // A goroutine gets a carrier when it runs: one that waits in a queue or without a stack
  // costs only its record, and a short-lived one reuses the carrier its predecessor just
  // returned, still warm in cache.
  Carrier* c = g->impl->carrier;
  beginRunning(w, g, c ? c : takeCarrier(w));
  c = g->impl->carrier;
  gc::beginSwitch(w->id);
  w->stackBottomNow.store(c->stack.sp, std::memory_order_relaxed);
  annotateStartSwitch(&w->asanFakeStack, asanLow(c->stack), c->stack.size, c->tsanFiber);
  c->context = std::move(c->context).resume();
  annotateFinishSwitch(w->asanFakeStack);
  w->stackBottomNow.store(w->nativeStackBottom, std::memory_order_relaxed);
  // The carrier may have run other goroutines since (carrierBody): the one to file is
  // whichever it ran last.
  g = w->curg.exchange(nullptr, std::memory_order_acq_rel);
  SwitchReason why = w->switchReason;
  if (why == SwitchReason::Idle) giveCarrier(w, c);
  gc::endSwitch(w->id);
  if (why != SwitchReason::Idle) fileStopped(w, g, why == SwitchReason::Park);
}

// Files g, whose entry function just returned on w's carrier. Its state is all on the heap
// (or it is dead), so the carrier is free for the next goroutine at once.
void fileReturned(Worker* w, G* g, ReturnAction action) {
  g->impl->carrier = nullptr;
  w->curg.store(nullptr, std::memory_order_release);
  switch (action) {
    case ReturnAction::Park:
    case ReturnAction::Yield:
      fileStopped(w, g, action == ReturnAction::Park);
      break;
    case ReturnAction::Exit:
      if (timeline::enabled) timeline::recordExit(g);
      if (g->id == 1 && !sched->mainGoexited.load(std::memory_order_acquire)) exitProcess(0);
      countGoroutines(w, -1);
      g->status = GStatus::Dead;
      recycleG(w, g);
      break;
  }
}

// The first thing a carrier does after any switch into it: take over the continuation of
// the scheduling loop that resumed it (possibly another worker's than last time).
void finishSwitchIntoCarrier(Carrier* c, boost::context::fiber&& scheduler) {
  annotateFinishSwitch(c->asanFakeStack);
  Worker* w = c->g->impl->worker;
  w->schedulerContext = std::move(scheduler);
  gc::endSwitch(w->id);
}

// Switches from carrier c back to w's scheduling loop, which files c's goroutine by `why`.
// Returns the continuation of whichever loop resumes c next.
boost::context::fiber switchToLoop(Carrier* c, Worker* w, SwitchReason why) {
  w->switchReason = why;
  gc::beginSwitch(w->id);
  annotateStartSwitch(&c->asanFakeStack, w->nativeStackLow, w->nativeStackSize, w->tsanFiber);
  return std::move(w->schedulerContext).resume();
}

// Suspends the running goroutine keeping its carrier; returns when it runs again.
void switchToScheduler(G* g, SwitchReason why) {
  Carrier* c = g->impl->carrier;
  boost::context::fiber scheduler = switchToLoop(c, g->impl->worker, why);
  finishSwitchIntoCarrier(c, std::move(scheduler));
}

// A carrier's life: run goroutines' entry functions one after another. A goroutine whose
// entry returns (exit, or a stackless park or yield) is filed right here, and the next
// goroutine without a stack of its own runs on this carrier without a switch: a chain of
// short goroutines costs no context switch at all. Only when the next goroutine holds a
// carrier of its own, or there is nothing to run, does the carrier go back to the loop.
boost::context::fiber carrierBody(Carrier* c, boost::context::fiber&& scheduler) {
  finishSwitchIntoCarrier(c, std::move(scheduler));
  for (;;) {
    G* g = c->g;
    g->entry(g->arg);
    Worker* w = g->impl->worker;
    c->g = nullptr;
    fileReturned(w, g, std::exchange(g->impl->onReturn, ReturnAction::Exit));
    G* next = takeNext(w, false);
    if (next && !next->impl->carrier) {
      beginRunning(w, next, c);
      continue;
    }
    w->handoff = next;
    finishSwitchIntoCarrier(c, switchToLoop(c, w, SwitchReason::Idle));
  }
}

// ---- Workers ----------------------------------------------------------------------------

[[noreturn]] void scheduleLoop(Worker* w) {
  for (;;) {
    G* g = std::exchange(w->handoff, nullptr);
    execute(w, g ? g : takeNext(w, true));
  }
}

void attachToThisThread(Worker* w) {
  setCurrentWorker(w);
  void* nativeBottom = nullptr;
  void* handle = gc::registerCurrentThread(&nativeBottom);
  w->nativeStackBottom = nativeBottom;
  w->stackBottomNow.store(nativeBottom, std::memory_order_relaxed);
  w->gcHandle.store(handle, std::memory_order_release);
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &w->nativeStackLow, &w->nativeStackSize);
    pthread_attr_destroy(&attr);
  }
#if defined(GORO_TSAN)
  w->tsanFiber = __tsan_get_current_fiber();
#endif
}

Worker* newWorker(int id) {
  auto* w = new Worker;
  w->id = id;
  w->rng = Rng(Rng::derive(sched->options.seed, static_cast<uint64_t>(id) + 1));
  return w;
}

// Called with idleMutex held (or before any worker thread exists).
void startWorkerThread(int id) {
  Worker* w = newWorker(id);
  sched->workers[id].store(w, std::memory_order_release);
  sched->created.fetch_add(1, std::memory_order_acq_rel);
  w->thread = std::thread([w] {
    attachToThisThread(w);
    scheduleLoop(w);
  });
  w->thread.detach();
}

int procsFromEnvironment() {
  if (const char* env = std::getenv("GOMAXPROCS")) {
    int n = std::atoi(env);
    if (n > 0) return n;
  }
  return numCPU();
}

}  // namespace

// ---- Public interface ---------------------------------------------------------------------

__attribute__((noinline, noipa)) Worker* currentWorker() { return tlsWorker; }

uint32_t randomBelow(uint32_t n) {
  if (Worker* w = currentWorker()) return w->rng.below(n);
  std::lock_guard lock(sched->fallbackRngLock);
  return sched->fallbackRng.below(n);
}

[[noreturn]] void run(const Options& opts, void (*mainEntry)(void*), void* arg) {
  gc::init();
  sched = new Scheduler;
  sched->options = opts;
  sched->seeded = opts.seed != 0;
  sched->multicore = numCPU() > 1;
  if (sched->options.seed == 0) sched->options.seed = (uint64_t{std::random_device{}()} << 32) | std::random_device{}();
  sched->fallbackRng = Rng(Rng::derive(sched->options.seed, 0));
  clock().useFakeTime(opts.fakeTime);
  int procs = std::clamp(opts.procs > 0 ? opts.procs : procsFromEnvironment(), 1, kMaxProcs);

  Worker* main = newWorker(0);
  sched->workers[0].store(main, std::memory_order_release);
  sched->created.store(1, std::memory_order_release);
  attachToThisThread(main);
  sched->active.store(procs, std::memory_order_release);
  G* g1 = makeGoroutine(main, 1, mainEntry, arg);
  if (timeline::enabled) timeline::recordCreate(g1, mainEntry, arg);
  main->runnext.store(g1, std::memory_order_release);
  {
    std::lock_guard lock(sched->idleMutex);
    for (int id = 1; id < procs; ++id) startWorkerThread(id);
  }
  scheduleLoop(main);
}

void mainGoexited() { sched->mainGoexited.store(true, std::memory_order_release); }

G* spawn(void (*entry)(void*), void* arg) {
  Worker* w = currentWorker();
  G* g = makeGoroutine(w, sched->nextGoid.fetch_add(1, std::memory_order_relaxed), entry, arg);
  if (timeline::enabled) timeline::recordCreate(g, entry, arg);
  enqueueNext(w, g);
  return g;
}

G* current() {
  Worker* w = currentWorker();
  return w ? w->curg.load(std::memory_order_relaxed) : nullptr;
}

void park(WaitReason reason, void (*unlock)(void*), void* lockArg, Suspend how) {
  G* g = current();
  Worker* w = g->impl->worker;
  g->waitReason = reason;
  g->status = GStatus::Waiting;
  // Stored on the worker: nothing can switch g away before its entry returns.
  w->parkUnlock = unlock;
  w->parkUnlockArg = lockArg;
  if (how == Suspend::OnReturn) g->impl->onReturn = ReturnAction::Park;
  else switchToScheduler(g, SwitchReason::Park);
}

void ready(G* g) {
  if (timeline::enabled) timeline::recordReady(g);
  g->status = GStatus::Runnable;
  g->waitReason = WaitReason::None;
  enqueueNext(currentWorker(), g);
}

void beginExternalWait() { sched->externalWaits.fetch_add(1, std::memory_order_acq_rel); }
void endExternalWait() { sched->externalWaits.fetch_sub(1, std::memory_order_acq_rel); }

void parkUntilAcquired(WaitReason reason, bool (*acquire)(G*, void*), void* acquireArg, void (*unlock)(void*),
                       void* lockArg, Suspend how) {
  G::Impl& impl = *current()->impl;
  impl.acquire = acquire;
  impl.acquireArg = acquireArg;
  impl.acquireReason = reason;
  park(reason, unlock, lockArg, how);
}

bool canSpin(int iteration) {
  Worker* w = currentWorker();
  if (iteration >= kActiveSpinIterations || !w || !sched->multicore) return false;
  if (w->runnext.load(std::memory_order_relaxed) || !w->runq.empty()) return false;
  int workers = std::min(sched->active.load(std::memory_order_acquire), sched->created.load(std::memory_order_acquire));
  for (int i = 0; i < workers; ++i) {
    Worker* other = sched->workers[i].load(std::memory_order_acquire);
    if (other != w && other->curg.load(std::memory_order_relaxed)) return true;
  }
  return false;
}

namespace {
// Puts the running goroutine g back in a run queue: runtime.Gosched, or a preemption.
void yieldRunning(G* g, Suspend how, bool preempted) {
  if (timeline::enabled) timeline::recordYield(g, preempted);
  if (how == Suspend::OnReturn) g->impl->onReturn = ReturnAction::Yield;
  else switchToScheduler(g, SwitchReason::Yield);
}
}  // namespace

void yield(Suspend how) { yieldRunning(current(), how, false); }

void sleep(int64_t ns, Suspend how) {
  if (ns <= 0) {
    yield(how);
    return;
  }
  G* g = current();
  Timer* t = &g->impl->sleepTimer;
  t->when = clock().monotonic() + ns;
  t->fire = readyFromTimer;
  t->arg = g;
  park(WaitReason::Sleep, [](void* timer) { scheduleTimer(static_cast<Timer*>(timer)); }, t, how);
}

int64_t nanotime() { return clock().monotonic(); }
int64_t walltime() { return clock().wall(); }

bool preempt(Suspend how) {
  Worker* w = currentWorker();
  G* g = w ? w->curg.load(std::memory_order_relaxed) : nullptr;
  if (!g) return false;
  if (!w->runnext.load(std::memory_order_relaxed) && w->runq.empty() && sched->global.empty() && isActive(w) &&
      !timerDue())
    return false;
  yieldRunning(g, how, true);
  return true;
}

int32_t timeSliceBudget(int32_t standard) {
  if (!sched || !sched->seeded) return standard;
  // Log-uniform up to twice `standard`: a third of the slices end within 32 preemption
  // points, so seeds visibly move where goroutines interleave, and the mean slice stays
  // long enough that switching costs little.
  uint32_t scale = randomBelow(static_cast<uint32_t>(std::bit_width(static_cast<uint32_t>(standard))));
  uint32_t low = uint32_t{1} << scale;
  return static_cast<int32_t>(low + randomBelow(low));
}

int gomaxprocs(int n) {
  int previous = sched->active.load(std::memory_order_acquire);
  if (n < 1 || n == previous) return previous;
  n = std::min(n, kMaxProcs);
  {
    std::lock_guard lock(sched->idleMutex);
    sched->active.store(n, std::memory_order_release);
    int idleActive = 0;
    int created = sched->created.load(std::memory_order_acquire);
    for (int id = 0; id < created; ++id) {
      Worker* w = sched->workers[id].load(std::memory_order_acquire);
      if (w->sleeping && id < n) ++idleActive;
    }
    sched->idleActive.store(idleActive, std::memory_order_relaxed);
    for (int id = created; id < n; ++id) startWorkerThread(id);
    // Sleepers re-evaluate: newly active ones look for work, newly stopped ones stay put.
    for (int id = 0; id < std::min(created, n); ++id) {
      Worker* w = sched->workers[id].load(std::memory_order_acquire);
      if (w->sleeping && id >= previous) {
        markAwake(w);
        w->woken = true;
        w->wakeup.notify_one();
      }
    }
  }
  // A goroutine whose worker just stopped moves on to an active one.
  if (Worker* w = currentWorker(); w && w->curg.load(std::memory_order_relaxed) && !isActive(w)) yield();
  return previous;
}

int numCPU() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return std::max(1L, sysconf(_SC_NPROCESSORS_ONLN));
}

// At least 1: the caller is alive, even if a racing snapshot says otherwise.
int numGoroutine() { return static_cast<int>(std::max<int64_t>(1, liveGoroutines())); }

int numCarriers() { return sched->carriers.load(std::memory_order_relaxed); }

Timer* addTimer(int64_t when, void (*fire)(void*), void* arg) {
  auto* t = new (gc::alloc(sizeof(Timer))) Timer;
  t->when = when;
  t->fire = fire;
  t->arg = arg;
  scheduleTimer(t);
  return t;
}

bool stopTimer(Timer* t) { return sched->timers.remove(t); }

[[noreturn]] void exitProcess(int code) {
  std::fflush(nullptr);
  if (timeline::enabled) timeline::finish(code);
  std::_Exit(code);
}

size_t stackSpaceLeft() {
  G* g = current();
  if (!g) return SIZE_MAX;
  char* low = static_cast<char*>(asanLow(g->impl->carrier->stack));
  char* here = static_cast<char*>(__builtin_frame_address(0));
  return here > low ? static_cast<size_t>(here - low) : 0;
}

void setGoroutineDumper(GoroutineDumper dumper) { sched->dumper.store(dumper, std::memory_order_release); }

void setDeadlockHandler(DeadlockHandler handler) {
  sched->deadlockHandler.store(handler, std::memory_order_release);
}

void forEachG(void (*fn)(G* g, void* ctx), void* ctx) {
  std::vector<G*> gs;
  for (G* g = sched->allGs.load(std::memory_order_acquire); g; g = g->impl->allLink)
    if (g->status != GStatus::Dead) gs.push_back(g);
  // allGs is newest first; Go dumps in creation order of the records (main first).
  for (auto it = gs.rbegin(); it != gs.rend(); ++it) fn(*it, ctx);
}

// Called by gc.cpp with the world stopped (see gc_fibers.h).
void pushFiberRoots() {
  if (!sched) return;
  int created = sched->created.load(std::memory_order_acquire);
  for (int i = 0; i < created; ++i) {
    Worker* w = sched->workers[i].load(std::memory_order_acquire);
    void* handle = w->gcHandle.load(std::memory_order_acquire);
    if (!handle) continue;
    void* bottom = w->stackBottomNow.load(std::memory_order_relaxed);
    gc::setThreadStackBottom(handle, bottom);
    if (bottom != w->nativeStackBottom && w->schedulerContext)
      gc::pushStackRange(suspendedStackPointer(w->schedulerContext), w->nativeStackBottom);
  }
  // A carrier held by a goroutine that is not running it (parked or yielded keeping its
  // stack) is suspended: its live part is between the saved stack pointer and its top.
  for (G* g = sched->allGs.load(std::memory_order_acquire); g; g = g->impl->allLink)
    if (Carrier* c = g->impl->carrier; c && c->context)
      gc::pushStackRange(suspendedStackPointer(c->context), c->stack.sp);
}

}  // namespace goro::rt

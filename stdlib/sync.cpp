// Package sync: WaitGroup, Mutex, RWMutex (Go over natives), Cond (native) and Once (Go over Mutex).
//
// Every primitive works as a zero value: its Go struct's first field is a pointer that the
// natives fill on first use with GC-allocated state (installed with a compare-and-swap,
// so racing first uses agree on one state). Waiting goroutines link their own G records
// (G::waitNext) into a FIFO guarded by a spin lock, held only for a few instructions and
// never while a goroutine runs: the scheduler releases it after the switch-out (rt::park's
// unlock callback), so a wake-up cannot be lost. Mutex and RWMutex keep their hot state in
// atomic words, so uncontended use takes neither the spin lock nor any scheduler call.
// Every wait is complete when the goroutine runs again (a woken Mutex waiter first wins
// the lock through rt::parkUntilAcquired; RWMutex and the others hand over what was waited
// for), so called from bytecode the natives park stackless (blockingMode) and the
// goroutine simply resumes after the call.
#include <atomic>
#include <chrono>
#include <new>

#include "runtime/gc.h"
#include "runtime/sched.h"
#include "runtime/spinlock.h"
#include "stdlib/support.h"
#include "vm/panic.h"

namespace goro::stdlib {

namespace {

constexpr std::string_view kSource = R"go(
package sync

import "sync/atomic"

// nativeState is the state the natives attach to a primitive on first use.
type nativeState struct{}

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state *nativeState
}

func (wg *WaitGroup) Add(delta int)

func (wg *WaitGroup) Done() { wg.Add(-1) }

func (wg *WaitGroup) Wait()

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	state *nativeState
}

func (m *Mutex) Lock()

func (m *Mutex) TryLock() bool

func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock. A blocked Lock call excludes new
// readers from acquiring the lock.
type RWMutex struct {
	state *nativeState // the reader count and the queues readers and the writer wait in
	w     Mutex        // held by the writer, so that one writer at a time deals with readers
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	rw.excludeReaders()
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.tryExcludeReaders() {
		rw.w.Unlock()
		return false
	}
	return true
}

func (rw *RWMutex) Unlock() {
	rw.admitReaders()
	rw.w.Unlock()
}

// excludeReaders turns arriving readers away and waits for the active ones to leave.
func (rw *RWMutex) excludeReaders()

func (rw *RWMutex) tryExcludeReaders() bool

// admitReaders ends the writer's exclusion and wakes the readers that waited for it.
func (rw *RWMutex) admitReaders()

func (rw *RWMutex) RLock()

func (rw *RWMutex) TryRLock() bool

func (rw *RWMutex) RUnlock()

func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock() { (*RWMutex)(r).RLock() }

func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// Cond implements a condition variable, a rendezvous point for goroutines waiting for
// or announcing the occurrence of an event.
type Cond struct {
	state *nativeState
	L     Locker
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait atomically unlocks c.L and suspends the calling goroutine; it locks c.L again
// before returning.
func (c *Cond) Wait() {
	ticket := c.enqueue()
	c.L.Unlock()
	c.wait(ticket)
	c.L.Lock()
}

func (c *Cond) enqueue() uint64
func (c *Cond) wait(ticket uint64)
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Once performs exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
)go";

using rt::SpinLock;

void unlockSpinLock(void* lock) { static_cast<SpinLock*>(lock)->unlock(); }

// A FIFO of parked goroutines linked through G::waitNext (G::waitTicket: Cond's ticket).
class WaitQueue {
 public:
  bool empty() const { return head_ == nullptr; }
  void push(rt::G* g) {
    g->waitNext = nullptr;
    if (tail_) tail_->waitNext = g;
    else head_ = g;
    tail_ = g;
  }
  void pushFront(rt::G* g) {
    g->waitNext = head_;
    head_ = g;
    if (!tail_) tail_ = g;
  }
  rt::G* pop() {
    rt::G* g = head_;
    if (g) {
      head_ = g->waitNext;
      if (!head_) tail_ = nullptr;
    }
    return g;
  }
  rt::G* takeAll() {
    rt::G* g = head_;
    head_ = tail_ = nullptr;
    return g;
  }
  // Removes and returns the goroutine holding ticket, if it has parked already.
  rt::G* removeTicket(uint64_t ticket) {
    for (rt::G** link = &head_; *link; link = &(*link)->waitNext) {
      rt::G* g = *link;
      if (g->waitTicket != ticket) continue;
      *link = g->waitNext;
      if (tail_ == g) {
        tail_ = nullptr;
        for (rt::G* t = head_; t; t = t->waitNext) tail_ = t;
      }
      return g;
    }
    return nullptr;
  }

 private:
  rt::G* head_ = nullptr;
  rt::G* tail_ = nullptr;
};

// Readies every goroutine of a detached list (reading each link before its owner can run).
void readyAll(rt::G* g) {
  while (g) {
    rt::G* next = g->waitNext;
    rt::ready(g);
    g = next;
  }
}

// Parks the current goroutine in q; `lock` is held on entry and released by the scheduler.
void parkIn(NativeCtx& cx, WaitQueue& q, SpinLock& lock, rt::WaitReason reason, uint64_t ticket = 0) {
  rt::G* self = rt::current();
  self->waitTicket = ticket;
  q.push(self);
  rt::park(reason, unlockSpinLock, &lock, blockingMode(cx));
}

// The state of the primitive whose Go struct's first field is at `field`.
template <class State>
State& stateAt(void* field) {
  std::atomic_ref<State*> ref(*static_cast<State**>(field));
  State* s = ref.load(std::memory_order_acquire);
  if (s) return *s;
  State* fresh = new (gc::alloc(sizeof(State))) State();
  if (ref.compare_exchange_strong(s, fresh, std::memory_order_acq_rel)) return *fresh;
  return *s;  // another goroutine installed it first; `fresh` is garbage
}

// The receiver of a pointer method: a nil *T panics as a Go field access would.
void* receiver(const Slot& s) {
  if (!s.p) panicRuntimeError("invalid memory address or nil pointer dereference");
  return s.p;
}

// ---- WaitGroup ----

// The counter is atomic so that Add and Done touch nothing else until it reaches zero;
// the lock orders Wait's check of the counter against the wake-up of the Add that brings
// it to zero (Wait checks under the lock, that Add takes the lock after its decrement).
struct WaitGroupState {
  std::atomic<int64_t> counter{0};
  SpinLock lock;  // guards waiters
  WaitQueue waiters;
};

void waitGroupAdd(NativeCtx&, Slot* io) {
  auto& s = stateAt<WaitGroupState>(receiver(io[0]));
  auto delta = static_cast<uint64_t>(io[1].i);
  auto counter = static_cast<int64_t>(static_cast<uint64_t>(s.counter.fetch_add(static_cast<int64_t>(delta))) + delta);
  if (counter < 0) panicString("sync: negative WaitGroup counter");
  if (counter > 0) return;
  s.lock.lock();
  rt::G* woken = s.waiters.takeAll();
  s.lock.unlock();
  readyAll(woken);
}

void waitGroupWait(NativeCtx& cx, Slot* io) {
  auto& s = stateAt<WaitGroupState>(receiver(io[0]));
  s.lock.lock();
  if (s.counter.load() == 0) {
    s.lock.unlock();
    return;
  }
  parkIn(cx, s.waiters, s.lock, rt::WaitReason::WaitGroupWait);
}

// ---- Mutex ----
//
// Go's sync.Mutex algorithm over one atomic word: a locked bit, a woken bit, a starving bit
// and the number of queued waiters.
//  - Normal mode. Unlock releases the lock and wakes the first waiter, which then competes
//    for it with goroutines that arrived meanwhile; those usually win, being already on a
//    CPU, so a goroutine can lock and unlock many times in its time slice instead of
//    passing the lock around through the scheduler. Lock spins a moment before queueing
//    while the holder may be running on another worker (rt::canSpin). The woken bit says
//    some goroutine is awake and trying (a woken waiter or a spinning locker): Unlock then
//    wakes nobody, so there is no thundering herd. A woken waiter competes before it runs
//    (rt::parkUntilAcquired calls mutexAcquireOnResume); losing queues it again at the
//    front, without running any of its code.
//  - Starvation mode. A waiter that loses after waiting over 1 ms switches the mutex to
//    handing over: Unlock passes ownership straight to the first waiter and arrivals queue
//    at the tail without trying. It ends when a waiter that waited under 1 ms, or the last
//    one, gets the lock. This bounds how long a waiter can be overtaken.
// The uncontended Lock and Unlock are one atomic operation each.

constexpr uint64_t kMutexLocked = 1;
constexpr uint64_t kMutexWoken = 2;
constexpr uint64_t kMutexStarving = 4;
constexpr uint64_t kMutexWaiter = 8;  // the word's bits from here up count queued waiters
constexpr int64_t kStarvationThresholdNs = 1'000'000;
// In a Mutex waiter's G::waitTicket, which otherwise holds when it started waiting:
// Unlock handed it the lock (starvation mode).
constexpr uint64_t kMutexHandedOver = uint64_t{1} << 63;
// Go's procyield(30): how many CPU pause hints one spinning iteration waits.
constexpr int kSpinPauses = 30;

struct MutexState {
  std::atomic<uint64_t> word{0};
  SpinLock queueLock;  // guards `waiters` and every change of the word's waiter count
  WaitQueue waiters;
};

uint64_t waiterCount(uint64_t word) { return word / kMutexWaiter; }

// Starvation is a matter of real time, so it is measured on the real clock even under
// fakeTime (where the virtual clock stands still while goroutines run).
int64_t realNanotime() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

bool waitedTooLong(const rt::G* g) {
  return realNanotime() - static_cast<int64_t>(g->waitTicket & ~kMutexHandedOver) > kStarvationThresholdNs;
}

// Takes the lock if it is free in normal mode, spinning while rt::canSpin allows.
// `ownsWoken`: the caller holds the woken bit (a woken waiter; or a locker that set it
// while spinning, to spare Unlock a wake-up); taking the lock clears it.
bool acquireSpinning(MutexState& s, bool& ownsWoken) {
  uint64_t word = s.word.load(std::memory_order_relaxed);
  for (int iteration = 0;;) {
    if (!(word & (kMutexLocked | kMutexStarving))) {
      uint64_t locked = (word | kMutexLocked) & ~(ownsWoken ? kMutexWoken : 0);
      if (s.word.compare_exchange_weak(word, locked, std::memory_order_acquire, std::memory_order_relaxed)) {
        ownsWoken = false;
        return true;
      }
      continue;
    }
    if ((word & kMutexStarving) || !rt::canSpin(iteration)) return false;
    if (!ownsWoken && !(word & kMutexWoken) && waiterCount(word) != 0 &&
        s.word.compare_exchange_weak(word, word | kMutexWoken, std::memory_order_relaxed))
      ownsWoken = true;
    for (int i = 0; i < kSpinPauses; ++i) rt::cpuRelax();
    ++iteration;
    word = s.word.load(std::memory_order_relaxed);
  }
}

// With queueLock held: takes the lock if it is free in normal mode, or else counts g as a
// waiter (giving up the woken bit if `ownsWoken`; switching to starvation mode if
// `starving`) and queues it, at the front if it `waitedBefore`. Returns whether it took
// the lock.
bool acquireOrQueue(MutexState& s, rt::G* g, bool ownsWoken, bool waitedBefore, bool starving) {
  uint64_t dropWoken = ownsWoken ? kMutexWoken : 0;
  uint64_t word = s.word.load(std::memory_order_relaxed);
  for (;;) {
    if (!(word & (kMutexLocked | kMutexStarving))) {
      if (s.word.compare_exchange_weak(word, (word | kMutexLocked) & ~dropWoken, std::memory_order_acquire,
                                       std::memory_order_relaxed))
        return true;
      continue;
    }
    uint64_t waiting = ((word + kMutexWaiter) & ~dropWoken) | (starving ? kMutexStarving : 0);
    if (s.word.compare_exchange_weak(word, waiting, std::memory_order_relaxed)) break;
  }
  if (waitedBefore) s.waiters.pushFront(g);
  else s.waiters.push(g);
  return false;
}

// rt::parkUntilAcquired's callback for a woken waiter, run by the worker about to resume it.
bool mutexAcquireOnResume(rt::G* g, void* state) {
  if (g->waitTicket & kMutexHandedOver) return true;
  auto& s = *static_cast<MutexState*>(state);
  bool ownsWoken = true;  // set by the Unlock that woke g
  if (acquireSpinning(s, ownsWoken)) return true;
  bool starving = waitedTooLong(g);
  s.queueLock.lock();
  bool acquired = acquireOrQueue(s, g, ownsWoken, true, starving);
  s.queueLock.unlock();
  return acquired;
}

void mutexLock(NativeCtx& cx, Slot* io) {
  auto& s = stateAt<MutexState>(receiver(io[0]));
  uint64_t unlocked = 0;
  if (s.word.compare_exchange_strong(unlocked, kMutexLocked, std::memory_order_acquire, std::memory_order_relaxed))
    return;
  bool ownsWoken = false;
  if (acquireSpinning(s, ownsWoken)) return;
  rt::G* self = rt::current();
  self->waitTicket = static_cast<uint64_t>(realNanotime());
  s.queueLock.lock();
  if (acquireOrQueue(s, self, ownsWoken, false, false)) {
    s.queueLock.unlock();
    return;
  }
  rt::parkUntilAcquired(rt::WaitReason::MutexLock, mutexAcquireOnResume, &s, unlockSpinLock, &s.queueLock,
                        blockingMode(cx));
}

void mutexTryLock(NativeCtx&, Slot* io) {
  auto& s = stateAt<MutexState>(receiver(io[0]));
  uint64_t word = s.word.load(std::memory_order_relaxed);
  bool acquired = false;
  while (!(word & (kMutexLocked | kMutexStarving)) && !acquired)
    acquired = s.word.compare_exchange_weak(word, word | kMutexLocked, std::memory_order_acquire,
                                            std::memory_order_relaxed);
  io[0].u = acquired;
}

// Starvation mode: the lock goes to the first waiter, and the mode ends with it if that
// waiter did not wait long or is the last.
void handOverMutex(MutexState& s) {
  s.queueLock.lock();
  rt::G* next = s.waiters.pop();
  uint64_t word = s.word.load(std::memory_order_relaxed);
  uint64_t handedOver;
  do {
    handedOver = next ? word - kMutexWaiter + kMutexLocked : word;
    if (!next || waiterCount(word) == 1 || !waitedTooLong(next)) handedOver &= ~kMutexStarving;
  } while (!s.word.compare_exchange_weak(word, handedOver, std::memory_order_acq_rel, std::memory_order_relaxed));
  if (next) next->waitTicket |= kMutexHandedOver;
  s.queueLock.unlock();
  if (next) rt::ready(next);
}

// Normal mode: wakes the first waiter unless nobody waits, or someone is awake and trying
// already, or the lock was taken again (its next Unlock will see to the waiters).
void wakeMutexWaiter(MutexState& s, uint64_t word) {
  constexpr uint64_t kSomeoneOnIt = kMutexLocked | kMutexWoken | kMutexStarving;
  if (waiterCount(word) == 0 || (word & kSomeoneOnIt)) return;
  s.queueLock.lock();
  rt::G* next = nullptr;
  word = s.word.load(std::memory_order_relaxed);
  while (waiterCount(word) != 0 && !(word & kSomeoneOnIt)) {
    if (s.word.compare_exchange_weak(word, word - kMutexWaiter + kMutexWoken, std::memory_order_relaxed)) {
      next = s.waiters.pop();
      break;
    }
  }
  s.queueLock.unlock();
  if (next) rt::ready(next);
}

void mutexUnlock(NativeCtx&, Slot* io) {
  auto& s = stateAt<MutexState>(receiver(io[0]));
  uint64_t word = s.word.fetch_sub(kMutexLocked, std::memory_order_release);
  if (word == kMutexLocked) return;
  if (!(word & kMutexLocked)) fatalError("sync: unlock of unlocked mutex");
  if (word & kMutexStarving) handOverMutex(s);
  else wakeMutexWaiter(s, word - kMutexLocked);
}

// ---- RWMutex: Go's algorithm. The Go code serialises writers with a Mutex; the natives
// keep the reader count, which a writer makes negative to turn arriving readers away, and
// a semaphore each for readers waiting for the writer and for the writer waiting for the
// readers that were active when it came.

// A counting semaphore whose release hands its unit straight to the first waiter, so a
// woken goroutine's wait is complete.
struct Semaphore {
  SpinLock lock;
  int64_t count = 0;
  WaitQueue waiters;

  void acquire(NativeCtx& cx, rt::WaitReason reason) {
    lock.lock();
    if (count > 0) {
      --count;
      lock.unlock();
      return;
    }
    parkIn(cx, waiters, lock, reason);
  }
  void release() {
    lock.lock();
    rt::G* next = waiters.pop();
    if (!next) ++count;
    lock.unlock();
    if (next) rt::ready(next);
  }
};

constexpr int64_t kMaxReaders = int64_t{1} << 30;

struct RWMutexState {
  std::atomic<int64_t> readers{0};          // active readers; minus kMaxReaders while a writer is in
  std::atomic<int64_t> departingReaders{0};  // readers the writer still waits for
  Semaphore readerQueue;
  Semaphore writerQueue;
};

void rwRLock(NativeCtx& cx, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  if (s.readers.fetch_add(1, std::memory_order_acquire) < 0)
    s.readerQueue.acquire(cx, rt::WaitReason::RWMutexRLock);  // woken counted as a reader
}

void rwTryRLock(NativeCtx&, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  int64_t readers = s.readers.load(std::memory_order_relaxed);
  bool acquired = false;
  while (readers >= 0 && !acquired)
    acquired = s.readers.compare_exchange_weak(readers, readers + 1, std::memory_order_acquire,
                                               std::memory_order_relaxed);
  io[0].u = acquired;
}

void rwRUnlock(NativeCtx&, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  int64_t before = s.readers.fetch_sub(1, std::memory_order_release);
  if (before > 0) return;
  if (before == 0 || before == -kMaxReaders) fatalError("sync: RUnlock of unlocked RWMutex");
  if (s.departingReaders.fetch_sub(1, std::memory_order_acq_rel) == 1) s.writerQueue.release();
}

void rwExcludeReaders(NativeCtx& cx, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  int64_t active = s.readers.fetch_sub(kMaxReaders, std::memory_order_acq_rel);
  if (active != 0 && s.departingReaders.fetch_add(active, std::memory_order_acq_rel) + active != 0)
    s.writerQueue.acquire(cx, rt::WaitReason::RWMutexLock);
}

void rwTryExcludeReaders(NativeCtx&, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  int64_t none = 0;
  io[0].u = s.readers.compare_exchange_strong(none, -kMaxReaders, std::memory_order_acquire,
                                               std::memory_order_relaxed);
}

void rwAdmitReaders(NativeCtx&, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  int64_t waiting = s.readers.fetch_add(kMaxReaders, std::memory_order_release) + kMaxReaders;
  if (waiting >= kMaxReaders) fatalError("sync: Unlock of unlocked RWMutex");
  for (int64_t i = 0; i < waiting; ++i) s.readerQueue.release();
}

// ---- Cond: a ticket list, as Go's notifyList: Wait takes a ticket before unlocking L,
// so a Signal between the unlock and the park is not lost.

struct CondState {
  SpinLock lock;
  uint64_t nextTicket = 0;    // the ticket the next Wait gets
  uint64_t notifyTicket = 0;  // tickets below this have been signalled
  WaitQueue waiters;
};

void condEnqueue(NativeCtx&, Slot* io) {
  auto& s = stateAt<CondState>(receiver(io[0]));
  s.lock.lock();
  io[0].u = s.nextTicket++;
  s.lock.unlock();
}

void condWait(NativeCtx& cx, Slot* io) {
  auto& s = stateAt<CondState>(receiver(io[0]));
  uint64_t ticket = io[1].u;
  s.lock.lock();
  if (ticket < s.notifyTicket) {
    s.lock.unlock();
    return;
  }
  parkIn(cx, s.waiters, s.lock, rt::WaitReason::CondWait, ticket);
}

void condSignal(NativeCtx&, Slot* io) {
  auto& s = stateAt<CondState>(receiver(io[0]));
  s.lock.lock();
  rt::G* woken = nullptr;
  if (s.notifyTicket != s.nextTicket) {
    woken = s.waiters.removeTicket(s.notifyTicket++);
    if (woken) woken->waitNext = nullptr;
  }
  s.lock.unlock();
  readyAll(woken);
}

void condBroadcast(NativeCtx&, Slot* io) {
  auto& s = stateAt<CondState>(receiver(io[0]));
  s.lock.lock();
  s.notifyTicket = s.nextTicket;
  rt::G* woken = s.waiters.takeAll();
  s.lock.unlock();
  readyAll(woken);
}

}  // namespace

void registerSync() {
  registerPackage(PackageDef{"sync",
                             kSource,
                             {
                                 {"(*WaitGroup).Add", waitGroupAdd},
                                 {"(*WaitGroup).Wait", waitGroupWait},
                                 {"(*Mutex).Lock", mutexLock},
                                 {"(*Mutex).TryLock", mutexTryLock},
                                 {"(*Mutex).Unlock", mutexUnlock},
                                 {"(*RWMutex).excludeReaders", rwExcludeReaders},
                                 {"(*RWMutex).tryExcludeReaders", rwTryExcludeReaders},
                                 {"(*RWMutex).admitReaders", rwAdmitReaders},
                                 {"(*RWMutex).RLock", rwRLock},
                                 {"(*RWMutex).TryRLock", rwTryRLock},
                                 {"(*RWMutex).RUnlock", rwRUnlock},
                                 {"(*Cond).enqueue", condEnqueue},
                                 {"(*Cond).wait", condWait},
                                 {"(*Cond).Signal", condSignal},
                                 {"(*Cond).Broadcast", condBroadcast},
                             }});
}

}  // namespace goro::stdlib

// Package sync: WaitGroup, Mutex, RWMutex, Cond (native) and Once (Go over Mutex).
//
// Every primitive works as a zero value: its Go struct has one pointer field that the
// natives fill on first use with GC-allocated state (installed with a compare-and-swap,
// so racing first uses agree on one state). The state is guarded by a spin lock held
// only for a few instructions, never while a goroutine runs: a goroutine that must wait
// links its own G record (G::waitNext) into the state's FIFO and parks; the scheduler
// releases the spin lock after the switch-out (rt::park's unlock callback), so a wake-up
// cannot be lost. Every wait is complete when the goroutine wakes (Mutex and RWMutex hand
// ownership directly to the goroutine they wake), so called from bytecode the natives
// park stackless (blockingMode) and the goroutine simply resumes after the call.
#include <atomic>
#include <new>

#include "runtime/gc.h"
#include "runtime/sched.h"
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
	state *nativeState
}

func (rw *RWMutex) Lock()

func (rw *RWMutex) TryLock() bool

func (rw *RWMutex) Unlock()

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

class SpinLock {
 public:
  void lock() {
    while (locked_.exchange(true, std::memory_order_acquire))
      while (locked_.load(std::memory_order_relaxed)) __builtin_ia32_pause();
  }
  void unlock() { locked_.store(false, std::memory_order_release); }
  static void unlockCallback(void* lock) { static_cast<SpinLock*>(lock)->unlock(); }

 private:
  std::atomic<bool> locked_{false};
};

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
  rt::park(reason, SpinLock::unlockCallback, &lock, blockingMode(cx));
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

struct WaitGroupState {
  SpinLock lock;
  int64_t counter = 0;
  WaitQueue waiters;
};

void waitGroupAdd(NativeCtx&, Slot* io) {
  auto& s = stateAt<WaitGroupState>(receiver(io[0]));
  int64_t delta = io[1].i;
  s.lock.lock();
  s.counter += delta;
  if (s.counter < 0) {
    s.lock.unlock();
    panicString("sync: negative WaitGroup counter");
  }
  rt::G* woken = s.counter == 0 ? s.waiters.takeAll() : nullptr;
  s.lock.unlock();
  readyAll(woken);
}

void waitGroupWait(NativeCtx& cx, Slot* io) {
  auto& s = stateAt<WaitGroupState>(receiver(io[0]));
  s.lock.lock();
  if (s.counter == 0) {
    s.lock.unlock();
    return;
  }
  parkIn(cx, s.waiters, s.lock, rt::WaitReason::WaitGroupWait);
}

// ---- Mutex ----

struct MutexState {
  SpinLock lock;
  bool locked = false;
  WaitQueue waiters;
};

void mutexLock(NativeCtx& cx, Slot* io) {
  auto& s = stateAt<MutexState>(receiver(io[0]));
  s.lock.lock();
  if (!s.locked) {
    s.locked = true;
    s.lock.unlock();
    return;
  }
  parkIn(cx, s.waiters, s.lock, rt::WaitReason::MutexLock);  // woken as the owner
}

void mutexTryLock(NativeCtx&, Slot* io) {
  auto& s = stateAt<MutexState>(receiver(io[0]));
  s.lock.lock();
  bool acquired = !s.locked;
  s.locked = true;
  s.lock.unlock();
  io[0].u = acquired;
}

void mutexUnlock(NativeCtx&, Slot* io) {
  auto& s = stateAt<MutexState>(receiver(io[0]));
  s.lock.lock();
  if (!s.locked) {
    s.lock.unlock();
    fatalError("sync: unlock of unlocked mutex");
  }
  rt::G* next = s.waiters.pop();
  if (!next) s.locked = false;  // otherwise ownership passes to `next`
  s.lock.unlock();
  if (next) rt::ready(next);
}

// ---- RWMutex ----

struct RWMutexState {
  SpinLock lock;
  int64_t readers = 0;  // active readers
  bool writer = false;  // a writer holds the lock
  WaitQueue writers;
  WaitQueue waitingReaders;
};

void rwLock(NativeCtx& cx, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  s.lock.lock();
  if (!s.writer && s.readers == 0) {
    s.writer = true;
    s.lock.unlock();
    return;
  }
  parkIn(cx, s.writers, s.lock, rt::WaitReason::RWMutexLock);
}

void rwTryLock(NativeCtx&, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  s.lock.lock();
  bool acquired = !s.writer && s.readers == 0;
  if (acquired) s.writer = true;
  s.lock.unlock();
  io[0].u = acquired;
}

void rwUnlock(NativeCtx&, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  s.lock.lock();
  if (!s.writer) {
    s.lock.unlock();
    fatalError("sync: Unlock of unlocked RWMutex");
  }
  // Readers that queued behind this writer go first, then the next writer.
  rt::G* woken = s.waitingReaders.takeAll();
  if (woken) {
    s.writer = false;
    for (rt::G* g = woken; g; g = g->waitNext) s.readers++;
  } else if ((woken = s.writers.pop())) {
    woken->waitNext = nullptr;  // stays write-locked for it
  } else {
    s.writer = false;
  }
  s.lock.unlock();
  readyAll(woken);
}

void rwRLock(NativeCtx& cx, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  s.lock.lock();
  if (!s.writer && s.writers.empty()) {
    s.readers++;
    s.lock.unlock();
    return;
  }
  parkIn(cx, s.waitingReaders, s.lock, rt::WaitReason::RWMutexRLock);  // woken counted as a reader
}

void rwTryRLock(NativeCtx&, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  s.lock.lock();
  bool acquired = !s.writer && s.writers.empty();
  if (acquired) s.readers++;
  s.lock.unlock();
  io[0].u = acquired;
}

void rwRUnlock(NativeCtx&, Slot* io) {
  auto& s = stateAt<RWMutexState>(receiver(io[0]));
  s.lock.lock();
  if (s.readers <= 0) {
    s.lock.unlock();
    fatalError("sync: RUnlock of unlocked RWMutex");
  }
  rt::G* woken = nullptr;
  if (--s.readers == 0 && (woken = s.writers.pop())) {
    s.writer = true;
    woken->waitNext = nullptr;
  }
  s.lock.unlock();
  readyAll(woken);
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
                                 {"(*RWMutex).Lock", rwLock},
                                 {"(*RWMutex).TryLock", rwTryLock},
                                 {"(*RWMutex).Unlock", rwUnlock},
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

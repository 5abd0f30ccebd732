// Channel operations and select (see chan.h).
#include "runtime/chan.h"

#include <algorithm>
#include <atomic>
#include <new>
#include <vector>

#include "runtime/gc.h"
#include "runtime/sched_internal.h"
#include "runtime/spinlock.h"
#include "vm/panic.h"

namespace goro::rt {

// A goroutine blocked on one channel (one per case for select).
struct ChanWaiter {
  G* g = nullptr;
  Chan* chan = nullptr;
  ChanWaitSet* select = nullptr;  // the select it belongs to; null for a send or receive
  Slot value{};                   // send: the value to send; receive: the value received
  int caseIndex = 0;
  bool isSend = false;
  bool success = false;           // false: woken by close
  bool queued = false;            // linked in a channel queue (changed under that channel's lock)
  ChanWaiter* prev = nullptr;
  ChanWaiter* next = nullptr;
  ChanWaiter* readyLink = nullptr;  // close() collects the waiters it wakes
};

// A goroutine's waiters (G::Impl::chanWaits), GC memory reused by all its blocking
// operations: waiters[0] for a send or receive, one per case (in lock order) for a select.
struct ChanWaitSet {
  std::atomic<bool> done{false};  // select: the first channel to complete a case wins it
  ChanWaiter* fired = nullptr;    // select: the waiter that won
  int count = 0;                  // waiters in use
  int capacity = 0;
  ChanWaiter waiters[];
};

namespace {

class WaitQueue {
 public:
  void enqueue(ChanWaiter* w) {
    w->next = nullptr;
    w->prev = last_;
    if (last_) last_->next = w;
    else first_ = w;
    last_ = w;
    w->queued = true;
  }

  // Removes w if still queued (a select's losing cases, on wake-up).
  void remove(ChanWaiter* w) {
    if (!w->queued) return;
    if (w->prev) w->prev->next = w->next;
    else first_ = w->next;
    if (w->next) w->next->prev = w->prev;
    else last_ = w->prev;
    w->queued = false;
  }

  // The first waiter that can still be completed. Waiters of a select that another
  // channel already completed are dropped on the way (they lost the `done` race).
  ChanWaiter* dequeue() {
    while (ChanWaiter* w = first_) {
      remove(w);
      if (!w->select) return w;
      bool expected = false;
      if (w->select->done.compare_exchange_strong(expected, true, std::memory_order_acq_rel)) {
        w->select->fired = w;
        return w;
      }
    }
    return nullptr;
  }

 private:
  ChanWaiter* first_ = nullptr;
  ChanWaiter* last_ = nullptr;
};

}  // namespace

struct Chan {
  mutable SpinLock lock;
  bool closed = false;
  int64_t capacity = 0;
  int64_t count = 0;      // buffered elements
  int64_t recvIndex = 0;  // next buffered element to receive
  int64_t sendIndex = 0;  // next free buffer slot
  Slot zero{};
  WaitQueue recvq;
  WaitQueue sendq;
  Slot buffer[];

  Slot takeBuffered() {
    Slot v = buffer[recvIndex];
    buffer[recvIndex] = Slot{};  // no stale reference for the collector
    recvIndex = recvIndex + 1 == capacity ? 0 : recvIndex + 1;
    --count;
    return v;
  }
  void putBuffered(Slot v) {
    buffer[sendIndex] = v;
    sendIndex = sendIndex + 1 == capacity ? 0 : sendIndex + 1;
    ++count;
  }
  // Receives from a blocked sender: straight from it when unbuffered; from a full
  // buffer's head otherwise, refilling the tail with the sender's value.
  Slot receiveFrom(ChanWaiter* sender) {
    if (capacity == 0) return sender->value;
    Slot v = takeBuffered();
    putBuffered(sender->value);
    return v;
  }
  WaitQueue& queueFor(const ChanWaiter& w) { return w.isSend ? sendq : recvq; }
};

namespace {

void unlockChan(void* c) { static_cast<Chan*>(c)->lock.unlock(); }

[[noreturn]] void parkForever(WaitReason reason) {
  for (;;) park(reason);
}

// Parks on a nil channel or an empty select: nobody will ever ready the goroutine.
void parkForeverStart(WaitReason reason, Suspend how) {
  if (how == Suspend::Now) parkForever(reason);
  park(reason, nullptr, nullptr, Suspend::OnReturn);
}

// Completes a parked waiter's operation and makes it runnable.
void wake(ChanWaiter* w, bool success) {
  w->success = success;
  ready(w->g);
}

// The calling goroutine's waiter set with room for n waiters, all reset.
ChanWaitSet& waitSet(int n) {
  G::Impl& impl = *current()->impl;
  ChanWaitSet* set = impl.chanWaits;
  if (!set || set->capacity < n) {
    set = new (gc::alloc(sizeof(ChanWaitSet) + sizeof(ChanWaiter) * size_t(n))) ChanWaitSet;
    set->capacity = n;
    impl.chanWaits = set;
  }
  set->done.store(false, std::memory_order_relaxed);
  set->fired = nullptr;
  set->count = n;
  for (int i = 0; i < n; ++i) new (&set->waiters[i]) ChanWaiter;
  return *set;
}

// The waiter set of the calling goroutine's operation that just resumed.
ChanWaitSet& resumedWaitSet() { return *current()->impl->chanWaits; }

// Queues the calling goroutine on c as a sender (with `value`) or a receiver and parks it.
// c is locked; the scheduler unlocks it once the goroutine is off its stack or carrier.
void blockOn(Chan* c, bool isSend, Slot value, Suspend how) {
  ChanWaiter& self = waitSet(1).waiters[0];
  self.g = current();
  self.chan = c;
  self.isSend = isSend;
  self.value = value;
  c->queueFor(self).enqueue(&self);
  park(isSend ? WaitReason::ChanSend : WaitReason::ChanReceive, unlockChan, c, how);
}

}  // namespace

Chan* makeChan(int64_t capacity, Slot zero) {
  constexpr int64_t kMaxBufferBytes = int64_t{1} << 40;
  if (capacity < 0 || capacity > kMaxBufferBytes / static_cast<int64_t>(sizeof(Slot)))
    panicString("makechan: size out of range");
  void* memory = gc::alloc(sizeof(Chan) + static_cast<size_t>(capacity) * sizeof(Slot));
  Chan* c = new (memory) Chan;
  c->capacity = capacity;
  c->zero = zero;
  return c;
}

bool chanSendStart(Chan* c, Slot value, Suspend how) {
  if (!c) {
    parkForeverStart(WaitReason::ChanSendNil, how);
    return false;
  }
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicString("send on closed channel");
  }
  if (ChanWaiter* receiver = c->recvq.dequeue()) {
    receiver->value = value;
    c->lock.unlock();
    wake(receiver, true);
    return true;
  }
  if (c->count < c->capacity) {
    c->putBuffered(value);
    c->lock.unlock();
    return true;
  }
  blockOn(c, true, value, how);
  return false;
}

void chanSendFinish() {
  ChanWaiter& self = resumedWaitSet().waiters[0];
  self.value = Slot{};
  if (!self.success) panicString("send on closed channel");
}

void chanSend(Chan* c, Slot value) {
  if (!chanSendStart(c, value, Suspend::Now)) chanSendFinish();
}

bool chanRecvStart(Chan* c, Slot* value, bool* ok, Suspend how) {
  if (!c) {
    parkForeverStart(WaitReason::ChanReceiveNil, how);
    return false;
  }
  c->lock.lock();
  if (ChanWaiter* sender = c->sendq.dequeue()) {
    *value = c->receiveFrom(sender);
    c->lock.unlock();
    wake(sender, true);
    *ok = true;
    return true;
  }
  if (c->count > 0) {
    *value = c->takeBuffered();
    c->lock.unlock();
    *ok = true;
    return true;
  }
  if (c->closed) {
    c->lock.unlock();
    *value = c->zero;
    *ok = false;
    return true;
  }
  blockOn(c, false, Slot{}, how);
  return false;
}

Slot chanRecvFinish(bool* ok) {
  ChanWaiter& self = resumedWaitSet().waiters[0];
  *ok = self.success;
  Slot v = self.success ? self.value : self.chan->zero;
  self.value = Slot{};
  return v;
}

Slot chanRecv(Chan* c, bool* ok) {
  Slot v;
  bool received;
  if (!chanRecvStart(c, &v, &received, Suspend::Now)) v = chanRecvFinish(&received);
  if (ok) *ok = received;
  return v;
}

void chanClose(Chan* c) {
  if (!c) panicString("close of nil channel");
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicString("close of closed channel");
  }
  c->closed = true;
  ChanWaiter* toWake = nullptr;
  for (WaitQueue* q : {&c->recvq, &c->sendq}) {
    while (ChanWaiter* w = q->dequeue()) {
      w->readyLink = toWake;
      toWake = w;
    }
  }
  c->lock.unlock();
  while (toWake) {
    ChanWaiter* next = toWake->readyLink;  // read first: the woken goroutine owns *toWake
    wake(toWake, false);
    toWake = next;
  }
}

int64_t chanLen(const Chan* c) {
  if (!c) return 0;
  c->lock.lock();
  int64_t n = c->count;
  c->lock.unlock();
  return n;
}

int64_t chanCap(const Chan* c) { return c ? c->capacity : 0; }

// ---- select ------------------------------------------------------------------------------

namespace {

// A fixed-capacity array on the stack for the usual small selects, heap beyond.
template <typename T, size_t Inline>
class CaseArray {
 public:
  explicit CaseArray(size_t n) : data_(n <= Inline ? inline_ : (heap_.resize(n), heap_.data())) {}
  T& operator[](size_t i) { return data_[i]; }
  T* begin() { return data_; }

 private:
  T inline_[Inline];
  std::vector<T> heap_;
  T* data_;
};

// Locks (unlocks) the channels chanAt(0..n), which are in address order, each once: two
// selects never lock in opposite orders.
template <class ChanAt>
void lockInOrder(int n, ChanAt chanAt) {
  for (int i = 0; i < n; ++i)
    if (i == 0 || chanAt(i) != chanAt(i - 1)) chanAt(i)->lock.lock();
}

template <class ChanAt>
void unlockInOrder(int n, ChanAt chanAt) {
  for (int i = n; i-- > 0;)
    if (i == 0 || chanAt(i) != chanAt(i - 1)) chanAt(i)->lock.unlock();
}

void lockWaiters(ChanWaitSet& set) {
  lockInOrder(set.count, [&](int i) { return set.waiters[i].chan; });
}

void unlockWaiters(void* set) {
  auto& s = *static_cast<ChanWaitSet*>(set);
  unlockInOrder(s.count, [&](int i) { return s.waiters[i].chan; });
}

}  // namespace

int selectStart(SelectCase* cases, int count, bool hasDefault, Suspend how) {
  constexpr size_t kInline = 16;
  // Poll order: a uniform shuffle of the non-nil cases (Fisher-Yates as Go's selectgo).
  CaseArray<int, kInline> pollOrder(static_cast<size_t>(count));
  int active = 0;
  for (int i = 0; i < count; ++i) {
    if (!cases[i].chan) continue;
    int j = static_cast<int>(randomBelow(static_cast<uint32_t>(active + 1)));
    pollOrder[active] = pollOrder[j];
    pollOrder[j] = i;
    ++active;
  }
  if (active == 0) {
    if (hasDefault) return -1;
    parkForeverStart(WaitReason::Select, how);
    return kSelectBlocked;
  }
  // Lock order: the cases sorted by channel address.
  CaseArray<int, kInline> lockOrder(static_cast<size_t>(active));
  std::copy(pollOrder.begin(), pollOrder.begin() + active, lockOrder.begin());
  std::sort(lockOrder.begin(), lockOrder.begin() + active,
            [&](int a, int b) { return std::less<Chan*>()(cases[a].chan, cases[b].chan); });
  auto lockedChan = [&](int k) { return cases[lockOrder[k]].chan; };

  lockInOrder(active, lockedChan);
  for (int k = 0; k < active; ++k) {
    int i = pollOrder[k];
    SelectCase& sc = cases[i];
    Chan* c = sc.chan;
    if (sc.isSend) {
      if (c->closed) {
        unlockInOrder(active, lockedChan);
        panicString("send on closed channel");
      }
      if (ChanWaiter* receiver = c->recvq.dequeue()) {
        receiver->value = sc.value;
        unlockInOrder(active, lockedChan);
        wake(receiver, true);
        return i;
      }
      if (c->count < c->capacity) {
        c->putBuffered(sc.value);
        unlockInOrder(active, lockedChan);
        return i;
      }
    } else {
      if (ChanWaiter* sender = c->sendq.dequeue()) {
        sc.value = c->receiveFrom(sender);
        sc.ok = true;
        unlockInOrder(active, lockedChan);
        wake(sender, true);
        return i;
      }
      if (c->count > 0) {
        sc.value = c->takeBuffered();
        sc.ok = true;
        unlockInOrder(active, lockedChan);
        return i;
      }
      if (c->closed) {
        sc.value = c->zero;
        sc.ok = false;
        unlockInOrder(active, lockedChan);
        return i;
      }
    }
  }
  if (hasDefault) {
    unlockInOrder(active, lockedChan);
    return -1;
  }

  // Block on every channel at once, in lock order; the first to complete a case wins
  // `done`. The scheduler unlocks the channels (through the waiters) after the park.
  ChanWaitSet& set = waitSet(active);
  G* self = current();
  for (int k = 0; k < active; ++k) {
    int i = lockOrder[k];
    ChanWaiter& w = set.waiters[k];
    w.g = self;
    w.chan = cases[i].chan;
    w.select = &set;
    w.caseIndex = i;
    w.isSend = cases[i].isSend;
    w.value = cases[i].value;
    w.chan->queueFor(w).enqueue(&w);
  }
  park(WaitReason::Select, unlockWaiters, &set, how);
  return kSelectBlocked;
}

int selectFinish(Slot* value, bool* ok) {
  ChanWaitSet& set = resumedWaitSet();
  lockWaiters(set);
  for (int k = 0; k < set.count; ++k) set.waiters[k].chan->queueFor(set.waiters[k]).remove(&set.waiters[k]);
  unlockWaiters(&set);
  ChanWaiter& fired = *set.fired;
  *ok = fired.success;
  *value = fired.isSend || fired.success ? fired.value : fired.chan->zero;
  for (int k = 0; k < set.count; ++k) set.waiters[k].value = Slot{};
  if (fired.isSend && !fired.success) panicString("send on closed channel");
  return fired.caseIndex;
}

int select(SelectCase* cases, int count, bool hasDefault) {
  int chosen = selectStart(cases, count, hasDefault, Suspend::Now);
  if (chosen != kSelectBlocked) return chosen;
  Slot value;
  bool ok;
  chosen = selectFinish(&value, &ok);
  cases[chosen].value = value;
  cases[chosen].ok = ok;
  return chosen;
}

void blockForeverStart(Suspend how) { parkForeverStart(WaitReason::SelectNoCases, how); }

void blockForever() { parkForever(WaitReason::SelectNoCases); }

}  // namespace goro::rt

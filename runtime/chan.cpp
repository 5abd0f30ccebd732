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

namespace {

struct SelectState;

// A goroutine blocked on one channel (one per case for select). Lives on its stack.
struct Waiter {
  G* g = nullptr;
  Slot* elem = nullptr;      // send: the value to send; receive: where the value goes
  SelectState* select = nullptr;
  int caseIndex = 0;
  bool success = false;      // false: woken by close
  bool queued = false;       // linked in a channel queue (changed under that channel's lock)
  Waiter* prev = nullptr;
  Waiter* next = nullptr;
  Waiter* readyLink = nullptr;  // close() collects the waiters it wakes
};

// Shared by a select's waiters: the first channel to win `done` completes the select.
struct SelectState {
  std::atomic<bool> done{false};
  Waiter* fired = nullptr;
};

class WaitQueue {
 public:
  void enqueue(Waiter* w) {
    w->next = nullptr;
    w->prev = last_;
    if (last_) last_->next = w;
    else first_ = w;
    last_ = w;
    w->queued = true;
  }

  // Removes w if still queued (a select's losing cases, on wake-up).
  void remove(Waiter* w) {
    if (!w->queued) return;
    if (w->prev) w->prev->next = w->next;
    else first_ = w->next;
    if (w->next) w->next->prev = w->prev;
    else last_ = w->prev;
    w->queued = false;
  }

  // The first waiter that can still be completed. Waiters of a select that another
  // channel already completed are dropped on the way (they lost the `done` race).
  Waiter* dequeue() {
    while (Waiter* w = first_) {
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
  Waiter* first_ = nullptr;
  Waiter* last_ = nullptr;
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
  Slot receiveFrom(Waiter* sender) {
    if (capacity == 0) return *sender->elem;
    Slot v = takeBuffered();
    putBuffered(*sender->elem);
    return v;
  }
};

namespace {

void unlockChan(void* c) { static_cast<Chan*>(c)->lock.unlock(); }

[[noreturn]] void parkForever(WaitReason reason) {
  for (;;) park(reason);
}

// Completes a parked waiter's operation and makes it runnable.
void wake(Waiter* w, bool success) {
  w->success = success;
  ready(w->g);
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

void chanSend(Chan* c, Slot value) {
  if (!c) parkForever(WaitReason::ChanSendNil);
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicString("send on closed channel");
  }
  if (Waiter* receiver = c->recvq.dequeue()) {
    *receiver->elem = value;
    c->lock.unlock();
    wake(receiver, true);
    return;
  }
  if (c->count < c->capacity) {
    c->putBuffered(value);
    c->lock.unlock();
    return;
  }
  Waiter self;
  self.g = current();
  self.elem = &value;
  c->sendq.enqueue(&self);
  park(WaitReason::ChanSend, unlockChan, c);
  if (!self.success) panicString("send on closed channel");
}

Slot chanRecv(Chan* c, bool* ok) {
  if (!c) parkForever(WaitReason::ChanReceiveNil);
  c->lock.lock();
  if (Waiter* sender = c->sendq.dequeue()) {
    Slot v = c->receiveFrom(sender);
    c->lock.unlock();
    wake(sender, true);
    if (ok) *ok = true;
    return v;
  }
  if (c->count > 0) {
    Slot v = c->takeBuffered();
    c->lock.unlock();
    if (ok) *ok = true;
    return v;
  }
  if (c->closed) {
    c->lock.unlock();
    if (ok) *ok = false;
    return c->zero;
  }
  Slot received{};
  Waiter self;
  self.g = current();
  self.elem = &received;
  c->recvq.enqueue(&self);
  park(WaitReason::ChanReceive, unlockChan, c);
  if (ok) *ok = self.success;
  return self.success ? received : c->zero;
}

void chanClose(Chan* c) {
  if (!c) panicString("close of nil channel");
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicString("close of closed channel");
  }
  c->closed = true;
  Waiter* toWake = nullptr;
  for (WaitQueue* q : {&c->recvq, &c->sendq}) {
    while (Waiter* w = q->dequeue()) {
      w->readyLink = toWake;
      toWake = w;
    }
  }
  c->lock.unlock();
  while (toWake) {
    Waiter* next = toWake->readyLink;  // read first: the woken goroutine owns *toWake
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

struct SelectLocks {
  Chan** sorted;  // the distinct-or-repeated channels in address order
  int count;
};

void lockAll(const SelectLocks& locks) {
  for (int i = 0; i < locks.count; ++i)
    if (i == 0 || locks.sorted[i] != locks.sorted[i - 1]) locks.sorted[i]->lock.lock();
}

void unlockAll(const SelectLocks& locks) {
  for (int i = locks.count; i-- > 0;)
    if (i == 0 || locks.sorted[i] != locks.sorted[i - 1]) locks.sorted[i]->lock.unlock();
}

void unlockAllAfterPark(void* locks) { unlockAll(*static_cast<SelectLocks*>(locks)); }

}  // namespace

int select(SelectCase* cases, int count, bool hasDefault) {
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
    parkForever(WaitReason::Select);
  }
  // Lock order: by channel address, so two selects never lock in opposite orders.
  CaseArray<Chan*, kInline> sorted(static_cast<size_t>(active));
  for (int i = 0; i < active; ++i) sorted[i] = cases[pollOrder[i]].chan;
  std::sort(sorted.begin(), sorted.begin() + active, std::less<Chan*>());
  SelectLocks locks{sorted.begin(), active};

  lockAll(locks);
  for (int k = 0; k < active; ++k) {
    int i = pollOrder[k];
    SelectCase& sc = cases[i];
    Chan* c = sc.chan;
    if (sc.isSend) {
      if (c->closed) {
        unlockAll(locks);
        panicString("send on closed channel");
      }
      if (Waiter* receiver = c->recvq.dequeue()) {
        *receiver->elem = sc.value;
        unlockAll(locks);
        wake(receiver, true);
        return i;
      }
      if (c->count < c->capacity) {
        c->putBuffered(sc.value);
        unlockAll(locks);
        return i;
      }
    } else {
      if (Waiter* sender = c->sendq.dequeue()) {
        sc.value = c->receiveFrom(sender);
        sc.ok = true;
        unlockAll(locks);
        wake(sender, true);
        return i;
      }
      if (c->count > 0) {
        sc.value = c->takeBuffered();
        sc.ok = true;
        unlockAll(locks);
        return i;
      }
      if (c->closed) {
        sc.value = c->zero;
        sc.ok = false;
        unlockAll(locks);
        return i;
      }
    }
  }
  if (hasDefault) {
    unlockAll(locks);
    return -1;
  }

  // Block on every channel at once; the first to complete a case wins `state.done`.
  SelectState state;
  CaseArray<Waiter, kInline> waiters(static_cast<size_t>(active));
  G* self = current();
  for (int k = 0; k < active; ++k) {
    int i = pollOrder[k];
    Waiter& w = waiters[k];
    w.g = self;
    w.elem = &cases[i].value;
    w.select = &state;
    w.caseIndex = i;
    (cases[i].isSend ? cases[i].chan->sendq : cases[i].chan->recvq).enqueue(&w);
  }
  park(WaitReason::Select, unlockAllAfterPark, &locks);

  lockAll(locks);
  for (int k = 0; k < active; ++k) {
    SelectCase& sc = cases[waiters[k].caseIndex];
    (sc.isSend ? sc.chan->sendq : sc.chan->recvq).remove(&waiters[k]);
  }
  unlockAll(locks);
  Waiter* fired = state.fired;
  SelectCase& sc = cases[fired->caseIndex];
  if (sc.isSend) {
    if (!fired->success) panicString("send on closed channel");
  } else {
    sc.ok = fired->success;
    if (!fired->success) sc.value = sc.chan->zero;
  }
  return fired->caseIndex;
}

void blockForever() { parkForever(WaitReason::SelectNoCases); }

}  // namespace goro::rt

// Channels and select, with Go's semantics (runtime/chan.go, runtime/select.go).
//
// Every element is one Slot (vm/value.h): scalars travel by value, aggregates as pointers
// to private copies the VM made. A channel is GC memory: a lock, a ring buffer of `cap`
// slots, and two queues of blocked goroutines. A blocked goroutine's queue entries (Go's
// sudogs) live in a waiter set owned by its G record, allocated the first time it blocks
// and reused ever after; whoever completes the operation copies the value straight into
// (or out of) the parked goroutine's waiter and readies it.
//
// Each blocking operation comes in two forms. The plain one (chanSend, chanRecv, select)
// blocks keeping the goroutine's native stack. The two-phase one serves the VM, which
// blocks without it (rt::Suspend::OnReturn): *Start either completes the operation or
// queues the goroutine and parks it, and the matching *Finish, called when the goroutine
// runs again, collects the outcome from its waiters (and raises the panic of a send
// that a close interrupted).
//
// Panics ("send on closed channel", "close of closed channel", "close of nil channel",
// "makechan: size out of range") are raised through vm/panic.h's panicString after every
// lock is released. Operations on a nil channel park forever ("chan send (nil chan)").
#pragma once

#include <cstdint>

#include "runtime/sched.h"
#include "vm/value.h"

namespace goro::rt {

struct Chan;

// make(chan T, capacity). `zero` is T's zero value in register form (for aggregates a
// pointer to a shared zero block), returned by receives from a closed channel.
Chan* makeChan(int64_t capacity, Slot zero = Slot{});

void chanSend(Chan* c, Slot value);
// Receives a value; *ok (if given) is false when the channel is closed and drained.
Slot chanRecv(Chan* c, bool* ok = nullptr);
void chanClose(Chan* c);
int64_t chanLen(const Chan* c);  // nil: 0
int64_t chanCap(const Chan* c);  // nil: 0

struct SelectCase {
  Chan* chan;   // nil: the case is never ready
  bool isSend;
  Slot value;   // send: the value to send; receive: the value received
  bool ok;      // receive: false when the channel was closed
};

// Runs one ready case, chosen uniformly at random among the ready ones, and returns its
// index; with none ready, returns -1 if `hasDefault`, else blocks until one is ready.
// Works outside goroutines (timer callbacks) as long as it cannot block.
int select(SelectCase* cases, int count, bool hasDefault);

// select {}: parks the goroutine forever ("select (no cases)").
[[noreturn]] void blockForever();

// Two-phase forms. Start returns true (or, for select, the chosen index or -1) when the
// operation completed, writing a receive's results; otherwise the goroutine is queued and
// parked as `how` says, and once it runs again the caller must call the matching Finish
// (after a park on a nil channel or an empty select it never runs again).
bool chanSendStart(Chan* c, Slot value, Suspend how);
void chanSendFinish();
bool chanRecvStart(Chan* c, Slot* value, bool* ok, Suspend how);
Slot chanRecvFinish(bool* ok);
constexpr int kSelectBlocked = -2;
int selectStart(SelectCase* cases, int count, bool hasDefault, Suspend how);
// The chosen case's index; *value and *ok receive its value (for a send, the value sent).
int selectFinish(Slot* value, bool* ok);
// select {} as a two-phase operation: parks as `how` says, never to run again.
void blockForeverStart(Suspend how);

}  // namespace goro::rt

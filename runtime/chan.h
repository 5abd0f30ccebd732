// Channels and select, with Go's semantics (runtime/chan.go, runtime/select.go).
//
// Every element is one Slot (vm/value.h): scalars travel by value, aggregates as pointers
// to private copies the VM made. A channel is GC memory: a lock, a ring buffer of `cap`
// slots, and two queues of blocked goroutines. A blocked goroutine's queue entry (Go's
// sudog) lives on its own fiber stack, which stays put while it is parked, so blocking
// allocates nothing; whoever completes the operation copies the value straight into
// (or out of) the parked goroutine's slot and readies it.
//
// Panics ("send on closed channel", "close of closed channel", "close of nil channel",
// "makechan: size out of range") are raised through vm/panic.h's panicString after every
// lock is released. Operations on a nil channel park forever ("chan send (nil chan)").
#pragma once

#include <cstdint>

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

}  // namespace goro::rt

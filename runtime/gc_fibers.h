// The scheduler's side of the bdwgc fiber protocol (runtime-internal; see runtime/gc.h).
//
// The collector only knows thread stacks. The scheduler tells it about fibers through
// three things: a per-worker switch flag held around every context switch (the world is
// never stopped mid-switch), the stack bottom of whatever stack each worker thread is on
// right now, and the live ranges of stacks that no thread is running (suspended fibers,
// and a worker's native stack while it runs a fiber). gc.cpp calls rt::pushFiberRoots()
// from its push-other-roots callback with the world stopped; the scheduler answers with
// setThreadStackBottom() and pushStackRange().
#pragma once

#include <cstddef>

namespace goro::gc {

constexpr int kMaxSwitchSlots = 256;  // one per worker thread

// Registers the calling thread with the collector (no-op for the thread that called init)
// and returns its collector handle; *nativeBottom receives its stack's cold end.
void* registerCurrentThread(void** nativeBottom);
void unregisterCurrentThread();

// Held by worker `slot` from just before a fiber switch until the fiber switched to has
// recorded where everything is. Collections wait until no slot is held.
void beginSwitch(int slot);
void endSwitch(int slot);

// Only valid inside rt::pushFiberRoots (world stopped).
void setThreadStackBottom(void* handle, void* bottom);
void pushStackRange(const void* lo, const void* hi);

// Runs fn(arg) holding the collector's allocation lock, which excludes pushFiberRoots:
// the scheduler links new goroutine records into the list it walks under this lock.
void withCollectorLock(void (*fn)(void*), void* arg);

}  // namespace goro::gc

namespace goro::rt {
// Implemented by the scheduler; called with the world stopped.
void pushFiberRoots();
}  // namespace goro::rt

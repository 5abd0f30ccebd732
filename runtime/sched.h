// The goroutine scheduler: public interface used by the VM and the stdlib.
//
// Every goroutine is a G. GOMAXPROCS worker threads (Ps in Go's vocabulary) each own a
// local run queue and steal from each other when idle; a global queue takes overflow and
// is polled periodically for fairness. Goroutines run on carriers: Boost.Context fibers
// with their own native stacks, pooled per worker. A G takes a carrier when it runs and
// gives it back as soon as it no longer needs its native stack:
//  - when its entry function returns (the goroutine exits), and
//  - when it blocks "stackless" (Suspend::OnReturn): code that keeps all its state in
//    heap memory, as the VM does between two instructions, records the park and returns
//    from the entry function; the G then waits with no stack at all, and when readied
//    the worker calls its entry function again on whatever carrier it has at hand.
// Code that blocks in the middle of native work (Suspend::Now, the default) keeps its
// carrier until it is woken. So the number of native stacks is bounded by the running
// plus the natively blocked goroutines, not by the goroutine count.
//
// Blocking never blocks a worker thread: the goroutine switches back to the worker's
// scheduling loop and whoever unblocks it calls ready(). Timers live in the scheduler
// and wake sleeping goroutines without any thread per timer. Idle workers sleep on a
// condition variable until work or the next timer arrives.
//
// Memory of G records is uncollectable GC memory, so everything a goroutine references
// through G::arg / G::vm is seen by the collector even while the G sits in a queue or
// waits without a stack.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace goro::rt {

// Why a goroutine is parked, printed as Go prints it in goroutine dumps.
enum class WaitReason : uint8_t {
  None,
  ChanReceive,     // "chan receive"
  ChanSend,        // "chan send"
  ChanReceiveNil,  // "chan receive (nil chan)"
  ChanSendNil,     // "chan send (nil chan)"
  Select,          // "select"
  SelectNoCases,   // "select (no cases)"
  Sleep,           // "sleep"
  WaitGroupWait,   // "sync.WaitGroup.Wait"
  MutexLock,       // "sync.Mutex.Lock"
  RWMutexLock,     // "sync.RWMutex.Lock"
  RWMutexRLock,    // "sync.RWMutex.RLock"
  CondWait,        // "sync.Cond.Wait"
};
const char* waitReasonString(WaitReason r);

enum class GStatus : uint8_t { Runnable, Running, Waiting, Dead };

struct G {
  uint64_t id;                   // 1 for main, then counting up as in Go
  GStatus status;
  WaitReason waitReason;
  void (*entry)(void* arg);      // what the goroutine runs
  void* arg;                     // GC memory passed to entry
  void* vm;                      // the VM's per-goroutine state (GC memory), set by the VM
  void* spareVm;                 // a dead goroutine's VM state, left for the next one to reuse
  G* waitNext;                   // link in the wait queue of the code that parks it
  uint64_t waitTicket;           // free for that code (sync.Cond's ticket)
  struct Impl;                   // scheduler-private part (fiber, queue links, ...)
  Impl* impl;
};

struct Options {
  int procs = 0;          // GOMAXPROCS; 0: $GOMAXPROCS or the number of CPUs
  uint64_t seed = 0;      // 0: random; otherwise every scheduling choice derives from it
  bool fakeTime = false;  // virtual time (clock starts 2009-11-10 23:00:00 UTC)
};

// Runs `mainEntry(arg)` as goroutine 1 on the scheduler; never returns. When the main
// goroutine's entry returns, the process exits at once with status 0 (after flushing C
// stdio, the only buffering below Go's unbuffered writes), whatever the other goroutines
// are doing, unless it called mainGoexited(). Goroutines created by spawn() are numbered
// from 5, as in Go 1.19, whose runtime takes 2-4 for itself.
[[noreturn]] void run(const Options& opts, void (*mainEntry)(void*), void* arg);

// Called by the main goroutine, just before its entry returns, when runtime.Goexit ended
// it: the process does not exit then but goes on with the other goroutines. When none is
// left and no timer is pending, it dies as Go's does, with "fatal error: no goroutines
// (main called runtime.Goexit) - deadlock!" and status 2.
void mainGoexited();

// Creates a goroutine running entry(arg) and makes it runnable. The goroutine exits when
// entry returns, unless it asked to be suspended (Suspend::OnReturn): then entry(arg) is
// called again when the goroutine is resumed, and must find its place from its own state.
G* spawn(void (*entry)(void*), void* arg);
// The goroutine running on this thread (null outside goroutines).
G* current();

// How a blocking call suspends the calling goroutine.
enum class Suspend : uint8_t {
  // Switches away at once, keeping the goroutine's carrier (its native stack); the call
  // returns when the goroutine runs again.
  Now,
  // Stackless: the call only records the suspension and returns at once; the caller must
  // then return from the goroutine's entry function without touching what it waits on.
  // The goroutine gives its carrier back and is suspended from then on; when it runs
  // again its entry function is called anew.
  OnReturn,
};

// Parks the current goroutine. `unlock(lockArg)` (if not null) is called once the
// goroutine is safely switched out (or, for OnReturn, off its carrier), so a ready() that
// races with park() cannot resume it early; the usual pattern is: take the object's lock,
// enqueue g, park(reason, unlock, lock).
void park(WaitReason reason, void (*unlock)(void*) = nullptr, void* lockArg = nullptr, Suspend how = Suspend::Now);
// Makes a parked goroutine runnable again (callable from any goroutine or thread).
void ready(G* g);

// Between these, something outside the program will ready a goroutine (a REPL's next
// line): no goroutine running or runnable is then not a deadlock.
void beginExternalWait();
void endExternalWait();

// Parks like park(), for a goroutine that must win something when it wakes (a woken
// sync.Mutex waiter competes for the lock with running goroutines, as in Go). Each time
// it is readied, the worker about to run it first calls acquire(g, acquireArg) on the
// worker's own stack, with g parked for `reason`: true runs g; false leaves it parked, and
// acquire must have queued it again so that a later ready() retries. So a waiter that
// loses costs no carrier switch and runs none of its code.
void parkUntilAcquired(WaitReason reason, bool (*acquire)(G* g, void* acquireArg), void* acquireArg,
                       void (*unlock)(void*), void* lockArg, Suspend how);

// Whether code waiting for something that a running goroutine will release soon should
// spin (busy-wait a moment) on its iteration-th try rather than park. As Go's canSpin: a
// few iterations, and only on a multicore machine, with another worker running a
// goroutine and no goroutine waiting to run on the caller's worker.
bool canSpin(int iteration);

void yield(Suspend how = Suspend::Now);             // runtime.Gosched
void sleep(int64_t ns, Suspend how = Suspend::Now); // time.Sleep; ns <= 0 just yields
int64_t nanotime();           // monotonic clock (virtual under fakeTime)
int64_t walltime();           // Unix nanoseconds (virtual under fakeTime)

// Called by the VM from its preemption points (back edges, calls) when its instruction
// budget runs out: yields (as yield(how)) if another goroutine is waiting to run, and
// returns whether it did.
bool preempt(Suspend how = Suspend::Now);
// The VM's instruction budget for its next time slice: `standard`, or under an explicit
// seed a draw from the seeded generator, so that preemption points move with the seed.
int32_t timeSliceBudget(int32_t standard);

int gomaxprocs(int n);        // n < 1: query only; returns the previous value
int numCPU();
int numGoroutine();
int numCarriers();            // carriers (native stacks) created so far; they are never freed

// One-shot timers for the stdlib (time.After, AfterFunc, ...): fire(arg) runs on a worker
// thread at `when` (nanotime clock), outside any goroutine; it must not block.
struct Timer;
Timer* addTimer(int64_t when, void (*fire)(void*), void* arg);
bool stopTimer(Timer* t);     // false if it already fired or was stopped

// Ends the program from any goroutine: flushes C stdio (nothing Go-level), exits with `code`.
[[noreturn]] void exitProcess(int code);

// Bytes left on the current goroutine's carrier stack below the caller's frame (natively
// recursive VM code checks it to raise Go's stack-overflow fatal error instead of crashing).
size_t stackSpaceLeft();

// Goroutine dumps. When every goroutine is blocked and no timer is pending, the scheduler
// prints "fatal error: all goroutines are asleep - deadlock!" and, for each goroutine,
// "\ngoroutine N [wait reason]:\n" followed by what the dumper appends (its frames, one
// "func(...)\n\tfile:line\n" pair each, as Go prints them), then exits with status 2.
using GoroutineDumper = void (*)(G* g, std::string& out);
void setGoroutineDumper(GoroutineDumper dumper);
// A program that outlives a deadlock (the REPL, whose input may block for good) sets a
// handler: it gets the report's text instead of the scheduler printing it and exiting,
// and names a goroutine to start (entry, arg), which runs while the deadlocked ones stay
// blocked. Called by the last worker to fall asleep, holding the scheduler's sleep lock:
// it must not block or call into the scheduler. Returning a null entry exits as Go does.
struct DeadlockRecovery {
  void (*entry)(void*) = nullptr;
  void* arg = nullptr;
};
using DeadlockHandler = DeadlockRecovery (*)(const std::string& report);
void setDeadlockHandler(DeadlockHandler handler);
// Calls fn for every live goroutine, oldest first. Meant for dumps: a goroutine may change
// state while fn looks at it unless the world is otherwise quiet.
void forEachG(void (*fn)(G* g, void* ctx), void* ctx);

}  // namespace goro::rt

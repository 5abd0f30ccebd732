// Goroutine timelines (`goro run --timeline FILE`): what every goroutine did, and when.
//
// The scheduler reports each step of a goroutine's life (created, runs on a worker,
// blocks, is preempted or yields, is readied by another goroutine or a timer, exits or
// panics) and the timeline keeps them, stamped with the scheduler's clock, to write them
// when the process exits, however it exits (rt::exitProcess writes it). Off, recording
// costs one predictable branch on `timeline::enabled` at each hook.
//
// Recording is safe from any number of worker threads: each worker appends to its own
// buffer under its own (uncontended) lock, and one atomic counter numbers the events, which
// orders them as they happened (a goroutine readied on one worker and run on another is
// readied first), bounds their number, and is merged by at exit. Past kMaxEvents the
// timeline is marked truncated and the program runs on unrecorded.
//
// Where a goroutine comes from is known only to the VM: at each spawn it gives opaque
// keys (OriginDescriber::originOf), interned cheaply, and turns them into text (the
// function a goroutine runs, the `go` statement's file:line) only when the timeline is
// written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/sched.h"

namespace goro::rt::timeline {

// A goroutine's origin, as opaque pointers only the VM interprets.
struct Origin {
  const void* program = nullptr;
  const void* function = nullptr;   // what the goroutine runs
  const void* creator = nullptr;    // the function holding the `go` statement (null: none)
  const void* statement = nullptr;  // where in `creator`
  bool operator==(const Origin&) const = default;
};

struct OriginText {
  std::string function;  // "main.worker", "main.main.func1"
  std::string position;  // "prog.go:12"; empty for the main goroutine
};

struct OriginDescriber {
  Origin (*originOf)(void (*entry)(void*), void* arg) = nullptr;  // at spawn: must be cheap
  OriginText (*describe)(const Origin& origin) = nullptr;         // when writing
};

// Past this many events the timeline stops growing (40 bytes each: 80 MiB at most);
// $GORO_TIMELINE_EVENTS sets another bound.
constexpr uint64_t kDefaultMaxEvents = uint64_t{2} << 20;

// Whether the run records a timeline; set by start() before the scheduler starts.
extern bool enabled;

// Records from now on, to write to `path` at exit: a Chrome trace (JSON) when the name
// ends in ".json", else the text timeline ("-": stderr). The file is created now, so a
// bad path is reported before the program runs: returns false with `error` set.
bool start(const std::string& path, std::string& error);
void setOriginDescriber(const OriginDescriber& describer);

// Hooks, called only when `enabled`. `g` is the goroutine the event is about; the
// goroutine or worker causing it is the caller's.
void recordCreate(G* g, void (*entry)(void*), void* arg);  // by current() (null: the runtime)
void recordRun(G* g, int worker);
void recordBlock(G* g, WaitReason reason);
// A woken waiter lost its race and waits on. Once it lost it may be readied again at
// once, so the event takes its place in the order from a stamp taken before the race.
struct Stamp {
  uint64_t seq;
  int64_t time;
};
Stamp stamp();
void recordBlockAgain(G* g, WaitReason reason, Stamp before);
void recordYield(G* g, bool preempted);
void recordReady(G* g);                          // by current() (null: a timer)
void recordExit(G* g);
void recordPanic();                              // current() dies of a panic
void recordDeadlock();

// Called by exitProcess: records the exit and writes the timeline (once; a racing second
// caller waits for the process to end).
void finish(int exitCode);

}  // namespace goro::rt::timeline

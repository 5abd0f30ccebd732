// The recorded form of a goroutine timeline, shared by its recorder and its writers.
#pragma once

#include <cstdint>
#include <cstdio>
#include <vector>

#include "runtime/timeline.h"

namespace goro::rt::timeline {

enum class EventKind : uint8_t {
  Create,       // g was created by `by` (0: by the runtime); detail: origin index
  Run,          // g starts or resumes running; detail: worker
  Block,        // g parks; detail: WaitReason
  BlockAgain,   // g, readied, lost the race for what it waited on and parks again; detail: WaitReason
  Yield,        // g yields (runtime.Gosched), staying runnable
  Preempt,      // g's time slice ran out while others waited to run
  Ready,        // g is made runnable by `by` (0: a timer)
  Exit,         // g's function returned (or runtime.Goexit ended it)
  Panic,        // g dies of a panic, taking the program with it
  Deadlock,     // every goroutine is blocked and no timer is pending
  ProcessExit,  // the program ends, from g (0: from the runtime); detail: exit status
};

struct Event {
  uint64_t seq;     // global order of recording
  int64_t time;     // the scheduler's clock (virtual under --faketime)
  uint64_t g;       // the goroutine the event is about (0: none)
  uint64_t by;      // Create and Ready: the goroutine causing it (0: none)
  uint32_t detail;  // see EventKind
  EventKind kind;
};

// Everything recorded, in order, ready to be written.
struct Recording {
  std::vector<Event> events;         // by seq
  std::vector<OriginText> origins;   // indexed by Create's detail
  bool virtualTime = false;          // recorded under --faketime
  bool truncated = false;            // maxEvents reached: later events were not recorded
  uint64_t maxEvents = 0;
};

void writeText(const Recording& r, std::FILE* out);
void writeChromeTrace(const Recording& r, std::FILE* out);

}  // namespace goro::rt::timeline

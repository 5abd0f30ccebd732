// Recording goroutine timelines: per-worker event buffers, origins, writing at exit.
#include "runtime/timeline.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <unordered_map>

#include "runtime/clock.h"
#include "runtime/gc_fibers.h"
#include "runtime/sched_internal.h"
#include "runtime/spinlock.h"
#include "runtime/timeline_internal.h"

namespace goro::rt::timeline {

bool enabled = false;

namespace {

// One per worker, plus one for threads that are no worker. Only its worker appends to a
// buffer, so its lock is uncontended until finish() collects the events.
struct alignas(64) Buffer {
  SpinLock lock;
  std::deque<Event> events;
  // The origin of this worker's last spawn: a loop of `go` statements interns once.
  Origin lastOrigin;
  uint32_t lastOriginIndex = UINT32_MAX;
};

constexpr int kBuffers = gc::kMaxSwitchSlots + 1;

struct OriginHash {
  size_t operator()(const Origin& o) const {
    std::hash<const void*> h;
    return h(o.function) ^ (h(o.statement) * 31) ^ (h(o.creator) * 961) ^ (h(o.program) * 29791);
  }
};

struct Timeline {
  std::FILE* out = nullptr;
  bool chromeTrace = false;
  Buffer buffers[kBuffers];
  std::atomic<uint64_t> nextSeq{0};
  uint64_t maxEvents = kDefaultMaxEvents;
  std::atomic<bool> closed{false};  // finish() is collecting: record nothing more
  std::atomic<bool> truncated{false};  // an event was dropped past maxEvents
  OriginDescriber describer;
  std::mutex originLock;
  std::vector<Origin> origins;
  std::unordered_map<Origin, uint32_t, OriginHash> originIndex;
};

Timeline* state = nullptr;

Buffer& callerBuffer() {
  Worker* w = currentWorker();
  return state->buffers[w ? w->id : kBuffers - 1];
}

uint64_t idOf(const G* g) { return g ? g->id : 0; }

// Appends an event stamped `at` unless the timeline is closed, or full: past maxEvents
// only the events that end the program (`final`) are still kept.
void appendAt(Buffer& b, Stamp at, EventKind kind, uint64_t g, uint64_t by, uint32_t detail, bool final) {
  if (at.seq >= state->maxEvents && !final) {
    state->truncated.store(true, std::memory_order_relaxed);
    return;
  }
  std::lock_guard lock(b.lock);
  if (!state->closed.load(std::memory_order_relaxed)) b.events.push_back(Event{at.seq, at.time, g, by, detail, kind});
}

void append(Buffer& b, EventKind kind, uint64_t g, uint64_t by, uint32_t detail, bool final = false) {
  appendAt(b, stamp(), kind, g, by, detail, final);
}

void append(EventKind kind, uint64_t g, uint64_t by = 0, uint32_t detail = 0, bool final = false) {
  append(callerBuffer(), kind, g, by, detail, final);
}

uint32_t internOrigin(Buffer& b, const Origin& origin) {
  {
    std::lock_guard lock(b.lock);
    if (b.lastOriginIndex != UINT32_MAX && b.lastOrigin == origin) return b.lastOriginIndex;
  }
  uint32_t index;
  {
    std::lock_guard lock(state->originLock);
    auto [it, added] = state->originIndex.try_emplace(origin, static_cast<uint32_t>(state->origins.size()));
    if (added) state->origins.push_back(origin);
    index = it->second;
  }
  std::lock_guard lock(b.lock);
  b.lastOrigin = origin;
  b.lastOriginIndex = index;
  return index;
}

// Every event recorded, in order; nothing is recorded after this.
std::vector<Event> collectEvents() {
  state->closed.store(true, std::memory_order_relaxed);
  std::vector<Event> events;
  for (Buffer& b : state->buffers) {
    std::lock_guard lock(b.lock);  // waits for an append in progress
    events.insert(events.end(), b.events.begin(), b.events.end());
  }
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.seq < b.seq; });
  return events;
}

}  // namespace

bool start(const std::string& path, std::string& error) {
  state = new Timeline;
  if (const char* limit = std::getenv("GORO_TIMELINE_EVENTS")) {
    char* end = nullptr;
    unsigned long long n = std::strtoull(limit, &end, 10);
    if (*limit == '\0' || *end != '\0' || n == 0) {
      error = std::string("GORO_TIMELINE_EVENTS wants a positive number of events, got ") + limit;
      return false;
    }
    state->maxEvents = n;
  }
  state->chromeTrace = path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0;
  state->out = path == "-" ? stderr : std::fopen(path.c_str(), "w");
  if (!state->out) {
    error = "cannot create " + path + ": " + std::strerror(errno);
    return false;
  }
  enabled = true;
  return true;
}

void setOriginDescriber(const OriginDescriber& describer) {
  if (state) state->describer = describer;
}

void recordCreate(G* g, void (*entry)(void*), void* arg) {
  Buffer& b = callerBuffer();
  Origin origin;
  if (state->describer.originOf) origin = state->describer.originOf(entry, arg);
  append(b, EventKind::Create, g->id, idOf(current()), internOrigin(b, origin));
}

void recordRun(G* g, int worker) { append(EventKind::Run, g->id, 0, static_cast<uint32_t>(worker)); }

void recordBlock(G* g, WaitReason reason) { append(EventKind::Block, g->id, 0, static_cast<uint32_t>(reason)); }

Stamp stamp() { return Stamp{state->nextSeq.fetch_add(1, std::memory_order_relaxed), clock().monotonic()}; }

void recordBlockAgain(G* g, WaitReason reason, Stamp before) {
  appendAt(callerBuffer(), before, EventKind::BlockAgain, g->id, 0, static_cast<uint32_t>(reason), false);
}

void recordYield(G* g, bool preempted) { append(preempted ? EventKind::Preempt : EventKind::Yield, g->id); }

void recordReady(G* g) { append(EventKind::Ready, g->id, idOf(current())); }

void recordExit(G* g) { append(EventKind::Exit, g->id); }

void recordPanic() { append(EventKind::Panic, idOf(current()), 0, 0, true); }

void recordDeadlock() { append(EventKind::Deadlock, 0, 0, 0, true); }

void finish(int exitCode) {
  static std::atomic<bool> finishing{false};
  if (finishing.exchange(true, std::memory_order_acq_rel)) {
    for (;;) pause();  // the first caller is writing the timeline and will end the process
  }
  append(EventKind::ProcessExit, idOf(current()), 0, static_cast<uint32_t>(exitCode), true);
  Recording r;
  r.events = collectEvents();
  r.truncated = state->truncated.load(std::memory_order_relaxed);
  r.maxEvents = state->maxEvents;
  r.virtualTime = clock().isFake();
  std::lock_guard lock(state->originLock);
  for (const Origin& origin : state->origins)
    r.origins.push_back(state->describer.describe ? state->describer.describe(origin) : OriginText{});
  if (state->chromeTrace) writeChromeTrace(r, state->out);
  else writeText(r, state->out);
  std::fflush(state->out);
}

}  // namespace goro::rt::timeline

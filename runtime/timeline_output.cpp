// Writing goroutine timelines: the text form (event list and chart) and Chrome's trace format.
//
// Both forms replay the events in order through one state machine per goroutine
// (runnable, running, blocked, dead) that yields its spans. Their horizontal axis is the
// clock, except under --faketime: virtual time stands still while goroutines run, so
// there the axis counts scheduling steps instead (a column per running span in the chart,
// a microsecond per event in the trace) and virtual time is shown alongside.
#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <map>
#include <string>

#include "runtime/timeline_internal.h"

namespace goro::rt::timeline {

namespace {

constexpr int kChartWidth = 100;    // columns of a whole chart line
constexpr size_t kMaxLabelWidth = 32;
constexpr int kMaxColumnsPerStep = 4;   // virtual time: how wide a running span may be drawn

enum class State : uint8_t { Runnable, Running, Blocked, Dead };

// What a replay's horizontal axis measures.
enum class Axis : uint8_t {
  Clock,   // nanoseconds since the first event
  Steps,   // running spans begun (the chart under virtual time)
  Events,  // events (the trace under virtual time)
};

struct Span {
  double from, to;  // on the axis
  State state;
  int worker;       // Running: where
  int64_t clock;    // clock at `from`, in nanoseconds since the first event
};

struct Track {
  uint64_t id = 0;
  std::string label;  // "G5 main.worker"
  State state = State::Runnable;
  Span current{0, 0, State::Runnable, -1, 0};
  bool started = false;
  std::vector<Span> spans;

  void enter(State next, double at, int64_t clock, int worker = -1) {
    if (state != State::Dead) {
      current.to = at;
      spans.push_back(current);
    }
    state = next;
    current = Span{at, at, next, worker, clock};
  }
};

// The events replayed: each event's axis position and every goroutine's track.
struct Replay {
  std::vector<double> x;              // per event
  std::vector<int64_t> clock;         // per event: nanoseconds since the first, never decreasing
  std::vector<bool> firstRun;         // per event: a Run that starts its goroutine
  std::vector<int64_t> stepTimes;     // clock at the start of each step
  double end = 0;                     // the axis' extent
  std::map<uint64_t, Track> tracks;   // by goroutine id
};

// "G5". (Appending, not `"G" + to_string`, which trips a false -Wrestrict in GCC 12.)
std::string gname(uint64_t id) {
  std::string name = "G";
  return name.append(std::to_string(id));
}

std::string goroutineLabel(const Recording& r, uint64_t id, uint32_t originIndex) {
  std::string label = gname(id);
  if (originIndex < r.origins.size() && !r.origins[originIndex].function.empty())
    label += " " + r.origins[originIndex].function;
  return label;
}

Replay replay(const Recording& r, Axis axis) {
  Replay p;
  int64_t origin = r.events.empty() ? 0 : r.events.front().time;
  int64_t clock = 0;
  int64_t steps = 0;
  for (size_t i = 0; i < r.events.size(); ++i) {
    const Event& e = r.events[i];
    // Under real time, events recorded on different workers may carry clock readings a
    // little out of their order: keep the clock monotonic.
    clock = std::max(clock, e.time - origin);
    double x = axis == Axis::Clock ? static_cast<double>(clock)
               : axis == Axis::Steps ? static_cast<double>(steps)
                                     : static_cast<double>(i);
    if (e.kind == EventKind::Run) {
      ++steps;
      p.stepTimes.push_back(clock);
    }
    p.x.push_back(x);
    p.clock.push_back(clock);
    p.firstRun.push_back(false);
    if (e.g == 0) continue;
    Track& t = p.tracks[e.g];
    switch (e.kind) {
      case EventKind::Create:
        t.id = e.g;
        t.label = goroutineLabel(r, e.g, e.detail);
        t.current = Span{x, x, State::Runnable, -1, clock};
        break;
      case EventKind::Run:
        p.firstRun.back() = !t.started;
        t.started = true;
        t.enter(State::Running, x, clock, static_cast<int>(e.detail));
        break;
      case EventKind::Block:
      case EventKind::BlockAgain:
        t.enter(State::Blocked, x, clock);
        break;
      case EventKind::Yield:
      case EventKind::Preempt:
      case EventKind::Ready:
        t.enter(State::Runnable, x, clock);
        break;
      case EventKind::Exit:
      case EventKind::Panic:
        t.enter(State::Dead, x, clock);
        break;
      case EventKind::Deadlock:
      case EventKind::ProcessExit:
        break;
    }
  }
  p.end = p.x.empty() ? 0 : axis == Axis::Steps ? static_cast<double>(steps) : p.x.back();
  for (auto& [id, t] : p.tracks) {
    if (t.id == 0) {  // its creation came past truncation; only its panic was kept
      t.id = id;
      t.label = gname(id);
    }
    t.enter(State::Dead, p.end, clock);
  }
  return p;
}

std::string format(const char* fmt, double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, value);
  return buf;
}

std::string milliseconds(int64_t ns) { return format("%.3fms", static_cast<double>(ns) / 1e6); }

// "10ms", "0.25ms": the shortest form, for the chart's ruler.
std::string shortMilliseconds(double ns) {
  std::string s = format("%.3f", ns / 1e6);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s + "ms";
}


// Who caused an event, and what happened, in words.
std::pair<std::string, std::string> describe(const Recording& r, const Replay& p, size_t index) {
  const Event& e = r.events[index];
  std::string reason = waitReasonString(static_cast<WaitReason>(e.detail));
  switch (e.kind) {
    case EventKind::Create: {
      const Track& t = p.tracks.at(e.g);
      std::string where;
      if (e.detail < r.origins.size() && !r.origins[e.detail].position.empty())
        where = " (" + r.origins[e.detail].position + ")";
      if (e.by == 0 && e.g == 1) return {"", "new " + t.label + where};
      return {e.by ? gname(e.by) : "timer", "go " + t.label + where};
    }
    case EventKind::Run:
      return {gname(e.g), std::string(p.firstRun[index] ? "starts" : "resumes") + " on W" + std::to_string(e.detail)};
    case EventKind::Block: return {gname(e.g), "blocks: " + reason};
    case EventKind::BlockAgain: return {gname(e.g), "blocks again: " + reason + " (another goroutine got there first)"};
    case EventKind::Yield: return {gname(e.g), "yields"};
    case EventKind::Preempt: return {gname(e.g), "is preempted"};
    case EventKind::Ready: return {e.by ? gname(e.by) : "timer", "readies " + gname(e.g)};
    case EventKind::Exit: return {gname(e.g), "exits"};
    case EventKind::Panic: return {gname(e.g), "panics"};
    case EventKind::Deadlock: return {"", "all goroutines are asleep - deadlock!"};
    case EventKind::ProcessExit:
      return {e.g ? gname(e.g) : "", "program exits, status " + std::to_string(e.detail)};
  }
  return {};
}

// ---- Text -----------------------------------------------------------------------------

void writeEventList(const Recording& r, const Replay& p, std::string& out) {
  std::vector<std::pair<std::string, std::string>> lines;
  std::vector<std::string> times;
  size_t timeWidth = 0, actorWidth = 0;
  for (size_t i = 0; i < r.events.size(); ++i) {
    times.push_back(milliseconds(p.clock[i]));
    lines.push_back(describe(r, p, i));
    timeWidth = std::max(timeWidth, times.back().size());
    actorWidth = std::max(actorWidth, lines.back().first.size());
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    out.append(timeWidth - times[i].size() + 2, ' ').append(times[i]).append("  ");
    out.append(lines[i].first).append(actorWidth - lines[i].first.size() + 2, ' ');
    out.append(lines[i].second).append("\n");
  }
}

// The chart's cells for one goroutine: '#' if it ran at any moment of the column, else
// '.' if it was runnable at any moment, else blank.
std::string chartRow(const Track& t, int columns, double columnWidth) {
  std::string row(static_cast<size_t>(columns), ' ');
  for (const Span& s : t.spans) {
    if (s.state != State::Running && s.state != State::Runnable) continue;
    char mark = s.state == State::Running ? '#' : '.';
    int first = std::min(columns - 1, static_cast<int>(s.from / columnWidth));
    int last = s.to > s.from ? static_cast<int>(std::ceil(s.to / columnWidth)) - 1 : first;
    for (int c = first; c <= std::min(last, columns - 1); ++c)
      if (row[static_cast<size_t>(c)] != '#') row[static_cast<size_t>(c)] = mark;
  }
  return row;
}

// Time labels under the chart: at column 0 and, where they fit, wherever time moved on
// (virtual time) or every few columns (real time).
std::string ruler(const Recording& r, const Replay& p, size_t indent, int columns, double columnWidth) {
  std::string line(indent, ' ');
  size_t freeFrom = 0;
  std::string lastLabel;
  for (int c = 0; c < columns; ++c) {
    double ns;
    if (r.virtualTime) {
      size_t step = static_cast<size_t>(c * columnWidth);
      ns = step < p.stepTimes.size() ? static_cast<double>(p.stepTimes[step]) : 0;
    } else {
      if (c % 20 != 0) continue;
      ns = c * columnWidth;
    }
    std::string label = shortMilliseconds(ns);
    size_t at = indent + 1 + static_cast<size_t>(c);
    if (label == lastLabel || at < freeFrom) continue;
    line.resize(at, ' ');
    line += label;
    freeFrom = line.size() + 1;
    lastLabel = label;
  }
  return line + "\n";
}

void writeChart(const Recording& r, const Replay& p, std::string& out) {
  size_t labelWidth = 0;
  for (const auto& [id, t] : p.tracks) labelWidth = std::max(labelWidth, std::min(t.label.size(), kMaxLabelWidth));
  int maxColumns = kChartWidth - static_cast<int>(labelWidth) - 3;
  int columns;
  double columnWidth;
  std::string unit;
  if (r.virtualTime) {
    // A column per running span, widened up to kMaxColumnsPerStep when there are few.
    double steps = std::max(1.0, p.end);
    if (steps <= maxColumns) {
      int perStep = std::clamp(maxColumns / static_cast<int>(steps), 1, kMaxColumnsPerStep);
      columns = static_cast<int>(steps) * perStep;
      columnWidth = 1.0 / perStep;
      unit = perStep == 1 ? "one column per running span" : std::to_string(perStep) + " columns per running span";
    } else {
      columns = maxColumns;
      columnWidth = steps / columns;
      unit = format("one column = %.1f running spans", columnWidth);
    }
    unit += "; virtual time below";
  } else {
    columns = maxColumns;
    columnWidth = std::max(1.0, p.end) / columns;
    unit = "one column = " + format("%.3fms", columnWidth / 1e6);
  }
  out += "\n# running  . runnable  (blank) blocked;  " + unit + "\n";
  for (const auto& [id, t] : p.tracks) {
    std::string label = t.label.substr(0, labelWidth);
    label.resize(labelWidth, ' ');
    out += label + " |" + chartRow(t, columns, columnWidth) + "|\n";
  }
  out += ruler(r, p, labelWidth + 1, columns, columnWidth);
}

// ---- Chrome trace -----------------------------------------------------------------------

std::string jsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

class TraceWriter {
 public:
  explicit TraceWriter(std::string& out) : out_(out) {}

  // One event: `fields` are the members after "ph", already JSON.
  void event(char ph, const std::string& fields) {
    out_ += first_ ? "\n" : ",\n";
    first_ = false;
    out_ += "{\"ph\":\"";
    out_ += ph;
    out_ += "\",\"pid\":1," + fields + "}";
  }

 private:
  std::string& out_;
  bool first_ = true;
};

std::string at(uint64_t tid, double ts) { return "\"tid\":" + std::to_string(tid) + ",\"ts\":" + format("%.3f", ts); }

}  // namespace

void writeText(const Recording& r, std::FILE* out) {
  Replay p = replay(r, r.virtualTime ? Axis::Steps : Axis::Clock);
  std::string text = "goroutine timeline: " + std::to_string(p.tracks.size()) + " goroutines, " +
                     std::to_string(r.events.size()) + " events" +
                     (r.virtualTime ? ", virtual time (--faketime)" : "") + "\n\n";
  writeEventList(r, p, text);
  if (r.truncated)
    text += "(truncated: the timeline is full after " + std::to_string(r.maxEvents) +
            " events; the program ran on unrecorded)\n";
  writeChart(r, p, text);
  std::fwrite(text.data(), 1, text.size(), out);
}

void writeChromeTrace(const Recording& r, std::FILE* out) {
  Replay p = replay(r, r.virtualTime ? Axis::Events : Axis::Clock);
  // Trace time is in microseconds: the clock's, or one per event under virtual time.
  double microsecondsPerUnit = r.virtualTime ? 1 : 1e-3;
  std::string json = "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"clock\":";
  json += r.virtualTime ? "\"virtual: one microsecond per event\"" : "\"real\"";
  json += ",\"truncated\":";
  json += r.truncated ? "true" : "false";
  json += "},\"traceEvents\":[";
  TraceWriter w(json);
  w.event('M', "\"tid\":0,\"name\":\"process_name\",\"args\":{\"name\":\"goroutines\"}");
  for (const auto& [id, t] : p.tracks) {
    std::string tid = "\"tid\":" + std::to_string(id);
    w.event('M', tid + ",\"name\":\"thread_name\",\"args\":{\"name\":" + jsonString(t.label) + "}");
    w.event('M', tid + ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":" + std::to_string(id) + "}");
    for (const Span& s : t.spans) {
      if (s.state != State::Running) continue;
      w.event('X', at(id, s.from * microsecondsPerUnit) + ",\"dur\":" +
                       format("%.3f", (s.to - s.from) * microsecondsPerUnit) +
                       ",\"name\":\"running\",\"cat\":\"run\",\"args\":{\"worker\":" + std::to_string(s.worker) +
                       ",\"clock_ms\":" + format("%.6f", static_cast<double>(s.clock) / 1e6) + "}");
    }
  }
  uint64_t flowId = 0;
  auto flow = [&](uint64_t from, uint64_t to, double t, const char* name) {
    ++flowId;
    std::string common = ",\"name\":\"" + std::string(name) + "\",\"cat\":\"" + name + "\",\"id\":" + std::to_string(flowId);
    w.event('s', at(from, t) + common);
    w.event('f', at(to, t) + common);  // binds to the next slice of `to`: when it runs
  };
  auto instant = [&](uint64_t g, double t, const std::string& name, const std::string& cat) {
    if (g == 0) w.event('i', at(0, t) + ",\"s\":\"g\",\"name\":" + jsonString(name) + ",\"cat\":\"" + cat + "\"");
    else w.event('i', at(g, t) + ",\"s\":\"t\",\"name\":" + jsonString(name) + ",\"cat\":\"" + cat + "\"");
  };
  for (size_t i = 0; i < r.events.size(); ++i) {
    const Event& e = r.events[i];
    double t = p.x[i] * microsecondsPerUnit;
    auto [actor, text] = describe(r, p, i);
    switch (e.kind) {
      case EventKind::Create:
        if (e.by) flow(e.by, e.g, t, "go");
        instant(e.g, t, actor.empty() ? text : actor + " " + text, "go");
        break;
      case EventKind::Run:
        break;
      case EventKind::Ready:
        if (e.by) flow(e.by, e.g, t, "ready");
        instant(e.g, t, "readied by " + actor, "ready");
        break;
      case EventKind::Block:
      case EventKind::BlockAgain:
      case EventKind::Yield:
      case EventKind::Preempt:
      case EventKind::Exit:
      case EventKind::Panic:
        instant(e.g, t, text, "state");
        break;
      case EventKind::Deadlock:
      case EventKind::ProcessExit:
        instant(0, t, text, "program");
        break;
    }
  }
  json += "\n]}\n";
  std::fwrite(json.data(), 1, json.size(), out);
}

}  // namespace goro::rt::timeline

#!/usr/bin/env python3
"""Checks a goroutine timeline written by `goro run --timeline` for consistency.

  check_timeline.py text FILE [--goroutines N] [--expect TEXT]...
  check_timeline.py json FILE [--goroutines N] [--expect TEXT]...

Both forms are replayed through each goroutine's life (created, runnable, running,
blocked, dead): every event must be one its goroutine's state allows (only a runnable
goroutine starts running, only a running one blocks, yields or exits, only a blocked one
is readied, ...), so events lost, duplicated or recorded out of order by racing workers
fail the check. --goroutines: how many goroutines the timeline must name; --expect: a
text that must appear as an event (text form: the end of an event line; JSON: an event
name or a track name).
"""
import json
import re
import sys

# What each event does to its goroutine's state: allowed states before, state after.
TRANSITIONS = {
    "starts": ({"runnable"}, "running"),
    "resumes": ({"runnable"}, "running"),
    "blocks": ({"running"}, "blocked"),
    "blocks again": ({"runnable"}, "blocked"),
    "yields": ({"running"}, "runnable"),
    "is preempted": ({"running"}, "runnable"),
    "readies": ({"blocked"}, "runnable"),
    "exits": ({"running"}, "dead"),
    "panics": ({"running"}, "dead"),
}


class Lives:
    def __init__(self):
        self.state = {}
        self.started = set()

    def create(self, g, where):
        if g in self.state:
            fail(f"{where}: G{g} created twice")
        self.state[g] = "runnable"

    def step(self, g, action, where):
        if g not in self.state:
            fail(f"{where}: G{g} {action} before it was created")
        allowed, after = TRANSITIONS[action]
        if self.state[g] not in allowed:
            fail(f"{where}: G{g} {action} while {self.state[g]}")
        if action == "starts":
            if g in self.started:
                fail(f"{where}: G{g} starts twice")
            self.started.add(g)
        if action == "resumes" and g not in self.started:
            fail(f"{where}: G{g} resumes before it started")
        self.state[g] = after


def fail(message):
    print("check_timeline: " + message, file=sys.stderr)
    sys.exit(1)


EVENT = re.compile(r"^ +(\d+\.\d{3})ms  (\S*) +(.*)$")


def check_text(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    header = re.match(r"goroutine timeline: (\d+) goroutines, (\d+) events", lines[0])
    if not header:
        fail("no header line")
    lives, events, last_time, seen = Lives(), 0, 0.0, []
    for number, line in enumerate(lines[2:], start=3):
        if line == "" or line.startswith("(truncated"):
            break
        m = EVENT.match(line)
        if not m:
            fail(f"line {number}: not an event: {line!r}")
        events += 1
        time, actor, text = float(m.group(1)), m.group(2), m.group(3)
        where = f"line {number}"
        seen.append(text)
        if time < last_time:
            fail(f"{where}: time goes backwards")
        last_time = time
        if m := re.match(r"(?:new|go) G(\d+) ", text):
            if actor not in ("", "timer") and actor not in (f"G{g}" for g in lives.state):
                fail(f"{where}: created by unknown {actor}")
            lives.create(int(m.group(1)), where)
        elif m := re.match(r"readies G(\d+)$", text):
            lives.step(int(m.group(1)), "readies", where)
        elif m := re.match(r"(starts|resumes) on W\d+$", text):
            lives.step(int(actor[1:]), m.group(1), where)
        elif m := re.match(r"(blocks again|blocks): ", text):
            lives.step(int(actor[1:]), m.group(1), where)
        elif text in ("yields", "is preempted", "exits", "panics"):
            lives.step(int(actor[1:]), text, where)
        elif not text.startswith(("program exits, status ", "all goroutines are asleep")):
            fail(f"{where}: unknown event {text!r}")
    if events != int(header.group(2)):
        fail(f"header says {header.group(2)} events, the list has {events}")
    if len(lives.state) != int(header.group(1)):
        fail(f"header says {header.group(1)} goroutines, the list creates {len(lives.state)}")
    rows = [line for line in lines if re.match(r"^G\d+ .*\|[#. ]*\|$", line)]
    if len(rows) != len(lives.state):
        fail(f"the chart has {len(rows)} rows for {len(lives.state)} goroutines")
    return len(lives.state), seen


def check_json(path):
    trace = json.load(open(path, encoding="utf-8"))
    events = trace["traceEvents"]
    names = {e["tid"]: e["args"]["name"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
    spans = {}
    flows = {}
    for e in events:
        if e["ph"] == "X":
            spans.setdefault(e["tid"], []).append((e["ts"], e["ts"] + e["dur"]))
            if e["tid"] not in names:
                fail(f"a running span on unnamed track {e['tid']}")
        elif e["ph"] in "sf":
            flows.setdefault(e["id"], []).append(e["ph"])
    for tid, list_ in spans.items():
        list_.sort()
        for (a_from, a_to), (b_from, _) in zip(list_, list_[1:]):
            if b_from < a_to - 1e-6:
                fail(f"{names[tid]}: running spans overlap at {b_from}")
    for id_, phases in flows.items():
        if sorted(phases) != ["f", "s"]:
            fail(f"flow {id_} is not one start and one end: {phases}")
    seen = list(names.values()) + [e.get("name", "") for e in events]
    return len(names), seen


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("text", "json"):
        fail(__doc__)
    goroutines, seen = (check_text if sys.argv[1] == "text" else check_json)(sys.argv[2])
    args = sys.argv[3:]
    while args:
        option, value, args = args[0], args[1], args[2:]
        if option == "--goroutines" and goroutines != int(value):
            fail(f"{goroutines} goroutines, expected {value}")
        if option == "--expect" and not any(s == value or s.endswith(" " + value) for s in seen):
            fail(f"no event {value!r}")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# `goro run --timeline FILE`: goroutine timelines.
#  - tests/timeline/NAME.go run on one worker under --faketime --seed 1 must write exactly
#    NAME.timeline (each program's comment says why every event is where it is) and exit
#    with NAME.exit (0 when absent): a deadlock, a panic and os.Exit still write it all.
#  - `--timeline -` writes the same text to stderr.
#  - FILE.json is a Chrome trace: valid JSON, one named track per goroutine, running
#    spans that never overlap, flow arrows in start/end pairs (check_timeline.py).
#  - Two workers and hundreds of goroutines: both forms stay consistent (every event one
#    its goroutine's state allows), and the program's output is unchanged.
#  - $GORO_TIMELINE_EVENTS bounds the recording: past it the timeline says it was truncated
#    and the program still runs to its correct end.
#  - A path that cannot be created is reported before the program runs, with status 2.
set -u
goro=$1
dir=$2
check="python3 $dir/check_timeline.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

complain() {
  echo "FAIL: $*"
  fail=1
}

for expected in "$dir"/*.timeline; do
  name=$(basename "$expected" .timeline)
  want_status=0
  [ -f "$dir/$name.exit" ] && want_status=$(cat "$dir/$name.exit")
  GOMAXPROCS=1 "$goro" run --faketime --seed 1 --timeline "$tmp/$name.txt" "$dir/$name.go" >/dev/null 2>"$tmp/$name.err"
  status=$?
  [ "$status" = "$want_status" ] || complain "$name: exit status $status, want $want_status"
  diff -u "$expected" "$tmp/$name.txt" || complain "$name: timeline differs"
  $check text "$tmp/$name.txt" || complain "$name: inconsistent timeline"
done
grep -q '^fatal error: all goroutines are asleep - deadlock!$' "$tmp/deadlock.err" ||
  complain "deadlock: Go's report missing from stderr"
grep -q '^panic: boom$' "$tmp/panic.err" || complain "panic: Go's report missing from stderr"

GOMAXPROCS=1 "$goro" run --faketime --seed 1 --timeline - "$dir/handoff.go" >"$tmp/stdout" 2>"$tmp/stderr"
diff -u "$dir/handoff.timeline" "$tmp/stderr" || complain "--timeline -: stderr is not the timeline"
printf 'got 1\ngot 2\n' | diff -u - "$tmp/stdout" || complain "--timeline -: the program's output changed"

# Chrome traces, on real time and the machine's workers.
"$goro" run --timeline "$tmp/sync.json" "$dir/sync.go" >/dev/null || complain "sync.json: run failed"
$check json "$tmp/sync.json" --goroutines 3 --expect "G1 main.main" --expect "G5 main.main.func1" \
  --expect "G6 main.main.func1" --expect "running" --expect "blocks: sync.WaitGroup.Wait" \
  --expect "program exits, status 0" || complain "sync.json"
for name in deadlock panic; do
  "$goro" run --timeline "$tmp/$name.json" "$dir/$name.go" >/dev/null 2>&1
  [ $? = 2 ] || complain "$name.json: exit status is not 2"
  $check json "$tmp/$name.json" --goroutines 2 --expect "program exits, status 2" || complain "$name.json"
done
$check json "$tmp/deadlock.json" --expect "all goroutines are asleep - deadlock!" || complain "deadlock.json"
$check json "$tmp/panic.json" --expect "panics" || complain "panic.json"

# Two workers, 402 goroutines, every kind of event.
for run in 1 2 3; do
  out=$(GOMAXPROCS=2 "$goro" run --timeline "$tmp/stress.txt" "$dir/stress.go")
  [ "$out" = "79800 true" ] || complain "stress run $run: output $out"
  $check text "$tmp/stress.txt" --goroutines 402 || complain "stress run $run: text"
  out=$(GOMAXPROCS=2 "$goro" run --timeline "$tmp/stress.json" "$dir/stress.go")
  [ "$out" = "79800 true" ] || complain "stress run $run: output $out"
  $check json "$tmp/stress.json" --goroutines 402 || complain "stress run $run: json"
done
GOMAXPROCS=1 "$goro" run --seed 1 --timeline "$tmp/stress.txt" "$dir/stress.go" >/dev/null
$check text "$tmp/stress.txt" --goroutines 402 --expect "is preempted" || complain "stress: busy loops not preempted"

# A bounded recording.
out=$(GOMAXPROCS=2 GORO_TIMELINE_EVENTS=300 "$goro" run --timeline "$tmp/short.txt" "$dir/stress.go")
[ "$out" = "79800 true" ] || complain "truncated: output $out"
grep -q '^(truncated: the timeline is full after 300 events; the program ran on unrecorded)$' "$tmp/short.txt" ||
  complain "truncated: no note"
$check text "$tmp/short.txt" || complain "truncated: text"
GOMAXPROCS=2 GORO_TIMELINE_EVENTS=300 "$goro" run --timeline "$tmp/short.json" "$dir/stress.go" >/dev/null
$check json "$tmp/short.json" || complain "truncated: json"
grep -q '"truncated":true' "$tmp/short.json" || complain "truncated: json does not say so"

# Bad input.
"$goro" run --timeline "$tmp/no/such/dir/t.txt" "$dir/handoff.go" >"$tmp/stdout" 2>"$tmp/stderr"
[ $? = 2 ] || complain "bad path: exit status is not 2"
grep -q "^goro: --timeline: cannot create $tmp/no/such/dir/t.txt: No such file or directory$" "$tmp/stderr" ||
  complain "bad path: message $(cat "$tmp/stderr")"
[ -s "$tmp/stdout" ] && complain "bad path: the program ran"
GORO_TIMELINE_EVENTS=lots "$goro" run --timeline "$tmp/t.txt" "$dir/handoff.go" 2>"$tmp/stderr" >/dev/null
[ $? = 2 ] || complain "bad GORO_TIMELINE_EVENTS: exit status is not 2"

exit $fail

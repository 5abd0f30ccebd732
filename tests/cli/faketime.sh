#!/usr/bin/env bash
# `goro run --faketime` (issue 4, item 8): virtual time jumps to the next timer as soon as
# every goroutine is blocked, so samples/seed_goroutines.go (3 s of sleeping in real time)
# prints its ten lines, one "Task 1" and one "Task 2" per virtual instant, and finishes in
# about the time a program that imports the same packages and sleeps not at all takes
# (start-up is mostly compiling those packages). Deadlock detection still works on
# virtual time: blocking forever with no timer, or after the last timer, is reported.
set -u
goro=$1
samples=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# The best of three wall times of a command, in milliseconds (the machine is shared and
# noisy; the best run is the one least disturbed).
best_ms() {
  local best=
  for _ in 1 2 3; do
    local start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    local ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

cat >"$tmp/baseline.go" <<'EOF'
package main

import (
	"fmt"
	"time"
)

func main() { fmt.Println("Task", time.Duration(0)) }
EOF

# A thousand jumps in a row: even a millisecond of real waiting per jump would show.
cat >"$tmp/many_jumps.go" <<'EOF'
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(time.Second)
	for i := 0; i < 500; i++ {
		<-ticker.C
		time.Sleep(time.Second / 2)
	}
	fmt.Println("Task", time.Since(start))
}
EOF

for procs in 1 2; do
  out=$(GOMAXPROCS=$procs timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run --faketime "$tmp/many_jumps.go")
  status=$?
  if [ $status != 0 ] || [ "$out" != "Task 8m20.5s" ]; then
    echo "FAIL many_jumps --faketime GOMAXPROCS=$procs: status $status, output: $out"
    fail=1
  fi
  jumps_ms=$(best_ms env GOMAXPROCS=$procs timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run --faketime "$tmp/many_jumps.go")
  out=$(GOMAXPROCS=$procs timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run --faketime "$samples/seed_goroutines.go")
  status=$?
  # Each virtual instant prints one line of each task, in either order.
  pairs=$(paste -d' ' - - <<<"$out" | sed 's/Task 2 Task 1/Task 1 Task 2/' | sort | uniq -c | tr -s ' ')
  if [ $status != 0 ] || [ "$pairs" != " 5 Task 1 Task 2" ]; then
    echo "FAIL seed_goroutines --faketime GOMAXPROCS=$procs: status $status, output:"; echo "$out"
    fail=1
  fi
  run_ms=$(best_ms env GOMAXPROCS=$procs timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run --faketime "$samples/seed_goroutines.go")
  base_ms=$(best_ms env GOMAXPROCS=$procs timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run --faketime "$tmp/baseline.go")
  # Real time would add 3000 ms to seed_goroutines, 500 s to many_jumps; virtual time adds
  # about nothing to either.
  if [ $((run_ms - base_ms)) -gt 1000 ] || [ $((jumps_ms - base_ms)) -gt 1000 ]; then
    echo "FAIL --faketime GOMAXPROCS=$procs: seed_goroutines ${run_ms} ms, many_jumps ${jumps_ms} ms," \
         "baseline ${base_ms} ms"
    fail=1
  fi
done

# Blocking forever with no timer pending: Go's deadlock report, at once.
cat >"$tmp/block.go" <<'EOF'
package main

func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	<-c
	<-c
}
EOF
# Blocking forever after the last timer fired: the clock has jumped over every sleep.
cat >"$tmp/sleep_then_block.go" <<'EOF'
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan bool)
	go func() {
		time.Sleep(2 * time.Hour)
		done <- true
	}()
	<-done
	fmt.Println(start.UTC().Format(time.RFC3339), time.Since(start))
	time.Sleep(time.Minute)
	select {}
}
EOF
for case in "block:" "sleep_then_block:2009-11-10T23:00:00Z 2h0m0s"; do
  name=${case%%:*}
  want_out=${case#*:}
  for procs in 1 2; do
    out=$(GOMAXPROCS=$procs timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run --faketime "$tmp/$name.go" 2>"$tmp/err")
    status=$?
    first_err=$(head -1 "$tmp/err")
    if [ $status != 2 ] || [ "$out" != "$want_out" ] ||
       [ "$first_err" != "fatal error: all goroutines are asleep - deadlock!" ]; then
      echo "FAIL $name --faketime GOMAXPROCS=$procs: status $status, stdout '$out', stderr:"; cat "$tmp/err"
      fail=1
    fi
  done
done
exit $fail

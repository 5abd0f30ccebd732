#!/usr/bin/env bash
# The REPL (`goro repl`, stdin not a terminal: no prompts, no line editing).
#  - repl/session.in runs as typed: declarations, statements, values shown with their
#    types, multi-line input, methods added to an earlier type, redeclared variables.
#    Its expected output repl/session.out is what Go prints for repl/session_twin.go, the
#    same computation as one program (`go run repl/session_twin.go > repl/session.out`).
#  - An input with errors prints gc's messages (positions within the input) and leaves no
#    trace; a panic prints Go's panic report, a runaway recursion Go's fatal stack
#    overflow; the session goes on after each.
#  - :debug steps through an input (repl/debug.in, transcript repl/debug.out).
#  - Goroutines started at the prompt keep running while it waits for the next line, on
#    one worker, and waiting for input is not a deadlock; an input that blocks forever is
#    reported as Go reports a deadlock, and abandoned.
set -u
goro=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# Waits (up to a minute) until file $2 contains the text $1: timing-sensitive parts of the
# test wait for goro's output instead of guessing how long a loaded machine needs.
wait_for() {
  for _ in $(seq 600); do
    grep -qF -- "$1" "$2" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

check() {  # name, expected file, actual file
  if ! cmp -s "$2" "$3"; then
    echo "FAIL: $1 (- want, + got)"
    diff -u "$2" "$3" | head -40
    fail=1
  fi
}

timeout 60 "$goro" repl <"$here/repl/session.in" >"$tmp/out" 2>"$tmp/err"
status=$?
[ "$status" = 0 ] || { echo "FAIL: session exit status $status"; fail=1; }
check "session stdout" "$here/repl/session.out" "$tmp/out"
check "session stderr" /dev/null "$tmp/err"

printf '%s\n' 'nope' 'y := undefinedFunc()' 'y' 'func f() int { return "s" }' 'z := 5' 'z' \
  'panic("boom")' 'z + 1' 'func forever(n int) int { return forever(n+1) + 1 }' 'forever(0)' 'z + 2' >"$tmp/errors.in"
timeout 60 "$goro" repl <"$tmp/errors.in" >"$tmp/out" 2>"$tmp/err"
status=$?
[ "$status" = 0 ] || { echo "FAIL: errors exit status $status"; fail=1; }
printf '5\t// int\n6\t// int\n7\t// int\n' >"$tmp/want"
check "errors stdout" "$tmp/want" "$tmp/out"
grep -q '^fatal error: stack overflow$' "$tmp/err" || { echo "FAIL: no stack overflow report"; fail=1; }
cat >"$tmp/want" <<'WANT'
1:1: undefined: nope
1:6: undefined: undefinedFunc
1:1: undefined: y
1:23: cannot use "s" (untyped string constant) as int value in return statement
panic: boom

goroutine 1 [running]:
WANT
head -7 "$tmp/err" >"$tmp/got"
check "errors stderr" "$tmp/want" "$tmp/got"

{
  printf '%s\n' 'import "time"' 'ch := make(chan int, 1)' \
    'go func() { time.Sleep(100 * time.Millisecond); ch <- 1 }()' '"started"'
  wait_for started "$tmp/out"
  sleep 1
  printf '%s\n' 'len(ch)'
} | GOMAXPROCS=1 timeout 60 "$goro" repl >"$tmp/out" 2>"$tmp/err"
status=$?
[ "$status" = 0 ] || { echo "FAIL: background exit status $status"; cat "$tmp/err"; fail=1; }
printf '"started"\t// string\n1\t// int\n' >"$tmp/want"
check "a goroutine runs while the prompt waits" "$tmp/want" "$tmp/out"

# An input blocked for good is reported and abandoned; the session goes on in a new
# goroutine. If the abandoned one is woken after all, it finishes its input quietly.
printf '%s\n' '"before"' 'ch := make(chan int)' 'ch <- 1' '"after"' 'go func() { ch <- 2 }()' '<-ch' '<-ch' |
  timeout 60 "$goro" repl >"$tmp/out" 2>"$tmp/err"
status=$?
[ "$status" = 0 ] || { echo "FAIL: deadlock exit status $status, want 0"; fail=1; }
printf '"before"\t// string\n"after"\t// string\n1\t// int\n2\t// int\n' >"$tmp/want"
check "deadlock stdout" "$tmp/want" "$tmp/out"
cat >"$tmp/want" <<'WANT'
all goroutines are asleep - deadlock! The input is abandoned; the session goes on.

goroutine 1 [chan send]:
WANT
head -3 "$tmp/err" >"$tmp/got"
check "deadlock stderr" "$tmp/want" "$tmp/got"

# :load adds a file's declarations (fibprog.go prints what `go run fibprog.go` prints);
# the debugger then steps through its main with the file's own names and lines, into fib
# and out again. Transcript repl/load.out, checked by hand ($DIR: the test's directory).
(cd "$here/repl" && timeout 60 "$goro" repl <load.in 2>&1 | sed "s#$PWD/#\$DIR/#") >"$tmp/out"
check ":load and debugging a file" "$here/repl/load.out" "$tmp/out"

# Flags as for run: under --faketime an hour's sleep passes at once.
printf '%s\n' 'import "time"' 'start := time.Now()' 'time.Sleep(time.Hour)' 'time.Since(start)' |
  timeout 60 "$goro" repl --faketime >"$tmp/out" 2>"$tmp/err"
printf '1h0m0s\t// time.Duration\n' >"$tmp/want"
check "repl --faketime" "$tmp/want" "$tmp/out"
timeout 60 "$goro" repl --bogus </dev/null >/dev/null 2>&1
[ $? = 2 ] || { echo "FAIL: repl --bogus should exit 2"; fail=1; }

# The stepping debugger: step into a call, list locals, step out, continue; next over a
# call and around a loop, show the frames, quit an input half-way (its effects so far
# stay). repl/debug.out is the transcript, checked by hand: z is 3 after add(1, 2) and 4
# after one iteration of the loop adds add(0, 1).
timeout 60 "$goro" repl <"$here/repl/debug.in" >"$tmp/out" 2>&1
check "debugger" "$here/repl/debug.out" "$tmp/out"

printf '%s\n' ':help' ':quit' '"not reached"' | timeout 60 "$goro" repl >"$tmp/out" 2>"$tmp/err"
grep -q '^  :quit' "$tmp/out" || { echo "FAIL: :help"; fail=1; }
grep -q 'not reached' "$tmp/out" && { echo "FAIL: :quit"; fail=1; }

# On a terminal (script(1) gives goro a pseudo-terminal): prompts, and Ctrl-C ends a
# running input (a busy loop) without ending the session.
if command -v script >/dev/null; then
  {
    wait_for 'Go interpreter' "$tmp/out"
    printf '%s\n' 'n := 0' 'for { n++ }'
    wait_for 'for { n++ }' "$tmp/out"
    sleep 1
    printf '\003'
    wait_for interrupted "$tmp/out"
    printf '%s\n' 'n > 0'
    wait_for 'true' "$tmp/out"
    printf '\004'
  } | TERM=dumb HOME="$tmp" timeout 90 script -q -c "$goro" /dev/null >"$tmp/out" 2>&1
  tr -d '\r' <"$tmp/out" >"$tmp/got"
  for want in '> n := 0' 'interrupted' 'true	// bool'; do
    grep -qF "$want" "$tmp/got" || { echo "FAIL: terminal session lacks '$want'"; cat "$tmp/got"; fail=1; }
  done
fi

exit $fail

#!/usr/bin/env bash
# Bad input gets one clear line of error and exit status 1; nothing crashes or hangs.
set -u
goro=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0

# expect NAME STATUS LINE-PATTERN -- COMMAND...: the command exits with STATUS and prints
# exactly one line on stderr, matching the extended regex LINE-PATTERN.
expect() {
  local name=$1 status=$2 pattern=$3; shift 4
  timeout 30 "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  local lines
  lines=$(wc -l <"$tmp/err")
  if [ "$got" != "$status" ] || [ "$lines" != 1 ] || ! grep -Eq "$pattern" "$tmp/err"; then
    echo "FAIL $name: status $got (want $status), $lines stderr lines:"; head -5 "$tmp/err"
    fail=1
  fi
}

expect missing-file 1 '^stat nofile.go: no such file or directory$' -- "$goro" run nofile.go
: >empty.go
expect empty-file 1 '^empty.go:1:1: ' -- "$goro" run empty.go
head -c 4096 /dev/urandom >junk.go
expect binary-junk 1 '^junk.go:[0-9]+:[0-9]+: ' -- "$goro" run junk.go
printf 'package foo\n\nfunc main() {}\n' >lib.go
expect non-main 1 'is not a main package' -- "$goro" run lib.go
# An allocation no machine can satisfy: Go's fatal error and status 2 (gc prints the same
# first line, then its runtime's frames, which goro does not have).
printf 'package main\n\nfunc main() {\n\tn := 1 << 40\n\ts := make([]byte, n)\n\tprintln(len(s))\n}\n' >oom.go
expect out-of-memory 2 '^fatal error: runtime: out of memory$' -- "$goro" run oom.go

# A 10 MB program: 10 MB of comments around a valid program still runs.
{
  printf 'package main\n\nimport "fmt"\n\n'
  for i in $(seq 1 20); do head -c 500000 /dev/zero | tr '\0' 'x' | fold -w 100 | sed 's|^|// |'; echo; done
  printf 'func main() { fmt.Println("big") }\n'
} >big.go
timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run big.go >"$tmp/out" 2>"$tmp/err"
if [ "$?" != 0 ] || [ "$(cat "$tmp/out")" != big ]; then echo "FAIL big-valid"; head -3 "$tmp/err"; fail=1; fi
# 10 MB of junk after the package clause: one error line.
{ printf 'package main\n'; head -c 10000000 /dev/zero | tr '\0' '@'; } >bigjunk.go
expect big-junk 1 '^bigjunk.go:2:1: ' -- "$goro" run bigjunk.go

# 10,000 nested parentheses run as Go runs them. Not under ThreadSanitizer, which is there
# for the runtime: its instrumentation of ~100,000 nested parser calls takes minutes and
# gigabytes (the unit test of the same parse is skipped there too).
if [ "${GORO_SANITIZER:-}" != thread ]; then
{
  printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '
  for i in $(seq 1 10000); do printf '('; done
  printf '1'
  for i in $(seq 1 10000); do printf ')'; done
  printf '\n\tfmt.Println(x)\n}\n'
} >deep.go
timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run deep.go >"$tmp/out" 2>"$tmp/err"
if [ "$?" != 0 ] || [ "$(cat "$tmp/out")" != 1 ]; then echo "FAIL deep-nesting"; head -3 "$tmp/err"; fail=1; fi
fi

exit $fail

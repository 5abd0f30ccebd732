#!/usr/bin/env bash
# Runs one golden program under goro and compares with the expectations stored beside it:
#   NAME.out   expected stdout, byte for byte (NAME.unordered: compare sorted lines instead)
#   NAME.err   expected stderr: its lines must be the first lines goro prints to stderr
#              (goroutine traces end with machine addresses that goro does not imitate)
#   NAME.exit  expected exit status (default 0)
#   NAME.in    fed to the program's stdin (default: empty)
# The program runs from its own directory, named by its base name, as `go run NAME.go`.
set -u
goro=$1
prog=$2
dir=$(dirname "$prog")
base=$(basename "$prog" .go)
cd "$dir" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

input=/dev/null
[ -f "$base.in" ] && input="$base.in"
timeout 60 "$goro" run "$base.go" <"$input" >"$tmp/out" 2>"$tmp/err"
status=$?
want_status=0
[ -f "$base.exit" ] && want_status=$(cat "$base.exit")
fail=0
if [ "$status" != "$want_status" ]; then
  echo "exit status $status, want $want_status"
  fail=1
fi
if [ -f "$base.out" ]; then
  if [ -f "$base.unordered" ]; then
    sort "$base.out" >"$tmp/want"; sort "$tmp/out" >"$tmp/got"
  else
    cp "$base.out" "$tmp/want"; cp "$tmp/out" "$tmp/got"
  fi
  if ! cmp -s "$tmp/want" "$tmp/got"; then
    echo "stdout differs (- want, + got):"; diff -u "$tmp/want" "$tmp/got" | head -40
    fail=1
  fi
elif [ -s "$tmp/out" ]; then
  echo "unexpected stdout:"; head -20 "$tmp/out"; fail=1
fi
if [ -f "$base.err" ]; then
  n=$(wc -l <"$base.err")
  head -n "$n" "$tmp/err" >"$tmp/errhead"
  if ! cmp -s "$base.err" "$tmp/errhead"; then
    echo "stderr differs (- want, + got):"; diff -u "$base.err" "$tmp/errhead" | head -40
    fail=1
  fi
elif [ -s "$tmp/err" ]; then
  echo "unexpected stderr:"; head -20 "$tmp/err"; fail=1
fi
exit $fail

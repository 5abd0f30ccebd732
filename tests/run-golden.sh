#!/usr/bin/env bash
# Runs one golden program under goro and compares with the expectations stored beside it:
#   NAME.out   expected stdout, byte for byte (NAME.unordered: compare sorted lines instead)
#   NAME.err   expected stderr, as Go printed it (tests/regen-golden.sh): compared after
#              tests/normalize-stderr.awk has reduced both sides to what goro reproduces
#              of Go's goroutine traces (function names, file:line, goroutine headers);
#              for a compile-error program (tests/errors/) its lines must be the first
#              lines goro prints
#   NAME.exit  expected exit status (default 0)
#   NAME.env   environment variables to run with, one VAR=value a line (e.g. GOMAXPROCS=2)
#   NAME.in    fed to the program's stdin (default: empty)
# Each run may take $GORO_TEST_TIMEOUT seconds (default 60; sanitizer builds set more).
# The program runs from its own directory, named by its base name, as `go run NAME.go`.
# A directory NAME/ is a program of several files, its expected files beside it: it runs
# as `goro run NAME`, or as `goro run NAME/a.go NAME/b.go ...` when the third argument
# is `files`.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
goro=$1
prog=$2
dir=$(dirname "$prog")
cd "$dir" || exit 1
if [ -d "$prog" ]; then
  base=$(basename "$prog")
  if [ "${3:-}" = files ]; then program=("$base"/*.go); else program=("$base"); fi
else
  base=$(basename "$prog" .go)
  program=("$base.go")
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

environment=()
[ -f "$base.env" ] && mapfile -t environment <"$base.env"
input=/dev/null
[ -f "$base.in" ] && input="$base.in"
timeout "${GORO_TEST_TIMEOUT:-60}" env "${environment[@]}" "$goro" run "${program[@]}" <"$input" >"$tmp/out" 2>"$tmp/err"
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
  if [ "$(basename "$PWD")" = errors ]; then
    cp "$base.err" "$tmp/want"
    head -n "$(wc -l <"$base.err")" "$tmp/err" >"$tmp/got"
  else
    awk -v dir="$PWD" -f "$here/normalize-stderr.awk" "$base.err" >"$tmp/want"
    awk -v dir="$PWD" -f "$here/normalize-stderr.awk" "$tmp/err" >"$tmp/got"
  fi
  if ! cmp -s "$tmp/want" "$tmp/got"; then
    echo "stderr differs (- want, + got; see tests/normalize-stderr.awk):"
    diff -u "$tmp/want" "$tmp/got" | head -60
    fail=1
  fi
elif [ -s "$tmp/err" ]; then
  echo "unexpected stderr:"; head -20 "$tmp/err"; fail=1
fi
exit $fail

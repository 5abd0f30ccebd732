#!/usr/bin/env bash
# Produces the expected files of golden tests with real Go (Debian's golang-go), never
# with goro:  tests/regen-golden.sh tests/programs/foo.go [more.go ...]
#   programs/NAME.go -> NAME.out, NAME.err (the head of stderr, see below), NAME.exit;
#                       run with the environment of NAME.env and NAME.in as stdin
#                       when present
#   programs/NAME/   -> the same files beside the directory (a program of several files)
#   errors/NAME.go   -> NAME.err (gc's messages, as `go build` prints them minus the
#                       "# command-line-arguments" header and the "./" prefix)
set -eu
command -v go >/dev/null || { echo "needs Debian's golang-go" >&2; exit 1; }
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
for prog in "$@"; do
  dir=$(cd "$(dirname "$prog")" && pwd)
  base=$(basename "$prog" .go)
  src="$base.go"
  [ -d "$prog" ] && src="./$base"
  rm -f "$dir/$base.out" "$dir/$base.err" "$dir/$base.exit"
  if [ "$(basename "$dir")" = errors ]; then
    (cd "$dir" && GOFLAGS= go build -o "$bin/x" "$base.go" 2>&1 || true) \
      | grep -v '^# command-line-arguments' | sed 's|^\./||' >"$dir/$base.err"
    echo 1 >"$dir/$base.exit"
    continue
  fi
  (cd "$dir" && GO111MODULE=off go build -o "$bin/x" "$src")
  environment=()
  [ -f "$dir/$base.env" ] && mapfile -t environment <"$dir/$base.env"
  set +e
  input=/dev/null
  [ -f "$dir/$base.in" ] && input="$dir/$base.in"
  (cd "$dir" && env "${environment[@]}" "$bin/x" <"$input" >"$dir/$base.out" 2>"$bin/err")
  status=$?
  set -e
  [ "$status" != 0 ] && echo "$status" >"$dir/$base.exit"
  if [ -s "$bin/err" ]; then
    # Keep stderr up to the first line goro cannot reproduce: a line showing machine
    # addresses (pc=0x..., sp=0x...) ends it before that line, a goroutine header after
    # it, except that only goroutine 1's header is kept (gc numbers other goroutines
    # after its own system goroutines).
    awk '/(pc|sp)=0x/ {exit}
         /^goroutine [0-9]+ \[/ {if ($2 == 1) print; exit}
         {print}' "$bin/err" >"$dir/$base.err"
  fi
  echo "$prog: exit $status"
done

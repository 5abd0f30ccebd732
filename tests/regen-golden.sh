#!/usr/bin/env bash
# Produces the expected files of golden tests with real Go (Debian's golang-go), never
# with goro:  tests/regen-golden.sh tests/programs/foo.go [more.go ...]
#   programs/NAME.go -> NAME.out, NAME.err (stderr up to the first goroutine header), NAME.exit
#   errors/NAME.go   -> NAME.err (gc's messages, as `go build` prints them minus the
#                       "# command-line-arguments" header and the "./" prefix)
set -eu
command -v go >/dev/null || { echo "needs Debian's golang-go" >&2; exit 1; }
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
for prog in "$@"; do
  dir=$(cd "$(dirname "$prog")" && pwd)
  base=$(basename "$prog" .go)
  rm -f "$dir/$base.out" "$dir/$base.err" "$dir/$base.exit"
  if [ "$(basename "$dir")" = errors ]; then
    (cd "$dir" && GOFLAGS= go build -o "$bin/x" "$base.go" 2>&1 || true) \
      | grep -v '^# command-line-arguments' | sed 's|^\./||' >"$dir/$base.err"
    continue
  fi
  (cd "$dir" && go build -o "$bin/x" "$base.go")
  set +e
  (cd "$dir" && "$bin/x" >"$dir/$base.out" 2>"$bin/err")
  status=$?
  set -e
  [ "$status" != 0 ] && echo "$status" >"$dir/$base.exit"
  if [ -s "$bin/err" ]; then
    awk '{print} /^goroutine [0-9]+ \[/{exit}' "$bin/err" >"$dir/$base.err"
  fi
  echo "$prog: exit $status"
done

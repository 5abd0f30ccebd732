#!/usr/bin/env bash
# Produces the expected files of golden tests with real Go (Debian's golang-go), never
# with goro:  tests/regen-golden.sh tests/programs/foo.go [more.go ...]
#   programs/NAME.go -> NAME.out, NAME.err (all of stderr, see below), NAME.exit;
#                       run with the environment of NAME.env and NAME.in as stdin
#                       when present
#   programs/NAME/   -> the same files beside the directory (a program of several files)
#   errors/NAME.go   -> NAME.err (gc's messages, as `go build` prints them minus the
#                       "# command-line-arguments" header and the "./" prefix)
set -eu
command -v go >/dev/null || { echo "needs Debian's golang-go" >&2; exit 1; }
goroot=$(go env GOROOT)
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
    # All of stderr, goroutine traces included (tests/run-golden.sh compares them after
    # normalisation), with the machine's paths replaced by placeholders: the program's
    # directory by $DIR and Go's installation by $GOROOT.
    mapfile -t lines <"$bin/err"
    for line in "${lines[@]}"; do
      line=${line//"$dir/"/'$DIR/'}
      printf '%s\n' "${line//"$goroot/"/'$GOROOT/'}"
    done >"$dir/$base.err"
  fi
  echo "$prog: exit $status"
done

#!/usr/bin/env bash
# Expected output of tests/programs/stdlib_slices.go from real Go although Go 1.19 has no
# slices package: the program runs with each slices.F call renamed to slices_F, defined in
# shim.go after Go 1.21's source (the two calls whose element type is an interface, which
# Go 1.19's comparable rejects, go to containsAny and indexErr).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed -e 's/slices\./slices_/g' -e '/"slices"/d' -e 's/slices_Contains(\[\]any/containsAny([]any/' \
  -e 's/slices_Index(\[\]error/indexErr([]error/' "$here/../programs/stdlib_slices.go" >"$tmp/main.go"
cp "$here/shim.go" "$tmp/shim.go"
(cd "$tmp" && go run main.go shim.go) >"$here/../programs/stdlib_slices.out"

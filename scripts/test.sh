#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest.
#   scripts/test.sh             Release build
#   scripts/test.sh asan        AddressSanitizer + UBSan build (build-asan/)
#   scripts/test.sh tsan        ThreadSanitizer build (build-tsan/)
set -eu
cd "$(dirname "$0")/.."
mode=${1:-release}
scripts/build.sh "$mode"
case "$mode" in release) dir=build ;; *) dir=build-$mode ;; esac
cd "$dir"
ctest --output-on-failure -j"$(nproc)"

#!/usr/bin/env bash
# Installs what is missing and builds goro (Release) into build/; the executable is build/goro.
#   scripts/build.sh            Release build in build/
#   scripts/build.sh asan       AddressSanitizer + UBSan build in build-asan/
#   scripts/build.sh tsan       ThreadSanitizer build in build-tsan/
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh
case "${1:-release}" in
  release) dir=build; flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan) dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DGORO_SANITIZE=ON) ;;
  tsan) dir=build-tsan; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DGORO_TSAN=ON) ;;
  *) echo "usage: scripts/build.sh [release|asan|tsan]" >&2; exit 2 ;;
esac
cmake -S . -B "$dir" "${flags[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"

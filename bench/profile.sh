#!/usr/bin/env bash
# Profiles goro running one program and prints the functions where it spends its time.
#
#   bench/profile.sh [--top N] [--tool perf|callgrind] [--suite DIR] [--goro PATH] PROGRAM [ARG]...
#
# PROGRAM is a suite program's name (fib, maps, ...; looked up in --suite, default
# ../shared/bench) or a path to a .go file. Uses `perf record` sampling the cpu-clock
# software event (it works in VMs without hardware counters) when perf is usable, else
# `valgrind --tool=callgrind` (exact instruction counts, ~50x slower). The profile is
# kept under build/bench/ for `perf report -i FILE` / `callgrind_annotate FILE`.
# GOMAXPROCS and other environment variables pass through to goro.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
top=30
tool=''
suite="$root/../shared/bench"
goro="$root/build/goro"

source "$root/bench/usage.sh"

while [ $# -gt 0 ]; do
  case "$1" in
    --top) top=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    --suite) suite=$2; shift 2 ;;
    --goro) goro=$2; shift 2 ;;
    -h|--help) usage 0 ;;
    -*) echo "bench/profile.sh: unknown option $1" >&2; usage ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || usage
program=$1
shift
if [ ! -f "$program" ]; then program="$suite/${program%.go}.go"; fi
[ -f "$program" ] || { echo "bench/profile.sh: no program $1 (neither a file nor in $suite)" >&2; exit 2; }
[ -x "$goro" ] || { echo "bench/profile.sh: no goro at $goro (build it with scripts/build.sh)" >&2; exit 2; }

if [ -z "$tool" ]; then
  if command -v perf >/dev/null && perf record -q -e cpu-clock -o /dev/null -- true >/dev/null 2>&1; then
    tool=perf
  elif command -v valgrind >/dev/null; then
    tool=callgrind
  else
    echo "bench/profile.sh: needs perf (apt-get install linux-perf; and kernel.perf_event_paranoid <= 2) or valgrind (apt-get install valgrind)" >&2
    exit 2
  fi
fi

out="$root/build/bench"
mkdir -p "$out"
name=$(basename "$program" .go)
case "$tool" in
  perf)
    data="$out/$name.perf.data"
    perf record -q -e cpu-clock -F 4999 -o "$data" -- "$goro" run "$program" "$@"
    echo
    echo "top $top functions by self time (perf, cpu-clock samples):"
    perf report -i "$data" --stdio --quiet --no-children --fields overhead,dso,sym 2>/dev/null |
      awk -v top="$top" 'NF && ++shown <= top'
    echo
    echo "profile kept in $data (perf report -i $data; perf annotate -i $data SYMBOL)"
    ;;
  callgrind)
    data="$out/$name.callgrind.out"
    valgrind --tool=callgrind --callgrind-out-file="$data" -q -- "$goro" run "$program" "$@"
    echo
    echo "top $top functions by self instruction count (callgrind):"
    callgrind_annotate "$data" 2>/dev/null |
      awk -v top="$top" '/PROGRAM TOTALS/ { print; print "" } /file:function/ { listing = 1; next } listing && NF && !/^-+$/ && ++shown <= top'
    echo
    echo "profile kept in $data (callgrind_annotate $data)"
    ;;
  *) echo "bench/profile.sh: --tool must be perf or callgrind" >&2; exit 2 ;;
esac

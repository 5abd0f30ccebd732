#!/usr/bin/env bash
# Benchmark harness: times goro against native Go and Lua 5.4 on the shared suite and reports the targets of issue 6.
#
#   bench/run.sh [--runs N] [--filter REGEX] [--timeout SECONDS] [--suite DIR]
#                [--no-build] [--goro PATH] [--results FILE]
#
# Every program of the suite runs under goro (`goro run prog.go`), as a native Go
# binary (built once with `go build`) and, when peers/<prog>.lua exists, under lua5.4.
# The systems take turns run by run (goro, go, lua, goro, go, lua, ...) so machine
# noise hits them alike; the table shows median wall time and median peak RSS. Each
# run's stdout must be exactly the program's line in the suite's README table: a wrong
# line, a crash or a timeout is marked in the table and makes the harness exit 1.
# parallel.go runs with GOMAXPROCS=1 and =2 under every system (its speedup is a
# target); every other program runs with the default GOMAXPROCS.
#
# Results go to bench/RESULTS.md after a full (unfiltered) run, or to --results FILE,
# followed by bench/PROFILES.md (the profiles behind each optimisation).
# Timing is done by bench/measure.cpp (wait4 rusage, timeout), compiled on first use.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
filter=''
timeout_seconds=120
suite="$root/../shared/bench"
build=1
goro="$root/build/goro"
results=''

source "$root/bench/usage.sh"

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --filter) filter=$2; shift 2 ;;
    --timeout) timeout_seconds=$2; shift 2 ;;
    --suite) suite=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --goro) goro=$2; build=0; shift 2 ;;
    --results) results=$2; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: --runs needs a positive integer" >&2; exit 2; }
[ -f "$suite/README.md" ] || { echo "bench/run.sh: no benchmark suite at $suite (give --suite DIR)" >&2; exit 2; }
suite=$(cd "$suite" && pwd)
if [ -z "$results" ] && [ -z "$filter" ]; then results="$root/bench/RESULTS.md"; fi

notes=()  # lines for the report's notes section

# --- the systems -------------------------------------------------------------------

if [ "$build" = 1 ]; then
  echo "building goro (scripts/build.sh)..." >&2
  "$root/scripts/build.sh" >&2 || { echo "bench/run.sh: the goro build failed" >&2; exit 1; }
fi
have_goro=1
failed=0  # the exit status: 1 once any system fails, prints a wrong line or times out
if [ ! -x "$goro" ]; then
  have_goro=0
  failed=1
  notes+=("goro: no executable at $goro (build it with scripts/build.sh); goro was not measured")
fi
have_go=1
if ! command -v go >/dev/null; then
  have_go=0
  notes+=("go: not installed (apt-get install golang-go); native Go was not measured")
fi
have_lua=1
if ! command -v lua5.4 >/dev/null; then
  have_lua=0
  notes+=("lua5.4: not installed (apt-get install lua5.4); Lua was not measured")
fi
for note in "${notes[@]}"; do echo "note: $note" >&2; done

cxx=${CXX:-c++}
command -v "$cxx" >/dev/null || { echo "bench/run.sh: needs a C++ compiler ($cxx) to build bench/measure.cpp" >&2; exit 2; }
mkdir -p "$root/build/bench"
measure="$root/build/bench/measure"
if [ ! -x "$measure" ] || [ "$root/bench/measure.cpp" -nt "$measure" ]; then
  # Static when the toolchain allows: the child's peak RSS counts the image it replaced
  # at exec (measure's own), and a static measure keeps that floor under 1 MiB.
  "$cxx" -std=c++20 -O2 -Wall -Wextra -static -o "$measure" "$root/bench/measure.cpp" 2>/dev/null ||
    "$cxx" -std=c++20 -O2 -Wall -Wextra -o "$measure" "$root/bench/measure.cpp"
fi

# Scratch space (native binaries, each run's output) lives under build/, not in a
# shared /tmp where another user's clean-up could pull it away mid-run.
work=$(mktemp -d "$root/build/bench/run.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- the programs and their expected lines -----------------------------------------

# README rows look like: | fib.go | what it measures | `fib(35) = 9227465` |
declare -A expected
listed=()  # the README's order: start-up, compute, then concurrency
while IFS=$'\t' read -r file line; do
  expected[$file]=$line
  listed+=("$file")
done < <(awk -F'|' '/^\| *[A-Za-z0-9_]+\.go *\|/ {
    file = $2; line = $(NF - 1)
    gsub(/^ +| +$/, "", file); gsub(/^ +| +$/, "", line); gsub(/^`|`$/, "", line)
    print file "\t" line
  }' "$suite/README.md")

# The README's programs in its order, then any program it does not list (which fails
# for want of an expected line). --filter is a regular expression matched anywhere in
# the name.
programs=()
for file in "${listed[@]}" $(cd "$suite" && ls -- *.go); do
  name=${file%.go}
  [ -f "$suite/$file" ] || continue
  [[ " ${programs[*]} " != *" $name "* ]] || continue
  [ -z "$filter" ] || [[ "$name" =~ $filter ]] || continue
  programs+=("$name")
done
[ ${#programs[@]} -gt 0 ] || { echo "bench/run.sh: no program matches --filter '$filter'" >&2; exit 2; }

if [ "$have_go" = 1 ]; then
  mkdir -p "$work/go"
  for name in "${programs[@]}"; do
    if ! (cd "$suite" && go build -o "$work/go/$name" "$name.go") 2>"$work/go/$name.err"; then
      notes+=("go build $name.go failed: $(head -n1 "$work/go/$name.err")")
    fi
  done
fi

# The rows of the table: program[@GOMAXPROCS=N], each run under the systems present.
rows=()
for name in "${programs[@]}"; do
  if [ "$name" = parallel ]; then
    rows+=("$name@GOMAXPROCS=1" "$name@GOMAXPROCS=2")
  else
    rows+=("$name")
  fi
done

# Sets cmd to the command line of SYSTEM for program NAME, or to nothing when it has none.
command_for() {
  local system=$1 name=$2
  cmd=()
  case "$system" in
    goro) [ "$have_goro" = 0 ] || cmd=("$goro" run "$suite/$name.go") ;;
    go) [ "$have_go" = 0 ] || cmd=("$work/go/$name") ;;
    lua) [ "$have_lua" = 0 ] || [ ! -f "$suite/peers/$name.lua" ] || cmd=(lua5.4 "$suite/peers/$name.lua") ;;
  esac
}

# --- measuring ---------------------------------------------------------------------

load_before=$(cut -d' ' -f1 /proc/loadavg)
# measurements.tsv: row, system, run, status (ok|wrong|timeout|exit:N|signal:N|missing), seconds, KiB
measurements="$work/measurements.tsv"
: >"$measurements"

for row in "${rows[@]}"; do
  name=${row%%@*}
  env_args=()
  [[ "$row" == *@* ]] && env_args=(-s "${row#*@}")
  want=${expected[$name.go]-}
  declare -A stopped=()  # a system that failed once is not run again on this row
  for ((run = 1; run <= runs; run++)); do
    progress="$row [$run/$runs]"
    for system in goro go lua; do
      command_for "$system" "$name"
      [ ${#cmd[@]} -gt 0 ] || continue
      [ -z "${stopped[$system]-}" ] || continue
      if [ "$system" = go ] && [ ! -x "$work/go/$name" ]; then
        printf '%s\t%s\t%d\tmissing\t0\t0\n' "$row" "$system" "$run" >>"$measurements"
        stopped[$system]=1
        failed=1
        continue
      fi
      : >"$work/out"
      : >"$work/err"
      read -r status seconds kib < <("$measure" -t "$timeout_seconds" "${env_args[@]}" \
        -o "$work/out" -e "$work/err" -- "${cmd[@]}" 2>"$work/measure.err")
      if [ "$status" = ok ] && [ "$(cat "$work/out")" != "$want" ]; then status=wrong; fi
      printf '%s\t%s\t%d\t%s\t%s\t%s\n' "$row" "$system" "$run" "$status" "$seconds" "$kib" >>"$measurements"
      progress+=" $system $status ${seconds}s"
      if [ "$status" != ok ]; then
        stopped[$system]=1
        failed=1
        case "$status" in
          wrong) detail="printed \"$(head -c 200 "$work/out" | head -n1)\", want \"$want\"" ;;
          timeout) detail="killed after ${timeout_seconds}s" ;;
          spawn-failed) detail="$(head -n1 "$work/measure.err")" ;;
          *) detail="$(head -c 300 "$work/err" | head -n1)"
             [ -n "$detail" ] || detail="nothing on stderr" ;;
        esac
        [ -n "$want" ] || detail="the suite README has no expected line for $name.go"
        notes+=("$system $row: $status: $detail")
      fi
    done
    echo "$progress" >&2
  done
  unset stopped
done

# --- the report --------------------------------------------------------------------

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
# goro is named by the commit of the checkout it was built in (build/goro's parent).
goro_checkout=$(dirname "$(dirname "$goro")")
if goro_version=$(git -C "$goro_checkout" rev-parse --short HEAD 2>/dev/null); then
  [ -z "$(git -C "$goro_checkout" status --porcelain 2>/dev/null)" ] || goro_version+=" (with uncommitted changes)"
else
  goro_version=$goro
fi
go_version=$([ "$have_go" = 1 ] && go version | awk '{ print $3 }' || echo "not installed")
lua_version=$([ "$have_lua" = 1 ] && lua5.4 -v 2>&1 | awk '{ print $2 }' || echo "not installed")
notes_file="$work/notes"
printf '%s\n' "${notes[@]}" >"$notes_file"

report=$(awk -F'\t' -f "$root/bench/report.awk" \
  -v date="$(date -u '+%Y-%m-%d %H:%M UTC')" \
  -v machine="$(nproc) CPUs, ${cpu:-unknown CPU}, $(uname -sr); load average $load_before before, $(cut -d' ' -f1 /proc/loadavg) after" \
  -v versions="goro $goro_version, $go_version, Lua $lua_version" \
  -v setup="$runs runs per system, interleaved; timeout ${timeout_seconds}s per run; suite $suite" \
  -v notes_file="$notes_file" \
  "$measurements")
echo "$report"
# The results file is this run's table followed by bench/PROFILES.md: what the profiles
# showed and what each optimisation bought, kept by hand beside the numbers it explains.
if [ -n "$results" ]; then
  {
    echo "$report"
    if [ -f "$root/bench/PROFILES.md" ]; then echo; cat "$root/bench/PROFILES.md"; fi
  } >"$results"
  echo "wrote $results" >&2
fi
exit "$failed"

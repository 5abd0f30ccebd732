#!/usr/bin/env bash
# Soak test of the concurrency runtime, outside CI: runs mixed workloads in a loop for a
# while, each under GOMAXPROCS=1 and 2 with a fresh random --seed, checks every output
# and reports peak RSS per round, flagging a program whose RSS grows round after round.
#   tests/soak/run.sh [--minutes N] [--goro PATH] [--bench DIR]
# (defaults: 10 minutes, build/goro, ../shared/bench beside the checkout)
# Workloads: the stress and concurrency golden programs (tests/programs/conc_*.go, checked
# against their .out), samples/*.go (checked against real Go's output, sorted, when `go`
# is installed) and the concurrency programs of ../shared/bench when present (checked
# against the expected line in its README). A failure prints the command reproducing it.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
minutes=10
goro=$root/build/goro
bench=$root/../shared/bench
while [ $# -gt 0 ]; do
  case $1 in
    --minutes) minutes=$2; shift 2 ;;
    --goro) goro=$(realpath "$2"); shift 2 ;;
    --bench) bench=$2; shift 2 ;;
    *) echo "usage: $0 [--minutes N] [--goro PATH] [--bench DIR]" >&2; exit 2 ;;
  esac
done
[ -x "$goro" ] || { echo "no goro at $goro (build first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each workload: a program and a file of the lines it must print, sorted.
programs=()
declare -A expected
for prog in "$root"/tests/programs/conc_*.go; do
  base=${prog%.go}
  [ -f "$base.exit" ] && continue  # deadlocks and panics: nothing to soak
  sort "$base.out" >"$work/$(basename "$base").want"
  expected[$prog]=$work/$(basename "$base").want
  programs+=("$prog")
done
if command -v go >/dev/null; then
  for prog in "$root"/samples/*.go; do
    want=$work/sample_$(basename "$prog" .go).want
    (cd "$(dirname "$prog")" && go run "$(basename "$prog")") 2>/dev/null | sort >"$want" || continue
    expected[$prog]=$want
    programs+=("$prog")
  done
fi
if [ -d "$bench" ]; then
  for name in pingpong spawn primesieve workerpool select mutex parallel idle; do
    line=$(awk -F'|' -v f="$name.go" '$2 ~ "^ *" f " *$" {print $4}' "$bench/README.md" | sed 's/^ *`//; s/` *$//')
    [ -f "$bench/$name.go" ] && [ -n "$line" ] || continue
    echo "$line" >"$work/bench_$name.want"
    expected[$bench/$name.go]=$work/bench_$name.want
    programs+=("$bench/$name.go")
  done
fi
echo "soak: ${#programs[@]} programs x GOMAXPROCS 1,2 for $minutes minutes with $goro"

declare -A firstRss lastRss maxRss
failures=0
runs=0
round=0
deadline=$(( $(date +%s) + minutes * 60 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  round=$((round + 1))
  for prog in "${programs[@]}"; do
    [ "$(date +%s)" -lt "$deadline" ] || break
    for procs in 1 2; do
      seed=$(( (RANDOM << 15 | RANDOM) + 1 ))
      key="$(basename "$prog") GOMAXPROCS=$procs"
      env_file=${prog%.go}.env
      environment=()
      [ -f "$env_file" ] && mapfile -t environment <"$env_file"
      (cd "$(dirname "$prog")" && env "${environment[@]}" GOMAXPROCS=$procs \
        /usr/bin/time -f %M -o "$work/rss" timeout 120 "$goro" run --seed $seed "$(basename "$prog")") \
        >"$work/out" 2>"$work/err"
      status=$?
      runs=$((runs + 1))
      if [ $status != 0 ] || ! cmp -s <(sort "$work/out") "${expected[$prog]}"; then
        failures=$((failures + 1))
        echo "FAIL round $round: $key, status $status; reproduce with:"
        echo "  (cd $(dirname "$prog") && GOMAXPROCS=$procs $goro run --seed $seed $(basename "$prog"))"
        diff <(sort "$work/out") "${expected[$prog]}" | head -5
        head -5 "$work/err"
        continue
      fi
      rss=$(tail -1 "$work/rss")
      [ -n "${firstRss[$key]-}" ] || firstRss[$key]=$rss
      lastRss[$key]=$rss
      [ "$rss" -gt "${maxRss[$key]-0}" ] && maxRss[$key]=$rss
    done
  done
  echo "round $round done at $(date +%T): $runs runs, $failures failures"
done

# A program's peak RSS should not drift upward over the rounds: flag the last round
# being over a quarter (and 8 MiB) above the first.
grew=0
echo
printf '%-40s %10s %10s %10s\n' "program" "first KiB" "last KiB" "max KiB"
while IFS= read -r key; do
  first=${firstRss[$key]}; last=${lastRss[$key]}
  flag=""
  if [ "$last" -gt $((first + first / 4)) ] && [ "$last" -gt $((first + 8192)) ]; then
    flag="  RSS GREW"
    grew=$((grew + 1))
  fi
  printf '%-40s %10s %10s %10s%s\n' "$key" "$first" "$last" "${maxRss[$key]}" "$flag"
done < <(printf '%s\n' "${!firstRss[@]}" | sort)
echo "soak: $round rounds, $runs runs, $failures failures, $grew programs with growing RSS"
[ $failures = 0 ] && [ $grew = 0 ]

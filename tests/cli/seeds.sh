#!/usr/bin/env bash
# The two seed programs behave as issue 2 describes, with GOMAXPROCS=1 and 2; and
# `--seed N` makes runs reproducible (issue 4, item 8): with GOMAXPROCS=1, each program of
# seeds/ prints the same output every time under the same seed, ten seeds between them
# explore at least as many different interleavings as the program's threshold below, and
# every output has exactly the lines real Go printed (seeds/NAME.out), in some order.
set -u
goro=$1
samples=$2
seeds_dir=$(dirname "$0")/seeds
fail=0
for procs in 1 2; do
  start=$(date +%s%N)
  out=$(GOMAXPROCS=$procs timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run "$samples/seed_goroutines.go")
  status=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  t1=$(grep -c '^Task 1$' <<<"$out"); t2=$(grep -c '^Task 2$' <<<"$out")
  lines=$(wc -l <<<"$out")
  if [ $status != 0 ] || [ "$t1" != 5 ] || [ "$t2" != 5 ] || [ "$lines" != 10 ] || [ $ms -lt 2900 ] || [ $ms -gt 4500 ]; then
    echo "FAIL seed_goroutines GOMAXPROCS=$procs: status $status, $t1 x Task 1, $t2 x Task 2, $lines lines, ${ms} ms"
    fail=1
  fi
  for run in 1 2 3 4 5; do
    out=$(GOMAXPROCS=$procs timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run "$samples/seed_parallel.go")
    status=$?
    sorted=$(sort <<<"$out" | tr '\n' ' ')
    if [ $status != 0 ] || [ "$sorted" != "Processed: 10 Processed: 2 Processed: 4 Processed: 6 Processed: 8 " ]; then
      echo "FAIL seed_parallel GOMAXPROCS=$procs run $run: status $status, output: $out"
      fail=1
    fi
  done
done

# Program and the least number of distinct outputs its ten seeds must produce.
for entry in spawn_order:6 time_slices:4 select_choice:6 map_order:3; do
  name=${entry%%:*}
  want_distinct=${entry##*:}
  want_lines=$(sort "$seeds_dir/$name.out")
  outputs=()
  for seed in 1 2 3 4 5 6 7 8 9 10; do
    first=$(GOMAXPROCS=1 timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run --seed $seed "$seeds_dir/$name.go")
    again=$(GOMAXPROCS=1 timeout "${GORO_TEST_TIMEOUT:-60}" "$goro" run --seed $seed "$seeds_dir/$name.go")
    if [ "$first" != "$again" ]; then
      echo "FAIL $name --seed $seed: two runs differ:"; diff <(echo "$first") <(echo "$again") | head -10
      fail=1
    fi
    if [ "$(sort <<<"$first")" != "$want_lines" ]; then
      echo "FAIL $name --seed $seed: not an interleaving of the expected lines:"; echo "$first" | head -20
      fail=1
    fi
    outputs+=("$first")
  done
  distinct=$(for out in "${outputs[@]}"; do md5sum <<<"$out"; done | sort -u | wc -l)
  if [ "$distinct" -lt "$want_distinct" ]; then
    echo "FAIL $name: $distinct distinct outputs under ten seeds, want at least $want_distinct"
    fail=1
  fi
done
exit $fail

#!/usr/bin/env bash
# The two seed programs behave as issue 2 describes, with GOMAXPROCS=1 and 2.
set -u
goro=$1
samples=$2
fail=0
for procs in 1 2; do
  start=$(date +%s%N)
  out=$(GOMAXPROCS=$procs timeout 20 "$goro" run "$samples/seed_goroutines.go")
  status=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  t1=$(grep -c '^Task 1$' <<<"$out"); t2=$(grep -c '^Task 2$' <<<"$out")
  lines=$(wc -l <<<"$out")
  if [ $status != 0 ] || [ "$t1" != 5 ] || [ "$t2" != 5 ] || [ "$lines" != 10 ] || [ $ms -lt 2900 ] || [ $ms -gt 4500 ]; then
    echo "FAIL seed_goroutines GOMAXPROCS=$procs: status $status, $t1 x Task 1, $t2 x Task 2, $lines lines, ${ms} ms"
    fail=1
  fi
  for run in 1 2 3 4 5; do
    out=$(GOMAXPROCS=$procs timeout 20 "$goro" run "$samples/seed_parallel.go")
    status=$?
    sorted=$(sort <<<"$out" | tr '\n' ' ')
    if [ $status != 0 ] || [ "$sorted" != "Processed: 10 Processed: 2 Processed: 4 Processed: 6 Processed: 8 " ]; then
      echo "FAIL seed_parallel GOMAXPROCS=$procs run $run: status $status, output: $out"
      fail=1
    fi
  done
done
exit $fail

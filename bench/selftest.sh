#!/usr/bin/env bash
# Self-test of the benchmark harness: runs bench/run.sh on a tiny made-up suite with a stand-in goro.
#
# The stand-in prints the right line for ok.go, a wrong line for wrong.go, hangs on
# hang.go and crashes on crash.go; the test checks that the report marks each case,
# that the exit status is 1 when anything fails and 0 when nothing does, and that the
# expected line is read from the suite's README table. Needs go; uses lua5.4 if present.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/goro-bench-selftest.XXXXXX")
trap 'rm -rf "$work"' EXIT
suite="$work/suite"
mkdir -p "$suite/peers"

cat >"$suite/README.md" <<'EOF'
| file | measures | expected output line |
| --- | --- | --- |
| ok.go | nothing | `ok: 42` |
| wrong.go | nothing | `wrong: 1` |
| hang.go | nothing | `hang: 1` |
| crash.go | nothing | `crash: 1` |
EOF
for name in ok wrong hang crash; do
  printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("%s: %s") }\n' \
    "$name" "$([ $name = ok ] && echo 42 || echo 1)" >"$suite/$name.go"
done
echo 'print("ok: 42")' >"$suite/peers/ok.lua"

cat >"$work/goro" <<'EOF'
#!/usr/bin/env bash
case "$(basename "$2" .go)" in
  ok) echo "ok: 42" ;;
  wrong) echo "wrong: 2" ;;
  hang) sleep 30 ;;
  crash) kill -SEGV $$ ;;
esac
EOF
chmod +x "$work/goro"

failures=0
expect() {  # expect DESCRIPTION EXTENDED-REGEX FILE
  if grep -qE -- "$2" "$3"; then
    echo "ok   $1"
  else
    echo "FAIL $1: no \"$2\" in $3:"; cat "$3"; failures=1
  fi
}

status=0
"$root/bench/run.sh" --goro "$work/goro" --suite "$suite" --runs 2 --timeout 1 \
  --results "$work/all.md" >/dev/null 2>"$work/all.err" || status=$?
expect "a failing suite exits 1" "^status 1$" <(echo "status $status")
expect "the right line is timed" '^\| ok +\| [0-9.]+ ms +\| [0-9.]+ ms +\| [0-9.]+ ms ' "$work/all.md"
expect "a wrong line is marked" '^\| wrong +\| \*\*WRONG\*\*' "$work/all.md"
expect "a hang is marked" '^\| hang +\| \*\*TIMEOUT\*\*' "$work/all.md"
expect "a crash is marked" '^\| crash +\| \*\*FAIL\*\* \(signal:11\)' "$work/all.md"
expect "a wrong line is explained" 'goro wrong: wrong: printed "wrong: 2", want "wrong: 1"' "$work/all.md"

status=0
"$root/bench/run.sh" --goro "$work/goro" --suite "$suite" --runs 3 --filter '^ok$' \
  --results "$work/ok.md" >/dev/null 2>"$work/ok.err" || status=$?
expect "a passing suite exits 0" "^status 0$" <(echo "status $status")
expect "the filter keeps one program" "setup: 3 runs per system" "$work/ok.md"
if grep -qE '^\| (wrong|hang|crash) ' "$work/ok.md"; then
  echo "FAIL the filter let other programs through:"; cat "$work/ok.md"; failures=1
fi

[ "$failures" = 0 ] && echo "bench self-test passed" || echo "bench self-test FAILED"
exit "$failures"

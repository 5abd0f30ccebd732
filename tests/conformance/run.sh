#!/usr/bin/env bash
# Conformance runner: runs Go's own `// run` test programs under goro.
#
#   tests/conformance/run.sh GORO [FILTER]      (FILTER: a substring of the test's path)
#
# The programs come from Go's source tree (Debian's golang-1.19-src; GO_TEST_DIR overrides
# the location) and are never copied into this repository. Selection and verdicts follow
# Go's test/run.go: a test is a top-level test/*.go or test/ken/*.go file whose execution
# recipe (the comment before the first blank line, after an optional `+build` first line)
# is `// run`, possibly followed by plain program arguments (variants with compiler flags
# are left out), and whose build constraints hold on linux/amd64 with gc. It runs from the
# test directory as `goro run ken/foo.go ARGS` with GOOS/GOARCH in the environment (as
# Go's test driver sets them); it passes when it exits 0 and its combined
# stdout+stderr equals foo.out, or is empty when there is no foo.out.
#
# Tests listed in unsupported.txt (outside goro's subset) are skipped. Tests listed in
# known-failures.txt still run: a failure there is expected, a pass is reported so the
# entry can be removed. The exit status is 0 when every failure is a known one.
#
# Environment: GO_TEST_DIR (default /usr/share/go-1.19/test), GORO_TIMEOUT (seconds per
# test, default 20), VERBOSE=1 (print the first lines of each unexpected failure).
set -u
if [ $# -lt 1 ]; then
  echo "usage: $0 GORO [FILTER]" >&2
  exit 2
fi
goro=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
filter=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
testdir=${GO_TEST_DIR:-/usr/share/go-1.19/test}
timeout_secs=${GORO_TIMEOUT:-20}
verbose=${VERBOSE:-0}
[ -x "$goro" ] || { echo "$0: $goro is not executable" >&2; exit 2; }
[ -d "$testdir" ] || { echo "$0: no Go test tree at $testdir (install golang-1.19-src)" >&2; exit 2; }

# Listed names (first word of each non-comment line) of unsupported.txt / known-failures.txt.
listed() { sed -e 's/#.*//' "$here/$1" | awk 'NF {print $1}'; }
declare -A unsupported known
while read -r name; do unsupported[$name]=1; done < <(listed unsupported.txt)
while read -r name; do known[$name]=1; done < <(listed known-failures.txt)

# Evaluates one `// +build` line for linux/amd64/gc: space-separated options are ORed,
# comma-separated terms ANDed, `!` negates.
build_tag_true() {
  case $1 in linux|amd64|gc|unix|cgo) return 0 ;; *) return 1 ;; esac
}
build_line_holds() {
  local option term neg ok
  for option in $1; do
    ok=1
    IFS=, read -ra terms <<<"$option"
    for term in "${terms[@]}"; do
      neg=0
      [[ $term == !* ]] && { neg=1; term=${term#!}; }
      if build_tag_true "$term"; then [ $neg = 1 ] && ok=0; else [ $neg = 0 ] && ok=0; fi
    done
    [ $ok = 1 ] && return 0
  done
  return 1
}
constraints_hold() {
  local line
  while IFS= read -r line; do
    case $line in
      "package "*) return 0 ;;
      "// +build "*) build_line_holds "${line#// +build }" || return 1 ;;
    esac
  done <"$1"
  return 0
}

# Prints the program arguments of a `// run` recipe, or fails when the file is not one.
run_recipe_args() {
  local recipe first
  recipe=$(awk 'NR == 1 && /\+build/ {next} /^$/ {exit} {print}' "$1")
  first=$(head -n1 <<<"$recipe")
  [ "$(wc -l <<<"$recipe")" = 1 ] || return 1
  case $first in
    "// run") echo "" ;;
    "// run "*)
      local args=${first#// run }
      [[ $args == -* || $args == *.go* ]] && return 1
      echo "$args" ;;
    *) return 1 ;;
  esac
}

declare -A pass fail skip
folders=(. ken)
for folder in "${folders[@]}"; do pass[$folder]=0; fail[$folder]=0; skip[$folder]=0; done
unexpected=0 fixed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$testdir" || exit 2
for folder in "${folders[@]}"; do
  for file in "$folder"/*.go; do
    name=${file#./}
    [ -n "$filter" ] && [[ $name != *"$filter"* ]] && continue
    [ "$(head -c1 "$file")" = "" ] && continue
    args=$(run_recipe_args "$file") || continue
    constraints_hold "$file" || continue
    if [ -n "${unsupported[$name]:-}" ]; then
      skip[$folder]=$((skip[$folder] + 1))
      continue
    fi
    # shellcheck disable=SC2086  # the recipe's arguments are whitespace-separated words
    GOOS=linux GOARCH=amd64 timeout "$timeout_secs" "$goro" run "$name" $args >"$tmp/got" 2>&1
    status=$?
    want=${name%.go}.out
    reason=""
    if [ $status = 124 ]; then
      reason="timed out after ${timeout_secs}s"
    elif [ $status != 0 ]; then
      reason="exit status $status"
    elif [ -f "$want" ]; then
      cmp -s "$want" "$tmp/got" || reason="output differs from $want"
    elif [ -s "$tmp/got" ]; then
      reason="unexpected output"
    fi
    if [ -z "$reason" ]; then
      pass[$folder]=$((pass[$folder] + 1))
      if [ -n "${known[$name]:-}" ]; then
        echo "PASS $name (listed in known-failures.txt: remove it)"
        fixed=$((fixed + 1))
      fi
      continue
    fi
    fail[$folder]=$((fail[$folder] + 1))
    [ -n "${known[$name]:-}" ] && continue
    unexpected=$((unexpected + 1))
    echo "FAIL $name: $reason"
    if [ "$verbose" = 1 ]; then
      head -n 10 "$tmp/got" | sed 's/^/    /'
    fi
  done
done

printf '\n%-8s %6s %6s %6s %10s\n' folder pass fail skip "pass rate"
total_pass=0 total_fail=0 total_skip=0
for folder in "${folders[@]}"; do
  p=${pass[$folder]} f=${fail[$folder]} s=${skip[$folder]}
  total_pass=$((total_pass + p)) total_fail=$((total_fail + f)) total_skip=$((total_skip + s))
  rate="-"
  [ $((p + f)) -gt 0 ] && rate="$((100 * p / (p + f)))%"
  label=test
  [ "$folder" != . ] && label=test/$folder
  printf '%-8s %6d %6d %6d %10s\n' "$label" "$p" "$f" "$s" "$rate"
done
rate="-"
[ $((total_pass + total_fail)) -gt 0 ] && rate="$((100 * total_pass / (total_pass + total_fail)))%"
printf '%-8s %6d %6d %6d %10s\n' total "$total_pass" "$total_fail" "$total_skip" "$rate"
echo "unexpected failures: $unexpected; known failures now passing: $fixed"
[ $unexpected = 0 ]

#!/usr/bin/env bash
# The README's package section is exactly what `goro packages` reports, rendered as a
# table of packages and their functions. On a difference it prints the diff and the
# command that regenerates the section:
#   tests/cli/readme-packages.sh build/goro README.md          check
#   tests/cli/readme-packages.sh build/goro README.md --fix    rewrite the section
set -u
goro=$1
readme=$2
mode=${3:-check}
section=$(mktemp)
trap 'rm -f "$section"' EXIT
{
  echo '| package | functions (methods as `Type.Name`) |'
  echo '|---|---|'
  "$goro" packages | awk '
    /^[^ ]/ { if (pkg != "") print row; pkg = $0; row = "| `" pkg "` |" }
    /^  funcs:/ { sub(/^  funcs: /, ""); gsub(/ /, ", "); row = row " " $0 " |" }
    END { if (pkg != "") print row }'
} >"$section"
current=$(sed -n '/<!-- packages -->/,/<!-- \/packages -->/p' "$readme" | sed '1d;$d')
if [ "$mode" = --fix ]; then
  awk -v file="$section" '
    /<!-- packages -->/ { print; while ((getline line < file) > 0) print line; skip = 1; next }
    /<!-- \/packages -->/ { skip = 0 }
    !skip { print }' "$readme" >"$readme.tmp" && mv "$readme.tmp" "$readme"
  exit 0
fi
if [ "$current" != "$(cat "$section")" ]; then
  echo "README package section differs from goro packages (- README, + registry):"
  diff <(echo "$current") "$section"
  echo "regenerate it with: tests/cli/readme-packages.sh build/goro README.md --fix"
  exit 1
fi

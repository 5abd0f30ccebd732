#!/usr/bin/env bash
# The README's package list is exactly what `goro packages` reports.
set -u
goro=$1
readme=$2
want=$("$goro" packages | grep -v '^ ' | tr '\n' ' ')
got=$(sed -n '/<!-- packages -->/,/<!-- \/packages -->/p' "$readme" | grep -v '<!--' | tr -d '`,' | tr ' ' '\n' | grep -v '^$' | tr '\n' ' ')
if [ "$want" != "$got" ]; then
  echo "README package list differs from goro packages:"
  echo "  README:   $got"
  echo "  registry: $want"
  exit 1
fi

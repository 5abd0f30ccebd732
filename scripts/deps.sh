#!/usr/bin/env bash
# Installs the Debian 12 packages goro needs to build and test, if any are missing.
set -eu
packages=(g++ cmake make pkg-config antlr4 libantlr4-runtime-dev uuid-dev
          libboost-context-dev libgc-dev doctest-dev libedit-dev golang-1.19-src)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" != 0 ] && sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"

#!/usr/bin/env bash
# Installs the programs a test project needs, from Debian's packages, before its tests run.
# Called by `dotnet test` (tests/Directory.Build.targets) with the project's <TestPrerequisite> items:
#   eng/test-prerequisites.sh PROGRAM=DEBIAN_PACKAGE[=WHY] ...
# A program already on PATH is left alone. Where nothing can be installed (not root and no password-less sudo,
# no apt-get, or the package source refuses), it stops with the exact command to run by hand.
set -uo pipefail

# The programs still missing, with their packages (a removed package's leftover configuration does not count).
find_missing() {
  missing_programs=()
  missing_packages=()
  for spec in "$@"; do
    IFS='=' read -r program package why <<<"$spec"
    command -v "$program" >/dev/null 2>&1 && continue
    missing_programs+=("$program${why:+ ($why)}")
    missing_packages+=("$package")
  done
  needed=$(IFS=,; echo "${missing_programs[*]}" | sed 's/,/, /g')
  by_hand="sudo apt-get update && sudo apt-get install -y ${missing_packages[*]}"
}
find_missing "$@"
[ ${#missing_packages[@]} -eq 0 ] && exit 0

stop() {
  echo "error: the tests need $needed, not installed here, and $1. Install by hand, then run dotnet test again: $by_hand" >&2
  exit 1
}

if [ "$(id -u)" -eq 0 ]; then as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root=(sudo -n)
else stop "installing it needs root or password-less sudo"; fi
command -v apt-get >/dev/null 2>&1 || stop "this machine has no apt-get"

# Test projects build and run side by side: one installer at a time, and the second finds the work done.
exec 9>"${TMPDIR:-/tmp}/people-graph-test-prerequisites.lock"
flock 9
find_missing "$@"
[ ${#missing_packages[@]} -eq 0 ] && exit 0

echo "Installing what the tests need, from Debian's packages: $needed. Running: apt-get install -y ${missing_packages[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >/dev/null || stop "apt-get update failed (no package source reachable?)"
"${as_root[@]}" apt-get install -y -qq "${missing_packages[@]}" >/dev/null || stop "apt-get install failed"
echo "Installed: ${missing_packages[*]}"

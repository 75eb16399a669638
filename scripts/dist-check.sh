#!/usr/bin/env bash
# dist-check.sh: reproducibility check of `make dist`. Builds the packages twice, into two temporary folders, and
# compares their SHA-256 sums. COLD=1 runs the second build with an empty Go build cache (GOCACHE in a fresh
# folder: every package, cgo included, compiled again; slow).
# Prints each run's time and the sums; exits 1 when they differ and says which files differ.
set -euo pipefail
cd "$(dirname "$0")/.."
a=$(mktemp -d) b=$(mktemp -d) cache=$(mktemp -d)
trap 'rm -rf "$a" "$b" "$cache"' EXIT
# One SOURCE_DATE_EPOCH for both runs, so a commit made meanwhile does not change it.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
t0=$(date +%s)
DIST="$a" scripts/dist.sh
t1=$(date +%s)
if [ "${COLD:-}" = 1 ]; then export GOCACHE="$cache"; fi
DIST="$b" scripts/dist.sh
t2=$(date +%s)
echo "dist-check: first run $((t1 - t0))s, second $((t2 - t1))s (COLD=${COLD:-0}: 1 = second run with an empty Go build cache)"
if diff "$a/SHA256SUMS" "$b/SHA256SUMS"; then
  echo "dist-check: reproducible:"; cat "$a/SHA256SUMS"
else
  echo "dist-check: the two builds differ (above)" >&2; exit 1
fi

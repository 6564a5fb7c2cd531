#!/usr/bin/env bash
# Builds (Release) and runs every benchmark; each prints its own figures.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DSKM_BUILD_GUI=OFF -DSKM_BUILD_TESTS=OFF
cmake --build build-release -j"$(nproc)"
for b in build-release/bench/bench_*; do
  [ -x "$b" ] || continue
  echo "== $(basename "$b") =="
  "$b"
done

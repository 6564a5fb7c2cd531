#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
scripts/install-deps.sh --test
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSKM_FUZZ=ON \
  -DSKM_BUILD_GUI=OFF -DSKM_BUILD_TESTS=ON -DSKM_BUILD_BENCH=OFF
targets=$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')
for t in $targets; do cmake --build build-fuzz -j"$(nproc)" --target "$t"; done
for t in $targets; do
  corpus="tests/fuzz/corpus/${t#fuzz_}"
  work="build-fuzz/corpus-${t#fuzz_}"
  mkdir -p "$work"
  echo "== $t for ${seconds}s (seed corpus $corpus) =="
  LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" UBSAN_OPTIONS="suppressions=$PWD/tests/ubsan.supp" "build-fuzz/tests/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 "$work" "$corpus" models/examples
done
echo "fuzz.sh: no crash in ${seconds}s per target"

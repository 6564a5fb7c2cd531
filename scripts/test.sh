#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the normal build, then the
# AddressSanitizer + UndefinedBehaviorSanitizer build (skip it with --no-sanitize).
set -euo pipefail
cd "$(dirname "$0")/.."
sanitize=1
for a in "$@"; do [ "$a" = "--no-sanitize" ] && sanitize=0; done

scripts/install-deps.sh --test
jobs=$(nproc)

echo "== build (RelWithDebInfo) =="
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSKM_BUILD_GUI=ON -DSKM_BUILD_TESTS=ON
cmake --build build -j"$jobs"
echo "== tests =="
ctest --test-dir build --output-on-failure -j"$jobs"

if [ $sanitize = 1 ]; then
  echo "== build (ASan + UBSan) =="
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DSKM_SANITIZE=ON -DSKM_BUILD_GUI=ON \
        -DSKM_BUILD_BENCH=OFF -DSKM_BUILD_TESTS=ON
  cmake --build build-asan -j"$jobs"
  echo "== tests under ASan + UBSan =="
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
fi
echo "test.sh: all tests passed"

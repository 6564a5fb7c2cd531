#!/usr/bin/env bash
# Builds (Release) and runs every benchmark; each prints its own figures.
#   scripts/bench.sh          the command-line benchmarks (bench/), GUI off
#   scripts/bench.sh --editor also builds the editor (GUI on, build-release-gui) and runs its
#                             --bench under xvfb-run on the county model and on the
#                             100,000-element model (SKM_BENCH_UNITS=25000 SKM_BENCH_FLOWS=75000)
set -euo pipefail
cd "$(dirname "$0")/.."
editor=0
for a in "$@"; do
  case "$a" in
    --editor) editor=1 ;;
    *) echo "usage: scripts/bench.sh [--editor]" >&2; exit 2 ;;
  esac
done
if [ "$editor" = 1 ]; then scripts/install-deps.sh --gui; else scripts/install-deps.sh; fi
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DSKM_BUILD_GUI=OFF -DSKM_BUILD_TESTS=OFF
cmake --build build-release -j"$(nproc)"
for b in build-release/bench/bench_*; do
  [ -x "$b" ] || continue
  echo "== $(basename "$b") =="
  "$b"
done

[ "$editor" = 1 ] || exit 0
# The editor benchmark: the real editor under a virtual X server (Mesa software rendering).
cmake -S . -B build-release-gui -DCMAKE_BUILD_TYPE=Release -DSKM_BUILD_GUI=ON -DSKM_BUILD_TESTS=OFF
cmake --build build-release-gui -j"$(nproc)" --target samverkanskartan
editor_bin=build-release-gui/modeller/gui/samverkanskartan
# The run's settings.ini stays out of the user's own.
export XDG_CONFIG_HOME="${TMPDIR:-/tmp}/skm-bench-config" XDG_STATE_HOME="${TMPDIR:-/tmp}/skm-bench-state"
echo "== samverkanskartan --bench (county) =="
xvfb-run -a -s "-screen 0 1600x900x24" "$editor_bin" --bench
echo "== samverkanskartan --bench (100,000 elements) =="
SKM_BENCH_UNITS=25000 SKM_BENCH_FLOWS=75000 \
  xvfb-run -a -s "-screen 0 1600x900x24" "$editor_bin" --bench

#!/usr/bin/env bash
# Installs what is missing, builds, and opens the editor on a bundled example model.
# Usage: scripts/run.sh [MODEL.json]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --gui
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSKM_BUILD_GUI=ON
# Only what runs here (the editor, its layout worker, the command line), not the test suites
# and benchmarks: a newcomer waits for the program, not for ~13 minutes of tests compiling.
cmake --build build -j"$(nproc)" --target samverkanskartan modeller skm-layout-worker
model="${1:-models/examples/ostermalm_bus_2007.json}"
if [ -x build/modeller/gui/samverkanskartan ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec build/modeller/gui/samverkanskartan "$model"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the editor cannot open."
  echo "        Under a virtual display: xvfb-run -a -s '-screen 0 1600x900x24' build/modeller/gui/samverkanskartan $model"
  echo "        Here is the model on the command line instead:"
fi
build/modeller/modeller info "$model"

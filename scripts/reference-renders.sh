#!/usr/bin/env bash
# Refreshes the reference renders in docs/images from the bundled Östermalm example: each view
# as it prints on A4 landscape (first page of a split map), at 110 dpi for the docs.
# Usage: scripts/reference-renders.sh [BUILD_DIR]   (default build)
set -euo pipefail
cd "$(dirname "$0")/.."
modeller="${1:-build}/modeller/modeller"
model=models/examples/ostermalm_bus_2007.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for view in structure handoffs escalation process:P-ANMALAN; do
  name="ostermalm_bus_2007-${view/:/-}"
  "$modeller" export "$model" --view "$view" --paper a4 --dpi 110 -o "$tmp/$name.png" >/dev/null
  if [[ -f "$tmp/$name.png" ]]; then cp "$tmp/$name.png" "docs/images/$name.png"
  else cp "$tmp/$name-1.png" "docs/images/$name.png"; fi
  echo "docs/images/$name.png"
done

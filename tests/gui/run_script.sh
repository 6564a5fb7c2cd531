#!/bin/sh
# Runs the editor on a test script in an isolated directory: its own settings (XDG_CONFIG_HOME),
# recovery files (XDG_STATE_HOME) and a copy of a bundled example, so no test touches the
# repository or the user's files. Run it inside an X server (ctest wraps it in xvfb-run).
# Usage: run_script.sh EDITOR SCRIPT WORKDIR [EXAMPLE]
set -eu
editor=$1 script=$2 work=$3
example=${4:-goteborg_vastbus_2015}
rm -rf "$work"
mkdir -p "$work/config" "$work/state"
cp "$SKM_SOURCE_DIR/models/examples/$example.json" "$work/karta.json"
export WORK="$work" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
export SKM_NO_NATIVE_DIALOG=1 USER=testare
exec "$editor" --test-script "$script"

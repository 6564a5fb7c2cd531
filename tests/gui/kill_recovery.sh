#!/bin/sh
# Crash recovery: the editor is killed with SIGKILL while it holds unsaved edits; the next start
# must offer the autosaved version and recover the edits, and the user's file must be untouched.
# Usage (inside an X server): kill_recovery.sh EDITOR SCRIPT_DIR WORKDIR
set -eu
editor=$1 scripts=$2 work=$3
rm -rf "$work"
mkdir -p "$work/config" "$work/state"
cp "$SKM_SOURCE_DIR/models/examples/goteborg_vastbus_2015.json" "$work/karta.json"
cp "$work/karta.json" "$work/original.json"
export WORK="$work" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
export SKM_NO_NATIVE_DIALOG=1 SKM_AUTOSAVE_SECONDS=1 USER=testare

"$editor" "$work/karta.json" --test-script "$scripts/kill_edit.txt" &
pid=$!
# Wait for the autosave (the script hangs after its edit, as a crashed editor would).
i=0
while [ -z "$(ls "$work/state/samverkanskartan/recovery" 2>/dev/null)" ]; do
    i=$((i + 1))
    if [ $i -gt 600 ]; then
        echo "no recovery file was written" >&2
        kill -9 $pid
        exit 1
    fi
    if ! kill -0 $pid 2>/dev/null; then
        echo "the editor ended before it was killed" >&2
        exit 1
    fi
    sleep 0.1
done
sleep 0.3
kill -9 $pid
wait $pid 2>/dev/null || true
if ! cmp -s "$work/karta.json" "$work/original.json"; then
    echo "the user's file was changed without a save" >&2
    exit 1
fi
"$editor" "$work/karta.json" --test-script "$scripts/kill_recover.txt"

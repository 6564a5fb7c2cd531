#!/bin/sh
# SIGTERM (and SIGHUP) with unsaved edits (issue 11 §3): the editor makes a final autosave before
# it ends, although its autosave interval has not passed; the next start offers the edit back.
# Usage (inside an X server): sigterm_recovery.sh EDITOR SCRIPT_DIR WORKDIR [SIGNAL]
set -eu
editor=$1 scripts=$2 work=$3 sig=${4:-TERM}
rm -rf "$work"
mkdir -p "$work/config" "$work/state"
cp "$SKM_SOURCE_DIR/models/examples/goteborg_vastbus_2015.json" "$work/karta.json"
cp "$work/karta.json" "$work/original.json"
export WORK="$work" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
# Ten minutes: only the final autosave can have written the recovery file.
export SKM_NO_NATIVE_DIALOG=1 SKM_AUTOSAVE_SECONDS=600 USER=testare

"$editor" "$work/karta.json" --test-script "$scripts/kill_edit.txt" 2> "$work/stderr.txt" &
pid=$!
i=0
while ! grep -q "script: hanging" "$work/stderr.txt" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -gt 600 ] || ! kill -0 $pid 2>/dev/null; then
        echo "the editor did not reach its edit" >&2
        cat "$work/stderr.txt" >&2
        kill -9 $pid 2>/dev/null || true
        exit 1
    fi
    sleep 0.1
done
if [ -n "$(ls "$work/state/samverkanskartan/recovery" 2>/dev/null)" ]; then
    echo "a recovery file exists before the signal: the test proves nothing" >&2
    kill -9 $pid
    exit 1
fi
kill -$sig $pid
status=0
wait $pid || status=$?
if [ -z "$(ls "$work/state/samverkanskartan/recovery" 2>/dev/null)" ]; then
    echo "no final autosave on SIG$sig (exit $status)" >&2
    exit 1
fi
if ! cmp -s "$work/karta.json" "$work/original.json"; then
    echo "the user's file was changed without a save" >&2
    exit 1
fi
"$editor" "$work/karta.json" --test-script "$scripts/kill_recover.txt"

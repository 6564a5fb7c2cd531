#!/bin/sh
# A file replaced on disk while open (issue 11 §1): the editor holds an unsaved edit, the file is
# replaced by another version, and the editor's save must not overwrite it.
# Usage (inside an X server): changed_on_disk.sh EDITOR SCRIPT_DIR WORKDIR
set -eu
editor=$1 scripts=$2 work=$3
rm -rf "$work"
mkdir -p "$work/config" "$work/state"
cp "$SKM_SOURCE_DIR/models/examples/goteborg_vastbus_2015.json" "$work/karta.json"
export WORK="$work" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
export SKM_NO_NATIVE_DIALOG=1 SKM_AUTOSAVE_SECONDS=1 USER=testare

"$editor" "$work/karta.json" --test-script "$scripts/changed_edit.txt" &
pid=$!
# The autosave shows that the edit has been made; then the file changes under the editor.
i=0
while [ -z "$(ls "$work/state/samverkanskartan/recovery" 2>/dev/null)" ]; do
    i=$((i + 1))
    if [ $i -gt 600 ] || ! kill -0 $pid 2>/dev/null; then
        echo "the editor made no edit (no recovery file)" >&2
        kill -9 $pid 2>/dev/null || true
        exit 1
    fi
    sleep 0.1
done
sed 's/Västbus lokal styrgrupp/Kollegans namn på styrgruppen/' "$work/karta.json" > "$work/other.json"
cp "$work/other.json" "$work/incoming.json"
mv "$work/incoming.json" "$work/karta.json" # replaced by rename, as git and editors do
status=0
wait $pid || status=$?
if [ $status -ne 0 ]; then
    echo "the editor's script failed (exit $status)" >&2
    exit 1
fi
if ! cmp -s "$work/karta.json" "$work/other.json"; then
    echo "the editor overwrote the version changed on disk" >&2
    exit 1
fi
echo "changed_on_disk: the other version was kept"

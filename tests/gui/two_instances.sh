#!/bin/sh
# Two editors on one map (issue 11 §1): the second is told that the first has it open (user and
# host from the lock file), and the first editor's lock survives the second one closing.
# Usage (inside an X server): two_instances.sh EDITOR SCRIPT_DIR WORKDIR
set -eu
editor=$1 scripts=$2 work=$3
rm -rf "$work"
mkdir -p "$work/config" "$work/state"
cp "$SKM_SOURCE_DIR/models/examples/goteborg_vastbus_2015.json" "$work/karta.json"
export WORK="$work" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
export SKM_NO_NATIVE_DIALOG=1

USER=anna "$editor" "$work/karta.json" --test-script "$scripts/kill_edit.txt" 2> "$work/first.txt" &
first=$!
i=0
while ! grep -q "script: hanging" "$work/first.txt" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -gt 600 ] || ! kill -0 $first 2>/dev/null; then
        echo "the first editor did not open the map" >&2
        kill -9 $first 2>/dev/null || true
        exit 1
    fi
    sleep 0.1
done
lock="$work/.karta.json.skm-lock"
if ! grep -q "user=anna" "$lock"; then
    echo "the first editor wrote no lock naming its user" >&2
    kill -9 $first
    exit 1
fi
status=0
USER=bo "$editor" "$work/karta.json" --test-script "$scripts/second_instance.txt" || status=$?
still=0
grep -q "user=anna" "$lock" && still=1
kill -TERM $first
wait $first 2>/dev/null || true
if [ $status -ne 0 ]; then
    echo "the second editor was not told (exit $status)" >&2
    exit 1
fi
if [ $still -ne 1 ]; then
    echo "the second editor removed the first editor's lock" >&2
    exit 1
fi
if [ -e "$lock" ]; then
    echo "the first editor left its lock behind after SIGTERM" >&2
    exit 1
fi
echo "two_instances: the second editor was told; locks kept and released correctly"

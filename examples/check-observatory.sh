#!/bin/sh
# check-observatory.sh SAMPLES_DIR PROGRAM [ARGS...]
#
# Runs the store example as PROGRAM [ARGS...] TMPDIR/obs.ptcestore SAMPLES_DIR
# and fails unless it exits 0 and prints what the store holds and reads
# back: two submissions, Le Damier as known at each date, from the right one,
# and the change of stage between them.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

# Every way out ends in exec, as in check-example.sh (valgrind setup).
finish() {
  rm -rf "$tmp"
  if [ "$1" -eq 0 ]; then exec true; else exec false; fi
}

samples=$1
shift
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ptce-observatory-XXXXXX")
trap 'rm -rf "$tmp"' INT TERM

status=0
"$@" "$tmp/obs.ptcestore" "$samples" >"$tmp/stdout" || status=$?
cat "$tmp/stdout"
if [ "$status" -ne 0 ]; then
  echo "FAIL: exit status $status" >&2
  finish 1
fi

expected='submission 1: 3 poles from CRESS
submission 2: 1 pole from the pole
Le Damier as known in 2023-12: submission 1 (CRESS), stage on 2024-07-01: unknown
Le Damier as known in 2024-12: submission 2 (the pole), stage on 2024-07-01: consolidation
changed from 1 to 2: stage - -> consolidation'
if [ "$(cat "$tmp/stdout")" != "$expected" ]; then
  echo "FAIL: expected exactly:" >&2
  echo "$expected" >&2
  finish 1
fi
echo "ok: the store's example printed what it holds"
finish 0

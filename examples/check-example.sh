#!/bin/sh
# check-example.sh SAMPLE PROGRAM [ARGS...]
#
# Runs one example program (C, Python, GJS or Vala) as
#   PROGRAM [ARGS...] SAMPLE 2015-01-01 TMPDIR/tiny.json
# and fails unless it exits 0, prints the lines every example must print for
# data/samples/ptce-samples.json on 1 January 2015, and leaves a ptce/1 file.
# The four examples share these lines: they must agree with each other.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

# `meson test --setup valgrind` runs this script itself under memcheck, which
# then reports the shell's own leaks at exit. Every way out therefore ends in
# exec: memcheck stops following the process there, and the program under
# test is checked by its own test (bindings-c, bindings-vala) instead.
finish() {
  rm -rf "$tmp"
  if [ "$1" -eq 0 ]; then exec true; else exec false; fi
}

sample=$1
shift
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ptce-example-XXXXXX")
trap 'rm -rf "$tmp"' INT TERM

status=0
"$@" "$sample" 2015-01-01 "$tmp/tiny.json" >"$tmp/stdout" || status=$?
cat "$tmp/stdout"
if [ "$status" -ne 0 ]; then
  echo "FAIL: exit status $status" >&2
  finish 1
fi

missing=0
while IFS= read -r line; do
  if ! grep -qxF -- "$line" "$tmp/stdout"; then
    echo "FAIL: missing line: '$line'" >&2
    missing=1
  fi
done <<EXPECTED
Le PHARES (phares): 8 members on 2015-01-01
  - Halage
  - Études et Chantiers Île-de-France
  - La Cité PHARES
  cooperation batiment-partage: mutualisation, shared-premises, 7 participants
  cooperation bail-commercial: partenariat, shared-premises, 2 participants
  cooperation reponses-marches-publics: cooperation, joint-tender, 0 participants
Le Damier (le-damier): 1 members on 2015-01-01
  - Le Damier
PTCE Sud Aquitaine (sud-aquitaine): 1 members on 2015-01-01
  - Comité de bassin d'emploi du Seignanx
saved 1 pole and 2 actors to $tmp/tiny.json
EXPECTED
[ "$missing" -eq 0 ] || finish 1

if ! grep -q '"format" *: *"ptce/1"' "$tmp/tiny.json"; then
  echo "FAIL: $tmp/tiny.json is not a ptce/1 file" >&2
  finish 1
fi
if ! grep -q '"local-partage"' "$tmp/tiny.json"; then
  echo "FAIL: the tiny dataset lost its cooperation" >&2
  finish 1
fi
echo "ok: output and saved file checked"
finish 0

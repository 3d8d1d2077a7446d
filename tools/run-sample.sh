#!/bin/bash
# tools/run-sample.sh: on a fresh Debian 12, install what is missing, build
# libptce and the ptce tool, and summarise the sample poles:
#
#   ptce summary data/samples/ptce-samples.json [ARGUMENTS…]
#
# Arguments go to `ptce summary` (e.g. --date 2020-01-01). Build dir:
# $PTCE_BUILDDIR, by default _build-sample (a build dir of its own: its
# options, no tests, must not change a developer's _build). LANGUAGE=fr
# gives the French summary.
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=tools/deps.sh
. "$srcdir/tools/deps.sh"

ptce_ensure_packages
builddir=${PTCE_BUILDDIR:-$srcdir/_build-sample}
echo "run-sample.sh: building libptce and ptce in $builddir…" >&2
ptce_configure "$builddir" -Dtests=false -Dexamples=false >/dev/null ||
  { echo "run-sample.sh: meson setup failed; see $builddir/meson-logs/meson-log.txt" >&2; exit 1; }
ninja -C "$builddir" >/dev/null ||
  { echo "run-sample.sh: the build failed; run: ninja -C $builddir" >&2; exit 1; }

# The catalogues of the build tree, as the tests use them.
PTCE_LOCALEDIR="$builddir/po" exec "$builddir/tools/ptce" summary \
  "$srcdir/data/samples/ptce-samples.json" "$@"

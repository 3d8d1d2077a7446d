#!/bin/sh
# with-cog-source.sh TSV DIR COMMAND [ARGUMENTS…]
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Runs COMMAND with PTCE_COG_SOURCE_DIR set to the data/ folder of the npm
# package that the committed geography TSV was converted from. The package
# and the integrity of its tarball are read from the TSV's own header, so
# the test always compares against the very source of the embedded data.
# When DIR does not hold the package yet, it is fetched with `npm pack`
# (CI has the npm registry). If it cannot be fetched, or its integrity is
# not the recorded one, this FAILS: a test of the data that silently
# skipped would prove nothing.
set -eu

tsv=$1
dir=$2
shift 2

bail () {
  # TAP: meson shows the reason; the status makes the test fail.
  echo "Bail out! $*"
  exit 1
}

spec=$(sed -n 's/^source	npm package \([^ ]*\) .*/\1/p' "$tsv")
integrity=$(sed -n 's/^source-integrity	//p' "$tsv")
[ -n "$spec" ] && [ -n "$integrity" ] || bail "$tsv does not say which npm package it comes from"

# A stamp records which tarball DIR holds: a new vintage fetches its own.
if [ ! -f "$dir/package/data/communes.json" ] || [ "$(cat "$dir/integrity" 2>/dev/null)" != "$integrity" ]; then
  command -v npm >/dev/null 2>&1 || bail "npm is not installed: cannot fetch $spec to compare the embedded geography with it"
  tmp="$dir.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  trap 'rm -rf "$tmp"' EXIT
  if ! (cd "$tmp" && npm pack --silent --json "$spec" > pack.json 2> pack.err); then
    bail "npm pack $spec failed: $(tr '\n' ' ' < "$tmp/pack.err")"
  fi
  got=$(node -e 'const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(p[0].integrity)' "$tmp/pack.json") \
    || bail "cannot read the output of npm pack"
  [ "$got" = "$integrity" ] || bail "$spec has integrity $got, but the geography was converted from $integrity"
  tar -xzf "$tmp"/*.tgz -C "$tmp"
  echo "$integrity" > "$tmp/integrity"
  rm -rf "$dir"
  mkdir -p "$(dirname "$dir")"
  mv "$tmp" "$dir"
  trap - EXIT
fi

PTCE_COG_SOURCE_DIR="$dir/package/data"
export PTCE_COG_SOURCE_DIR
exec "$@"

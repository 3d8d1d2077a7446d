#!/bin/bash
# tools/run-tests.sh: the whole test suite of libptce, from a fresh Debian 12.
#
#   tools/run-tests.sh [PHASE…]      (default: every phase of PHASES)
#   tools/run-tests.sh deb           (the Debian packages: not a default phase)
#
# Each phase is a function phase_<name> below. A phase that runs tests does
# it through `ptce_meson_test PHASE BUILDDIR [meson test options…]`, which
# records the meson test log (testlog.json, or testlog-<setup>.json) in
# $PTCE_BUILD_ROOT/testlogs.tsv; every phase's exit status and duration go
# to $PTCE_BUILD_ROOT/phases.tsv. tools/test-tally.py turns both into the
# final tally, printed at the end and by .ci/run.
#
# To add a phase (sanitizers, valgrind, fuzzing…): write phase_<name>, give
# it its own build dir under $PTCE_BUILD_ROOT (or a test setup of an
# existing one), and add <name> to PHASES.
#
# Build dirs live under $PTCE_BUILD_ROOT, by default _build-tests/.
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

srcdir=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=tools/deps.sh
. "$srcdir/tools/deps.sh"

PTCE_BUILD_ROOT=${PTCE_BUILD_ROOT:-$srcdir/_build-tests}
PHASES="deps build test docs asan valgrind fuzz reliability"
# Phases that run only when named: deb builds the Debian packages and installs
# them in a fresh chroot (minutes of CPU and a Debian mirror), too slow for CI.
EXTRA_PHASES="deb"

# ---------------------------------------------------------------------------
# Helpers

# ptce_meson_test PHASE BUILDDIR [OPTIONS…]: meson test, its log recorded.
ptce_meson_test () {
  local phase=$1 builddir=$2 log=testlog.json prev=
  shift 2
  for arg in "$@"; do
    case $prev in --setup) log=testlog-$arg.json ;; esac
    case $arg in --setup=*) log=testlog-${arg#--setup=}.json ;; esac
    prev=$arg
  done
  rm -f "$builddir/meson-logs/$log"
  printf '%s\t%s\n' "$phase" "$builddir/meson-logs/$log" >> "$PTCE_BUILD_ROOT/testlogs.tsv"
  meson test -C "$builddir" --print-errorlogs "$@"
}

# ptce_build BUILDDIR [MESON OPTIONS…]: configure, then build as much as
# builds (-k 0: one broken test program does not hide the others' results).
ptce_build () {
  local builddir=$1
  shift
  ptce_configure "$builddir" "$@" || return 1
  ninja -C "$builddir" -k 0
}

run_phase () {
  local name=$1 start status
  if ! declare -F "phase_$name" >/dev/null; then
    echo "run-tests.sh: no phase \"$name\" (phases: $PHASES $EXTRA_PHASES)" >&2
    printf '%s\t%s\t%s\n' "$name" 127 0 >> "$PTCE_BUILD_ROOT/phases.tsv"
    return 127
  fi
  echo
  echo "=== phase $name ==="
  start=$(date +%s)
  "phase_$name"
  status=$?
  printf '%s\t%s\t%s\n' "$name" "$status" "$(( $(date +%s) - start ))" >> "$PTCE_BUILD_ROOT/phases.tsv"
  echo "=== phase $name: exit status $status, $(( $(date +%s) - start )) s ==="
  return "$status"
}

# ---------------------------------------------------------------------------
# Phases

# The Debian packages of tools/debian-packages.txt, tests included.
phase_deps () {
  ptce_ensure_packages tests
}

# The library, the tool, the bindings and every test program, installed
# under /usr so that the install test also checks the default search paths.
phase_build () {
  ptce_build "$PTCE_BUILD_ROOT/main" --prefix=/usr -Dgtk_doc=false
}

# Every suite of the main build.
phase_test () {
  ptce_meson_test test "$PTCE_BUILD_ROOT/main" --no-rebuild
}

# The API reference in a build dir of its own (gtk-doc rebuilds on every
# ninja, toolchain notes pitfall 10), then gtkdoc-check (suite docs).
# Only the library and the reference are built there (no GIR, no tests).
phase_docs () {
  local builddir=$PTCE_BUILD_ROOT/docs
  ptce_configure "$builddir" -Dgtk_doc=true -Dtests=false -Dexamples=false \
    -Dintrospection=disabled -Dvapi=disabled || return 1
  ninja -C "$builddir" libptce-doc || return 1
  ptce_meson_test docs "$builddir" --no-rebuild --suite docs
}

# ---------------------------------------------------------------------------
# Reliability phases (docs/reliability.md)

# The whole suite, Python and GJS included, in a tree built with gcc's
# AddressSanitizer and UndefinedBehaviorSanitizer. tests/meson.build
# preloads libasan for the interpreters; UBSan halts on its first report
# (test_env); no gtk-doc here (toolchain notes, pitfall 19).
phase_asan () {
  local status=0
  ptce_build "$PTCE_BUILD_ROOT/asan" --prefix=/usr -Dgtk_doc=false \
    -Db_sanitize=address,undefined || status=1
  [ -f "$PTCE_BUILD_ROOT/asan/build.ninja" ] || return 1
  ptce_meson_test asan "$PTCE_BUILD_ROOT/asan" --no-rebuild || status=1
  return "$status"
}

# The compiled tests of the main build (C and Vala programs, not the
# Python, GJS or script ones) under valgrind memcheck, through the
# 'valgrind' test setup of meson.build: no error, no definite leak.
phase_valgrind () {
  local builddir=$PTCE_BUILD_ROOT/main names
  names=$(/usr/bin/python3 "$srcdir/tools/compiled-tests.py" "$builddir") || return 1
  [ -n "$names" ] || { echo "run-tests.sh: no compiled test in $builddir" >&2; return 1; }
  # shellcheck disable=SC2086
  ptce_meson_test valgrind "$builddir" --no-rebuild --setup valgrind $names
}

# The libFuzzer harnesses of tests/fuzz/ in a clang tree with ASan+UBSan:
# each runs PTCE_FUZZ_SECONDS (default 45) in the 'fuzz-run' suite and
# fails on any crash, leak, hang or sanitizer report; 'fuzz-replay' feeds
# each harness its seeds and the crash regressions.
phase_fuzz () {
  local status=0
  # CXX too: the simdjson reader is C++, so the harnesses link with the C++
  # driver, which must be clang's to know -fsanitize=fuzzer
  CC=clang CXX=clang++ ptce_build "$PTCE_BUILD_ROOT/fuzz" -Dfuzzing=true -Dintrospection=disabled \
    -Dvapi=disabled -Dgtk_doc=false -Dexamples=false \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args="-fsanitize=fuzzer-no-link -fno-sanitize-recover=all" \
    -Dcpp_args="-fsanitize=fuzzer-no-link -fno-sanitize-recover=all" || status=1
  [ -f "$PTCE_BUILD_ROOT/fuzz/build.ninja" ] || return 1
  # clang maps its source files: one rewritten during the build (a work tree
  # in use) crashes it with SIGBUS. A second pass rebuilds only what failed,
  # so a real error still fails here.
  if [ "$status" -ne 0 ]; then
    echo "run-tests.sh: the fuzz build failed; building once more to tell a real error"
    ninja -C "$PTCE_BUILD_ROOT/fuzz" -k 0 && status=0
  fi
  ptce_meson_test fuzz "$PTCE_BUILD_ROOT/fuzz" --no-rebuild --num-processes 2 \
    --suite fuzz-run --suite fuzz-replay || status=1
  return "$status"
}

# The figures of docs/reliability.md, from the logs of the phases above:
# printed, and written to $PTCE_BUILD_ROOT/reliability-report.md.
phase_reliability () {
  /usr/bin/python3 "$srcdir/tools/reliability-report.py" --source "$srcdir" \
    --output "$PTCE_BUILD_ROOT/reliability-report.md" \
    --tree "gcc=$PTCE_BUILD_ROOT/main" \
    --tree "asan=$PTCE_BUILD_ROOT/asan" \
    --tree "valgrind=$PTCE_BUILD_ROOT/main:valgrind" \
    --tree "fuzz=$PTCE_BUILD_ROOT/fuzz"
}

# ---------------------------------------------------------------------------
# Packaging (README.md, "Debian packages")

# Not in PHASES (CI does not run it): `tools/run-tests.sh deb`, as root, when
# debian/, the install layout or the dependencies change. It installs the
# packages marked "deb" in tools/debian-packages.txt first.
# The Debian packages: dpkg-buildpackage -us -uc -b of a copy of the tree,
# lintian, and an install test in a fresh Debian 12 chroot (cached under
# /var/cache/libptce): `ptce check`, Python, GJS and a C program built with
# pkg-config, against the installed packages only. One result per step in
# deb/testlog.json (tools/deb-check.sh).
phase_deb () {
  ptce_ensure_packages deb || return 1
  printf '%s\t%s\n' deb "$PTCE_BUILD_ROOT/deb/testlog.json" >> "$PTCE_BUILD_ROOT/testlogs.tsv"
  "$srcdir/tools/deb-check.sh" "$PTCE_BUILD_ROOT/deb"
}

# ---------------------------------------------------------------------------

mkdir -p "$PTCE_BUILD_ROOT"
: > "$PTCE_BUILD_ROOT/phases.tsv"
: > "$PTCE_BUILD_ROOT/testlogs.tsv"

if [ $# -gt 0 ]; then
  PHASES="$*"
fi
# Without the packages nothing else can run.
case " $PHASES " in
  *" deps "*) run_phase deps || { echo "run-tests.sh: installing the packages failed" >&2; exit 1; } ;;
esac
for phase in $PHASES; do
  [ "$phase" = deps ] && continue
  run_phase "$phase"
done

echo
echo "=== tally ==="
/usr/bin/python3 "$srcdir/tools/test-tally.py" "$PTCE_BUILD_ROOT"

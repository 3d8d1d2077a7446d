#!/bin/bash
# tools/deb-check.sh OUTDIR: the Debian packages of libptce, built, checked
# by lintian and installed into a fresh Debian 12 (tools/run-tests.sh,
# phase deb). As root: the install test needs chroot and mount.
#
#   build    a copy of the source tree (no .git, no build dir) is built with
#            `dpkg-buildpackage -us -uc -b` (debian/: debhelper, meson);
#            debian/libptce0.symbols makes an ABI change fail it
#   lintian  lintian on the .changes: fails on any error or warning that no
#            argued override in debian/*.lintian-overrides accepts
#   install  a copy of a cached Debian 12 (debootstrap minbase, plus only
#            the consumers' own tools: gcc, pkgconf, python3-gi, gjs) gets
#            the .debs with `apt-get install ./*.deb`, so that their
#            dependencies resolve from the Debian mirror; then, with nothing
#            from the source tree but the input sample and the consumers:
#   ptce-check, ptce-check-fr, python, gjs, c
#            `ptce check` on a sample (in English and in French, from the
#            installed catalogue), a Python and a GJS script importing Ptce
#            from the installed typelib and override, a C program compiled
#            with `pkg-config --cflags --libs libptce` (tests/deb/).
# Each step is one result in OUTDIR/testlog.json (the format of meson's
# test logs, read by tools/test-tally.py); the logs are in OUTDIR/*.log.
# The base trees are cached in $PTCE_CHROOT_CACHE (default
# /var/cache/libptce, shared with tools/bare-debian-ci.sh), outside the clone.
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

srcdir=$(cd "$(dirname "$0")/.." && pwd)
no_build=0
# --no-build: test the .debs already in OUTDIR (after a build by hand).
if [ "${1:-}" = --no-build ]; then no_build=1; shift; fi
out=${1:?usage: tools/deb-check.sh [--no-build] OUTDIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cache=${PTCE_CHROOT_CACHE:-/var/cache/libptce}
consumer_base=$cache/bookworm-deb-consumer
log_json=$out/testlog.json
: > "$log_json"
status=0

# record NAME OK|FAIL SECONDS LOGFILE
record () {
  /usr/bin/python3 - "$log_json" "$@" <<'EOF'
import json, sys
path, name, result, seconds, logfile = sys.argv[1:6]
try:
    with open(logfile, encoding='utf-8', errors='replace') as f:
        text = f.read()[-20000:]
except OSError:
    text = ''
with open(path, 'a', encoding='utf-8') as f:
    f.write(json.dumps({'name': 'libptce:deb / ' + name, 'result': result,
                        'duration': float(seconds), 'stdout': text}) + '\n')
EOF
  printf '%-14s %-4s %4ss  (%s)\n' "$1" "$2" "$3" "$4"
  [ "$2" = OK ] || status=1
}

# step NAME COMMAND…: runs COMMAND, its output in OUTDIR/NAME.log.
step () {
  local name=$1 start rc
  shift
  start=$(date +%s)
  "$@" > "$out/$name.log" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ]; then
    record "$name" OK "$(( $(date +%s) - start ))" "$out/$name.log"
  else
    record "$name" FAIL "$(( $(date +%s) - start ))" "$out/$name.log"
    tail -n 25 "$out/$name.log" | sed 's/^/    /'
  fi
  return "$rc"
}

fail_rest () {
  local name
  for name in "$@"; do
    echo "not run: an earlier step failed" > "$out/$name.log"
    record "$name" FAIL 0 "$out/$name.log"
  done
}

# --- build -------------------------------------------------------------
version=$(cd "$srcdir" && dpkg-parsechangelog -S Version)
pkgsrc=$out/libptce-$version

build () {
  local exclude=()
  rm -rf "$pkgsrc" "$out"/*.deb "$out"/*.changes "$out"/*.buildinfo "$out"/*.ddeb
  mkdir -p "$pkgsrc"
  # The build root when it is inside the tree (CI: _build-ci).
  case $out/ in "$srcdir"/*) exclude+=("--exclude=./${out#"$srcdir"/}") ;; esac
  tar -C "$srcdir" --exclude-vcs --exclude='./_build*' --exclude='./obj-*' \
    --exclude='./debian/.debhelper' --exclude='./debian/tmp' "${exclude[@]}" -cf - . |
    tar -C "$pkgsrc" -xf - || return 1
  (cd "$pkgsrc" && nice dpkg-buildpackage -us -uc -b) || return 1
  (cd "$pkgsrc" && debc)
}

run_lintian () {
  # --fail-on warning: errors and warnings fail; info and pedantic tags are
  # printed (-I) but do not. Overrides in debian/*.lintian-overrides.
  lintian -I --fail-on error,warning --tag-display-limit 0 "$out"/libptce_"${version}"_*.changes
}

# --- install test --------------------------------------------------------
consumer_tools="gcc libc6-dev pkgconf python3-gi gjs"

# in_chroot ROOT COMMAND: runs COMMAND (a shell line) in ROOT as root, with
# /proc and /dev in a private mount namespace, the .deb cache bound.
in_chroot () {
  unshare --mount --propagation private /bin/sh -ec '
    root=$1 archives=$2 cmd=$3
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
    mount -t tmpfs -o mode=1777 tmp "$root/tmp"
    mount --bind "$archives" "$root/var/cache/apt/archives"
    exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      DEBIAN_FRONTEND=noninteractive /bin/sh -ec "$cmd"
  ' in_chroot "$1" "$cache/apt-archives-deb" "$2"
}

# The consumers' Debian 12: debootstrap's minbase (tools/bare-debian-ci.sh
# builds and caches it) plus the consumers' tools, rebuilt weekly.
consumer_base () {
  if [ -f "$consumer_base/.ptce-complete" ] &&
     [ -z "$(find "$consumer_base/.ptce-complete" -mtime +7)" ] &&
     [ "$(cat "$consumer_base/.ptce-complete")" = "$consumer_tools" ]; then
    return 0
  fi
  "$srcdir/tools/bare-debian-ci.sh" --base-only || return 1
  rm -rf "$consumer_base"
  cp -a "$cache/bookworm-minbase" "$consumer_base" || return 1
  cp /etc/resolv.conf "$consumer_base/etc/resolv.conf"
  in_chroot "$consumer_base" "apt-get update -q && apt-get install -y -q --no-install-recommends $consumer_tools" ||
    return 1
  echo "$consumer_tools" > "$consumer_base/.ptce-complete"
}

root=
install_debs () {
  consumer_base || return 1
  root=$(mktemp -d "$cache/deb-test.XXXXXX") || return 1
  chmod 0755 "$root"
  cp -a "$consumer_base/." "$root/" || return 1
  mkdir -p "$root/srv/debs" "$root/srv/consumer"
  cp "$out"/*.deb "$root/srv/debs/"
  # The only files from the tree: the consumers and an input sample.
  cp "$srcdir"/tests/deb/consumer.c "$srcdir"/tests/deb/consumer.py "$srcdir"/tests/deb/consumer.js \
    "$srcdir"/data/samples/le-damier.json "$root/srv/consumer/"
  in_chroot "$root" 'cd /srv/debs && apt-get install -y -q --no-install-recommends ./*.deb &&
    dpkg-query -W "libptce*" gir1.2-ptce-1.0 ptce-tools'
}

ptce_check () {
  # 0: the definition is met, 1: the check ran and it is not; 2 an error.
  in_chroot "$root" 'cd /srv/consumer && rc=0; ptce check le-damier.json > out.txt || rc=$?
    cat out.txt; [ "$rc" -le 1 ] && grep -q "^Le Damier (le-damier), as of " out.txt'
}

ptce_check_fr () {
  in_chroot "$root" 'cd /srv/consumer && rc=0; LANGUAGE=fr ptce check le-damier.json > out.txt || rc=$?
    cat out.txt; [ "$rc" -le 1 ] && grep -q "^Le Damier (le-damier), au " out.txt'
}

python_consumer () {
  in_chroot "$root" 'cd /srv/consumer && python3 consumer.py le-damier.json'
}

gjs_consumer () {
  in_chroot "$root" 'cd /srv/consumer && gjs -m consumer.js le-damier.json'
}

c_consumer () {
  in_chroot "$root" 'cd /srv/consumer && echo "pkg-config: $(pkg-config --cflags --libs libptce)" &&
    gcc -Wall -Werror -o consumer consumer.c $(pkg-config --cflags --libs libptce) &&
    ldd consumer | grep libptce && ./consumer le-damier.json'
}

cleanup () {
  if [ -n "$root" ] && [ -d "$root" ] && [ "${PTCE_CHROOT_KEEP:-0}" != 1 ]; then
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT

if [ "$(id -u)" -ne 0 ]; then
  echo "deb-check: run as root (the install test needs chroot and mount)" > "$out/build.log"
  record build FAIL 0 "$out/build.log"
  exit 1
fi

mkdir -p "$cache/apt-archives-deb/partial"
if [ "$no_build" = 1 ]; then build () { (cd "$pkgsrc" 2>/dev/null || cd "$out" && ls "$out"/*.deb); }; fi
if step build build; then
  step lintian run_lintian
  if step install install_debs; then
    step ptce-check ptce_check
    step ptce-check-fr ptce_check_fr
    step python python_consumer
    step gjs gjs_consumer
    step c c_consumer
  else
    fail_rest ptce-check ptce-check-fr python gjs c
  fi
else
  fail_rest lintian install ptce-check ptce-check-fr python gjs c
fi
exit "$status"

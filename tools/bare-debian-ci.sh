#!/bin/bash
# tools/bare-debian-ci.sh: run .ci/run in a bare Debian 12, as CI does.
#
#   sudo tools/bare-debian-ci.sh [REVISION]      (default: main)
#   sudo tools/bare-debian-ci.sh --base-only     (only build the cached base)
#
# Builds once, with Debian's debootstrap, a minimal Debian 12 (bookworm,
# --variant=minbase: nothing but essential and required packages) under
# $PTCE_CHROOT_CACHE (default /var/cache/libptce, outside any clone), then
# for each run:
#   1. copies that pristine tree to a fresh directory (the base stays bare);
#   2. clones REVISION of this repository (committed work only, no build
#      directories, nothing untracked) to /root/libptce in it;
#   3. runs .ci/run there as root, in a private mount namespace with /proc,
#      /dev (and /dev/pts, /dev/shm) mounted: they vanish with the run;
#   4. prints the tally (the last line of .ci/run), keeps the whole log in
#      $PTCE_CHROOT_CACHE/logs/, removes the copy, exits as .ci/run did.
# So tools/debian-packages.txt is what gets installed, exactly as on CI.
#
# The Debian mirror is the one apt uses on this machine (the Debian entries
# of /etc/apt/sources.list and sources.list.d/), or PTCE_DEBIAN_MIRROR.
# Downloaded .debs are kept in $PTCE_CHROOT_CACHE/apt-archives-ci between runs
# (a cache of files, not of installed state). PTCE_CHROOT_KEEP=1 keeps the
# copy after the run (its path is printed) to look into a failure.
# Needs root (debootstrap, chroot, mount) and the packages debootstrap and
# git (tools/debian-packages.txt, "chroot"). Takes ~25 min on 2 cores.
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
base_only=0
if [ "${1:-}" = --base-only ]; then base_only=1; shift; fi
revision=${1:-main}
cache=${PTCE_CHROOT_CACHE:-/var/cache/libptce}
suite=bookworm
base=$cache/$suite-minbase

die () { echo "bare-debian-ci: $*" >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mount need it)"
command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
command -v unshare >/dev/null || die "unshare (util-linux) is not installed"
commit=$(git -C "$srcdir" rev-parse --verify "$revision^{commit}") ||
  die "no revision “$revision” in $srcdir"

# The Debian mirror and security mirror apt uses here: one-line entries
# (deb URI SUITE …) and deb822 ones (URIs:/Suites:).
apt_uri_for () {
  local want=$1
  {
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk -v s="$want" '$1 == "deb" { u = ""; for (i = 2; i <= NF; i++) { if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; continue } if (u == "") { u = $i; continue } if ($i == s) { print u; exit } break } }'
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      awk -v s="$want" 'BEGIN { RS = ""; FS = "\n" }
        { uri = ""; ok = 0; enabled = 1
          for (i = 1; i <= NF; i++) {
            if ($i ~ /^URIs:/) { split(substr($i, 6), a, " "); for (k in a) if (a[k] != "") { uri = a[k]; break } }
            if ($i ~ /^Suites:/) { n = split(substr($i, 8), b, " "); for (k = 1; k <= n; k++) if (b[k] == s) ok = 1 }
            if ($i ~ /^Enabled: *no/) enabled = 0 }
          if (ok && enabled && uri != "") { print uri; exit } }' "$f"
    done
  } | head -n 1
}
mirror=${PTCE_DEBIAN_MIRROR:-$(apt_uri_for "$suite")}
security=${PTCE_DEBIAN_SECURITY_MIRROR:-$(apt_uri_for "$suite-security")}
[ -n "$mirror" ] || die "no Debian $suite mirror in /etc/apt/sources.list*: set PTCE_DEBIAN_MIRROR"

mkdir -p "$cache/logs" "$cache/apt-archives/partial" "$cache/apt-archives-ci/partial"

# 1. The pristine base, built once.
if [ ! -f "$base/.ptce-complete" ]; then
  echo "bare-debian-ci: debootstrap --variant=minbase $suite from $mirror into $base"
  rm -rf "$base"
  debootstrap --variant=minbase --cache-dir="$cache/apt-archives" "$suite" "$base" "$mirror" ||
    die "debootstrap failed (see $base/debootstrap/debootstrap.log)"
  {
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    [ -z "$security" ] || echo "deb $security $suite-security main"
  } > "$base/etc/apt/sources.list"
  # The same leniency as this machine's apt about the dates of a mirror's
  # Release files (a snapshot mirror's have expired), nothing else.
  if apt-config dump | grep -q '^Acquire::Check-Valid-Until "false"'; then
    echo 'Acquire::Check-Valid-Until "false";' > "$base/etc/apt/apt.conf.d/90ptce-mirror"
  fi
  rm -f "$base"/var/cache/apt/archives/*.deb
  touch "$base/.ptce-complete"
fi
[ "$base_only" = 0 ] || exit 0

# 2. A fresh copy and the clone. The copy's root is 0755 like a real root
#    file system: a 0700 root would stop every process that is not root.
work=$(mktemp -d "$cache/run.XXXXXX")
chmod 0755 "$work"
cleanup () {
  if [ "${PTCE_CHROOT_KEEP:-0}" = 1 ]; then
    echo "bare-debian-ci: kept $work"
  else
    rm -rf --one-file-system "$work"
  fi
}
trap cleanup EXIT
cp -a "$base/." "$work/"
# This machine's network, as CI's own machine would have its own: its DNS
# resolver, and the certificate authorities it adds locally to Debian's
# (/usr/local/share/ca-certificates: a proxy that opens TLS, as in a
# sandbox, signs with one). Debian's ca-certificates, which npm depends on,
# adds them to the chroot's bundle when .ci/run installs it; without them
# `npm pack` and `npm ci` fail there with SELF_SIGNED_CERT_IN_CHAIN.
cp /etc/resolv.conf "$work/etc/resolv.conf"
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
  mkdir -p "$work/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$work/usr/local/share/ca-certificates/"
fi
git clone --quiet --no-hardlinks --no-checkout "$srcdir" "$work/root/libptce"
git -C "$work/root/libptce" checkout --quiet --detach "$commit"
rm -rf "$work/root/libptce/.git"   # a plain source tree: no git in a bare Debian

log=$cache/logs/$(date -u +%Y%m%dT%H%M%SZ)-$(git -C "$srcdir" rev-parse --short "$commit").log
echo "bare-debian-ci: .ci/run of $(git -C "$srcdir" log -1 --format='%h %s' "$commit")"
echo "bare-debian-ci: in a copy of $base ($work), log $log"

# 3. The run, in a mount namespace of its own: nothing stays mounted after.
start=$(date +%s)
set +e
unshare --mount --propagation private /bin/sh -ec '
  root=$1 archives=$2
  mount -t proc proc "$root/proc"
  mount --bind /dev "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"
  mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
  mount -t tmpfs -o mode=1777 tmp "$root/tmp"
  mount --bind "$archives" "$root/var/cache/apt/archives"
  exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "cd /root/libptce && .ci/run"
' bare-debian-ci "$work" "$cache/apt-archives-ci" > "$log" 2>&1
status=$?
set -e

# 4. The tally.
echo "bare-debian-ci: .ci/run exited with $status after $(( $(date +%s) - start )) s"
grep '^=== phase .*: exit status' "$log" || true
tail -n 1 "$log"
exit "$status"

# tools/deps.sh: the Debian packages libptce needs, sourced by
# tools/run-sample.sh and tools/run-tests.sh. The list itself is
# tools/debian-packages.txt (edit that file, not this one).
#
#   ptce_ensure_packages [tests|deb]
#
# installs what is missing (as root: apt-get update, then apt-get install
# -y --no-install-recommends); as another user it prints the exact command
# to run and exits 1. With "tests", the packages marked "tests" count too;
# with "deb" (tools/run-tests.sh phase deb, tools/bare-debian-ci.sh), those
# marked "tests" and "deb".
# SPDX-License-Identifier: LGPL-2.1-or-later

PTCE_PACKAGES_FILE=${PTCE_PACKAGES_FILE:-$(dirname "${BASH_SOURCE:-$0}")/debian-packages.txt}

# Prints the packages of the list, one a line, for "sample", "tests" or "deb".
ptce_packages () {
  want=${1:-sample}
  sed -e 's/#.*//' "$PTCE_PACKAGES_FILE" | while read -r pkg tag _rest; do
    [ -n "$pkg" ] || continue
    case $want:$tag in
      *:|tests:tests|deb:tests|deb:deb) echo "$pkg" ;;
    esac
  done
}

# Prints the packages of the list that are not installed. A name that an
# installed package Provides counts as installed, as it does for apt: e.g.
# nodesource's nodejs Provides (and Conflicts with) npm, so a machine with
# it has npm and must not be asked to install Debian's npm over it.
ptce_missing_packages () {
  provided=$(dpkg-query -W -f='${db:Status-Abbrev}\t${Provides}\n' 2>/dev/null |
    sed -n 's/^ii *\t//p' | tr ',' '\n' | sed -e 's/(.*)//' -e 's/^ *//' -e 's/ *$//' |
    sort -u)
  for pkg in $(ptce_packages "$@"); do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] && continue
    printf '%s\n' "$provided" | grep -qxF "$pkg" && continue
    echo "$pkg"
  done
}

ptce_ensure_packages () {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "This script installs its dependencies on Debian 12; install by hand:" >&2
    echo "  $(ptce_packages "$@" | tr '\n' ' ')" >&2
    exit 1
  fi
  missing=$(ptce_missing_packages "$@" | tr '\n' ' ')
  missing=${missing% }
  [ -n "$missing" ] || return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: $missing" >&2
    echo "Run as root, then run this script again:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends $missing" >&2
    exit 1
  fi
  echo "Installing the missing Debian packages: $missing"
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

# ptce_configure BUILDDIR [MESON OPTIONS…]: meson setup, or reconfigure a
# build dir that already exists (wiping one that cannot be reconfigured).
ptce_configure () {
  builddir=$1
  shift
  srcdir=$(cd "$(dirname "${BASH_SOURCE:-$0}")/.." && pwd)
  if [ -f "$builddir/meson-private/coredata.dat" ]; then
    meson setup --reconfigure "$builddir" "$srcdir" "$@" ||
      meson setup --wipe "$builddir" "$srcdir" "$@"
  else
    meson setup "$builddir" "$srcdir" "$@"
  fi
}

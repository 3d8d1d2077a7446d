# ptcetest.py: helpers shared by the `checks` and `install` test scripts.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import shlex
import subprocess
import sys
import tempfile


class Failure(Exception):
    pass


def run(cmd, check=True, env=None, cwd=None, input=None):
    """Runs cmd, capturing its output; raises Failure with the output when
    it fails and check is set."""
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, cwd=cwd, input=input,
                            universal_newlines=True)
    if check and result.returncode != 0:
        raise Failure('command failed (%d): %s\n%s%s' % (
            result.returncode, ' '.join(shlex.quote(c) for c in cmd),
            result.stdout, result.stderr))
    return result


def install_to_destdir(meson, builddir):
    """Installs the build tree into a new temporary DESTDIR and returns the
    TemporaryDirectory (its .name is the DESTDIR)."""
    tmp = tempfile.TemporaryDirectory(prefix='ptce-destdir-')
    run([meson, 'install', '-C', builddir, '--no-rebuild', '--quiet',
         '--destdir', tmp.name])
    return tmp


def under(destdir, path):
    """The location of the absolute install path `path` inside DESTDIR."""
    return os.path.join(destdir, path.lstrip('/'))


def pkg_config_flags(destdir, pcdir, package, *args):
    """`pkg-config ARGS package` for a package installed into DESTDIR.

    PKG_CONFIG_SYSROOT_DIR makes pkgconf put DESTDIR before every -I and -L
    path, the system's dependencies' too (gio, json-glib), which are not in
    DESTDIR: those paths are given back their system location. Paths of
    libptce itself must exist inside DESTDIR."""
    env = dict(os.environ,
               PKG_CONFIG_SYSROOT_DIR=destdir,
               PKG_CONFIG_PATH=under(destdir, pcdir))
    env.pop('PKG_CONFIG_LIBDIR', None)
    out = run(['pkg-config'] + list(args) + [package], env=env).stdout
    flags = []
    for flag in shlex.split(out):
        if flag[:2] in ('-I', '-L') and flag[2:].startswith(destdir) \
                and not os.path.exists(flag[2:]):
            flag = flag[:2] + flag[2 + len(destdir):]
        flags.append(flag)
    return flags


def main(tests):
    """Runs (name, function) pairs, printing TAP; exits 1 if one failed."""
    print('1..%d' % len(tests))
    failed = 0
    for i, (name, func) in enumerate(tests, 1):
        try:
            func()
        except Failure as e:
            failed += 1
            print('not ok %d - %s' % (i, name))
            # The details on stderr: meson shows it with --print-errorlogs.
            print('--- not ok %d - %s' % (i, name), file=sys.stderr)
            print(str(e), file=sys.stderr)
            sys.stderr.flush()
        else:
            print('ok %d - %s' % (i, name))
        sys.stdout.flush()
    sys.exit(1 if failed else 0)

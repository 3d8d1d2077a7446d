#!/usr/bin/python3
# check-headers.py: the public headers, as installed, work as users need.
#
#   check-headers.py --meson M --builddir B --prefix P --includedir I
#                    --libdir L --header NAME… -- CC…
#
# Installs the build into a temporary DESTDIR, then checks that
#  - exactly the expected headers are installed under include/libptce/
#    (every public one, no private one);
#  - <libptce/libptce.h> compiles alone, warning-free, and reaches every
#    installed header;
#  - each header compiles on its own when the umbrella lets it in
#    (self-contained, in any order);
#  - including a header directly fails with the "Only <libptce/libptce.h>"
#    #error.
# SPDX-License-Identifier: LGPL-2.1-or-later
import argparse
import concurrent.futures
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, install_to_destdir, main, pkg_config_flags, run, under  # noqa: E402

GUARD_MESSAGE = 'Only <libptce/libptce.h> can be included directly'

parser = argparse.ArgumentParser()
parser.add_argument('--meson', required=True)
parser.add_argument('--builddir', required=True)
parser.add_argument('--prefix', required=True)
parser.add_argument('--includedir', required=True)
parser.add_argument('--libdir', required=True)
parser.add_argument('--header', action='append', default=[])
parser.add_argument('cc', nargs='+')
args = parser.parse_args()

destdir_tmp = install_to_destdir(args.meson, args.builddir)
destdir = destdir_tmp.name
pcdir = os.path.join(args.prefix, args.libdir, 'pkgconfig')
incdir = under(destdir, os.path.join(args.prefix, args.includedir, 'libptce'))
workdir = tempfile.TemporaryDirectory(prefix='ptce-headers-')
flags = []


def compile_snippet(name, text, extra=('-fsyntax-only',)):
    path = os.path.join(workdir.name, name + '.c')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    return run(args.cc + ['-std=gnu11', '-Wall', '-Wextra', '-Werror',
                          '-Wno-unused-parameter', path] + list(extra) + flags,
               check=False)


def compile_each(prefix, template):
    """Compiles template % header for every installed header but the
    umbrella, in parallel; returns [(header, result)]."""
    headers = [h for h in installed_headers() if h != 'libptce.h']
    with concurrent.futures.ThreadPoolExecutor(2 * (os.cpu_count() or 2)) as pool:
        results = pool.map(lambda h: compile_snippet(prefix + h, template % h), headers)
        return list(zip(headers, results))


def installed_headers():
    return sorted(f for f in os.listdir(incdir) if f.endswith('.h'))


def test_installed_set():
    global flags
    flags = pkg_config_flags(destdir, pcdir, 'libptce', '--cflags')
    have = set(installed_headers())
    want = set(args.header)
    problems = []
    for h in sorted(want - have):
        problems.append('public header not installed: %s' % h)
    for h in sorted(have - want):
        problems.append('installed but not a public header: %s' % h)
    for h in sorted(have):
        if h.endswith('-private.h'):
            problems.append('private header installed: %s' % h)
    if problems:
        raise Failure('\n'.join(problems))


def test_umbrella():
    result = compile_snippet('umbrella', '#include <libptce/libptce.h>\n'
                             'int main (void) { return ptce_get_major_version () > 0 ? 0 : 1; }\n',
                             ['-c', '-o', os.path.join(workdir.name, 'umbrella.o'),
                              '-MD', '-MF', os.path.join(workdir.name, 'umbrella.d')])
    if result.returncode != 0:
        raise Failure('<libptce/libptce.h> does not compile alone:\n' + result.stderr)
    with open(os.path.join(workdir.name, 'umbrella.d'), encoding='utf-8') as f:
        deps = f.read().replace('\\\n', ' ').split()
    reached = {os.path.basename(d) for d in deps
               if os.path.dirname(os.path.realpath(d)) == os.path.realpath(incdir)}
    missing = [h for h in installed_headers() if h not in reached]
    if missing:
        raise Failure('not reached from <libptce/libptce.h>: ' + ', '.join(missing))


def test_self_contained():
    problems = []
    for h, result in compile_each('alone-', '#define PTCE_INSIDE\n#include <libptce/%s>\n'):
        if result.returncode != 0:
            problems.append('%s does not compile on its own:\n%s' % (h, result.stderr))
    if problems:
        raise Failure('\n'.join(problems))


def test_direct_include_fails():
    problems = []
    for h, result in compile_each('direct-', '#include <libptce/%s>\n'):
        if result.returncode == 0:
            problems.append('%s can be included directly: it needs the '
                            '"#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)" '
                            '#error guard' % h)
        elif GUARD_MESSAGE not in result.stderr:
            problems.append('%s fails, but not with the #error guard:\n%s' % (h, result.stderr))
    if problems:
        raise Failure('\n'.join(problems))


main([
    ('exactly the public headers are installed', test_installed_set),
    ('the umbrella header compiles alone and reaches every header', test_umbrella),
    ('each header is self-contained behind the umbrella', test_self_contained),
    ('including a header directly fails with the #error', test_direct_include_fails),
])

#!/usr/bin/python3
# check-install.py: `meson install --destdir` puts every artifact where its
# consumers find it, and a consumer builds and runs against the DESTDIR:
#   - the files: library, pkg-config file, headers, GIR, typelib, vapi and
#     .deps, the ptce tool, the French catalogue, the JSON Schema; no
#     private header; nothing outside the prefix;
#   - with --prefix=/usr, those folders are the ones pkg-config, GI and valac
#     search by default;
#   - a C program built with `pkg-config --cflags --libs libptce` runs, and
#     loads the libptce of the DESTDIR;
#   - Debian's Python loads the Ptce typelib from the DESTDIR;
#   - valac --pkg libptce --vapidir <DESTDIR> compiles a Vala program, which
#     then builds and runs;
#   - the installed ptce runs, and speaks French from the installed catalogue.
#
# Arguments: see the parser below; meson passes them (tests/install/).
# SPDX-License-Identifier: LGPL-2.1-or-later
import argparse
import glob
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'checks'))
from ptcetest import Failure, install_to_destdir, main, pkg_config_flags, run, under  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument('--meson', required=True)
parser.add_argument('--builddir', required=True)
parser.add_argument('--srcdir', required=True)
parser.add_argument('--prefix', required=True)
parser.add_argument('--libdir', required=True)
parser.add_argument('--includedir', required=True)
parser.add_argument('--datadir', required=True)
parser.add_argument('--bindir', required=True)
parser.add_argument('--localedir', required=True)
parser.add_argument('--gir', choices=['yes', 'no'], required=True)
parser.add_argument('--vapi', choices=['yes', 'no'], required=True)
parser.add_argument('--python', required=True)
parser.add_argument('--valac', default='')
parser.add_argument('cc', nargs='+')
args = parser.parse_args()

destdir_tmp = install_to_destdir(args.meson, args.builddir)
D = destdir_tmp.name
work = tempfile.TemporaryDirectory(prefix='ptce-consumer-')


def p(*parts):
    """An absolute install path under the prefix."""
    return os.path.join(args.prefix, *parts)


LIBDIR = p(args.libdir)
PCDIR = os.path.join(LIBDIR, 'pkgconfig')
TYPELIBDIR = os.path.join(LIBDIR, 'girepository-1.0')
GIRDIR = p(args.datadir, 'gir-1.0')
VAPIDIR = p(args.datadir, 'vala', 'vapi')
INCDIR = p(args.includedir, 'libptce')
BINDIR = p(args.bindir)
LOCALEDIR = p(args.localedir)

RUN_ENV = dict(os.environ, LD_LIBRARY_PATH=under(D, LIBDIR), LC_ALL='C.UTF-8')
RUN_ENV.pop('LANGUAGE', None)
RUN_ENV.pop('GI_TYPELIB_PATH', None)
RUN_ENV.pop('PTCE_LOCALEDIR', None)


def expect_files(paths):
    missing = [path for path in paths if not os.path.exists(under(D, path))]
    if missing:
        raise Failure('not installed:\n  ' + '\n  '.join(missing))


def test_files():
    want = [
        os.path.join(LIBDIR, 'libptce.so'),
        os.path.join(LIBDIR, 'libptce.so.0'),
        os.path.join(PCDIR, 'libptce.pc'),
        os.path.join(INCDIR, 'libptce.h'),
        os.path.join(INCDIR, 'ptce-version.h'),
        os.path.join(INCDIR, 'ptce-enum-types.h'),
        os.path.join(BINDIR, 'ptce'),
        os.path.join(LOCALEDIR, 'fr', 'LC_MESSAGES', 'libptce.mo'),
    ]
    if args.gir == 'yes':
        want += [os.path.join(GIRDIR, 'Ptce-1.0.gir'),
                 os.path.join(TYPELIBDIR, 'Ptce-1.0.typelib')]
    if args.vapi == 'yes':
        want += [os.path.join(VAPIDIR, 'libptce.vapi'),
                 os.path.join(VAPIDIR, 'libptce.deps')]
    expect_files(want)

    problems = []
    if not os.path.islink(under(D, os.path.join(LIBDIR, 'libptce.so.0'))):
        problems.append('libptce.so.0 should be the soname link to the versioned library')
    schemas = glob.glob(under(D, p(args.datadir, 'libptce', '**', '*.json')), recursive=True)
    if not any('schema' in os.path.basename(s) for s in schemas):
        problems.append('no JSON Schema (…schema….json) under %s'
                        % p(args.datadir, 'libptce'))
    for dirpath, _dirs, files in os.walk(D):
        for name in files:
            path = os.path.join(dirpath, name)
            if name.endswith('-private.h'):
                problems.append('private header installed: ' + path[len(D):])
            if not (path[len(D):] + '/').startswith(args.prefix.rstrip('/') + '/'):
                problems.append('installed outside the prefix: ' + path[len(D):])
    if args.vapi == 'yes':
        with open(under(D, os.path.join(VAPIDIR, 'libptce.deps')), encoding='utf-8') as f:
            deps = f.read().split()
        for dep in ('gio-2.0', 'json-glib-1.0'):
            if dep not in deps:
                problems.append('libptce.deps does not name %s (found: %s)' % (dep, ' '.join(deps)))
    if problems:
        raise Failure('\n'.join(problems))


def test_default_search_paths():
    """With prefix /usr, no variable is needed: the folders are the default
    ones of pkg-config, GI and valac."""
    if args.prefix.rstrip('/') != '/usr':
        print('# prefix %s: default search paths apply to /usr only' % args.prefix)
        return
    problems = []
    pc_path = run(['pkg-config', '--variable=pc_path', 'pkg-config']).stdout.strip().split(':')
    if PCDIR not in pc_path:
        problems.append('%s is not in pkg-config\'s default path %s' % (PCDIR, pc_path))
    if args.gir == 'yes':
        code = ('import gi; gi.require_version("GIRepository", "2.0"); '
                'from gi.repository import GIRepository; '
                'print("\\n".join(GIRepository.Repository.get_search_path()))')
        env = dict(os.environ)
        env.pop('GI_TYPELIB_PATH', None)
        search = run([args.python, '-c', code], env=env).stdout.split()
        if TYPELIBDIR not in search:
            problems.append('%s is not in GI\'s default typelib path %s' % (TYPELIBDIR, search))
    if args.vapi == 'yes' and VAPIDIR != '/usr/share/vala/vapi':
        problems.append('the vapi goes to %s, not /usr/share/vala/vapi' % VAPIDIR)
    if problems:
        raise Failure('\n'.join(problems))


C_PROGRAM = r'''
#include <libptce/libptce.h>
#include <stdio.h>

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) date = ptce_date_new_from_iso8601 ("2014-07", &error);
  g_autofree char *text = NULL;

  if (date == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  text = ptce_date_to_iso8601 (date);
  printf ("libptce %u.%u.%u %s %s\n", ptce_get_major_version (),
          ptce_get_minor_version (), ptce_get_micro_version (), PTCE_VERSION_S, text);
  return PTCE_CHECK_VERSION (PTCE_MAJOR_VERSION, 0, 0) ? 0 : 1;
}
'''


def consumer_flags():
    flags = pkg_config_flags(D, PCDIR, 'libptce', '--cflags', '--libs')
    if '-I' + under(D, p(args.includedir)) not in flags:
        raise Failure('pkg-config --cflags libptce does not point into DESTDIR: %s' % flags)
    if '-L' + under(D, LIBDIR) not in flags:
        raise Failure('pkg-config --libs libptce does not point into DESTDIR: %s' % flags)
    return flags


def loaded_libptce(exe):
    """The libptce.so.0 that the dynamic linker picks for exe."""
    out = run(['ldd', exe], env=RUN_ENV).stdout
    m = re.search(r'libptce\.so\.0 => (\S+)', out)
    if not m:
        raise Failure('ldd does not show libptce.so.0:\n' + out)
    return os.path.realpath(m.group(1))


def expect_from_destdir(exe):
    lib = loaded_libptce(exe)
    if not lib.startswith(os.path.realpath(D) + os.sep):
        raise Failure('%s loads %s, not the libptce of DESTDIR' % (exe, lib))


def test_c_consumer():
    src = os.path.join(work.name, 'consumer.c')
    exe = os.path.join(work.name, 'consumer')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(C_PROGRAM)
    run(args.cc + ['-Wall', '-Werror', src, '-o', exe] + consumer_flags())
    expect_from_destdir(exe)
    out = run([exe], env=RUN_ENV).stdout
    if not re.fullmatch(r'libptce \d+\.\d+\.\d+ \S+ 2014-07\n', out):
        raise Failure('the C consumer printed %r' % out)


def test_typelib():
    if args.gir == 'no':
        print('# introspection disabled in this build')
        return
    code = '\n'.join([
        'import gi',
        'gi.require_version("GIRepository", "2.0")',
        'gi.require_version("Ptce", "1.0")',
        'from gi.repository import GIRepository, Ptce',
        'print(GIRepository.Repository.get_default().get_typelib_path("Ptce"))',
        'print(Ptce.get_major_version(), Ptce.Date.new_from_iso8601("2014-07-31").to_iso8601())',
    ])
    env = dict(RUN_ENV, GI_TYPELIB_PATH=under(D, TYPELIBDIR))
    out = run([args.python, '-c', code], env=env).stdout.splitlines()
    if len(out) != 2 or not os.path.realpath(out[0]).startswith(os.path.realpath(D) + os.sep):
        raise Failure('Ptce-1.0.typelib was not loaded from DESTDIR: %s' % out)
    if not out[1].endswith(' 2014-07-31'):
        raise Failure('the typelib works badly: %s' % out[1])


VALA_PROGRAM = '''
int main () {
    try {
        var date = new Ptce.Date.from_iso8601 ("2014-07-31");
        print ("%u %s\\n", Ptce.get_major_version (), date.to_iso8601 ());
    } catch (Error e) {
        printerr ("%s\\n", e.message);
        return 1;
    }
    return 0;
}
'''


def test_vapi():
    if args.vapi == 'no' or not args.valac:
        print('# the Vala bindings are disabled in this build')
        return
    src = os.path.join(work.name, 'consumer.vala')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(VALA_PROGRAM)
    # valac -C: the C compilation uses the flags of the DESTDIR (valac would
    # ask pkg-config itself, without the DESTDIR fix-ups).
    run([args.valac, '-C', '--pkg', 'libptce', '--vapidir', under(D, VAPIDIR),
         '--directory', work.name, '--basedir', work.name, src])
    csrc = os.path.join(work.name, 'consumer.c')
    exe = os.path.join(work.name, 'consumer-vala')
    run(args.cc + ['-w', csrc, '-o', exe] + consumer_flags())
    expect_from_destdir(exe)
    out = run([exe], env=RUN_ENV).stdout
    if not re.fullmatch(r'\d+ 2014-07-31\n', out):
        raise Failure('the Vala consumer printed %r' % out)


def test_installed_tool():
    ptce = under(D, os.path.join(BINDIR, 'ptce'))
    expect_from_destdir(ptce)
    out = run([ptce, '--version'], env=RUN_ENV).stdout
    if not out.startswith('ptce '):
        raise Failure('installed ptce --version printed %r' % out)
    sample = os.path.join(args.srcdir, 'data', 'samples', 'ptce-samples.json')
    run([ptce, 'summary', sample], env=RUN_ENV)
    # The installed catalogue; the built-in locale dir is /usr/share/locale,
    # so point the tool at the DESTDIR copy.
    fr = run([ptce, '--help'],
             env=dict(RUN_ENV, LANGUAGE='fr', PTCE_LOCALEDIR=under(D, LOCALEDIR))).stdout
    if 'Commandes' not in fr:
        raise Failure('the installed catalogue does not give French:\n' + fr)


main([
    ('every artifact is installed, nothing private, nothing outside the prefix', test_files),
    ('with prefix /usr, pkg-config, GI and valac find them without help', test_default_search_paths),
    ('a C program builds with pkg-config against DESTDIR and runs', test_c_consumer),
    ('Debian\'s Python loads the Ptce typelib from DESTDIR', test_typelib),
    ('valac --pkg libptce compiles a Vala program against DESTDIR', test_vapi),
    ('the installed ptce runs and finds its catalogue', test_installed_tool),
])

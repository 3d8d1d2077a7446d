#!/usr/bin/python3
# check-po.py SRCDIR: the French translation is complete.
#  - every source file under libptce/ and tools/ that marks strings for
#    translation is listed in po/POTFILES.in (and every listed file exists);
#  - xgettext over POTFILES.in finds no msgid that po/fr.po lacks (msgcmp);
#  - msgfmt --check accepts po/fr.po and counts no untranslated and no fuzzy
#    message.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main, run  # noqa: E402

srcdir = sys.argv[1]
podir = os.path.join(srcdir, 'po')
MARK = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)\s*\(')
# The same keywords as meson's i18n.gettext(preset: 'glib').
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments', '--language=C',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format', '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]


def potfiles():
    with open(os.path.join(podir, 'POTFILES.in'), encoding='utf-8') as f:
        return [l.strip() for l in f if l.strip() and not l.lstrip().startswith('#')]


def test_potfiles_complete():
    listed = set(potfiles())
    problems = ['po/POTFILES.in lists %s, which does not exist' % p
                for p in sorted(listed) if not os.path.exists(os.path.join(srcdir, p))]
    for top in ('libptce', 'tools'):
        for dirpath, _dirs, files in os.walk(os.path.join(srcdir, top)):
            for name in sorted(files):
                if not name.endswith(('.c', '.h')):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, srcdir)
                with open(path, encoding='utf-8', errors='replace') as f:
                    text = f.read()
                # Comments do not count.
                text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
                text = re.sub(r'//[^\n]*', '', text)
                if MARK.search(text) and rel not in listed:
                    problems.append('%s marks strings for translation but is not '
                                    'in po/POTFILES.in' % rel)
    if problems:
        raise Failure('\n'.join(problems))


def test_every_msgid_translated():
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'libptce.pot')
        run(['xgettext'] + XGETTEXT_ARGS + ['--directory=' + srcdir, '--output=' + pot]
            + potfiles())
        if not os.path.exists(pot):
            raise Failure('xgettext found no message at all in po/POTFILES.in')
        result = run(['msgcmp', '--use-untranslated', os.path.join(podir, 'fr.po'), pot],
                     check=False)
        if result.returncode != 0:
            with open(pot, encoding='utf-8') as f:
                pot_lines = f.read().splitlines()
            missing = []
            for m in re.finditer(r':(\d+): this message is used but not defined', result.stderr):
                # The entry around that line: its references, context and msgid.
                n = int(m.group(1)) - 1
                start = n
                while start > 0 and pot_lines[start - 1].strip():
                    start -= 1
                end = n
                while end < len(pot_lines) and pot_lines[end].strip():
                    end += 1
                missing.append('\n'.join(l for l in pot_lines[start:end]
                                         if not l.startswith('msgstr')))
            raise Failure('po/fr.po lacks these messages of the sources (append them '
                          'to po/fr.po, translated):\n\n' + '\n\n'.join(missing)
                          + '\n\n' + result.stderr)


def test_fr_po_clean():
    result = run(['msgfmt', '--check', '--statistics', '-o', os.devnull,
                  os.path.join(podir, 'fr.po')], check=False)
    stats = result.stderr.strip()
    if result.returncode != 0:
        raise Failure('msgfmt --check refuses po/fr.po:\n' + stats)
    if 'untranslated' in stats or 'fuzzy' in stats:
        raise Failure('po/fr.po is not complete: ' + stats)
    if not re.search(r'\d+ translated message', stats):
        raise Failure('msgfmt counted no translated message: ' + stats)


main([
    ('every file with translatable strings is in po/POTFILES.in', test_potfiles_complete),
    ('po/fr.po has every msgid of the sources', test_every_msgid_translated),
    ('po/fr.po: no untranslated, no fuzzy message; msgfmt --check passes', test_fr_po_clean),
])

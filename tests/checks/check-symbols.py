#!/usr/bin/python3
# check-symbols.py NM LIBRARY HEADER…: the shared library exports only the
# public API: every dynamic symbol it defines starts with ptce_ and is
# declared in a public header (so no private helper leaks out, whatever its
# name), apart from the linker's own _edata _end __bss_start _init _fini.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main, run  # noqa: E402

LINKER_SYMBOLS = {'_edata', '_end', '__bss_start', '_init', '_fini'}

nm, library = sys.argv[1:3]
headers = sys.argv[3:]


def exported():
    out = run([nm, '-D', '--defined-only', library]).stdout
    symbols = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            symbols.append(parts[2].split('@')[0])
    return symbols


def declared_words():
    words = set()
    for h in headers:
        with open(h, encoding='utf-8') as f:
            words.update(re.findall(r'\b[A-Za-z_][A-Za-z0-9_]*\b', f.read()))
    return words


def test_prefix():
    symbols = exported()
    if not any(s.startswith('ptce_') for s in symbols):
        raise Failure('no ptce_ symbol exported at all from %s' % library)
    bad = sorted(s for s in symbols if not s.startswith('ptce_') and s not in LINKER_SYMBOLS)
    if bad:
        raise Failure('exported without the ptce_ prefix:\n  ' + '\n  '.join(bad))


def test_declared():
    words = declared_words()
    bad = sorted(s for s in exported() if s.startswith('ptce_') and s not in words)
    if bad:
        raise Failure('exported but declared in no public header (a private '
                      'function carries PTCE_AVAILABLE_IN_*?):\n  ' + '\n  '.join(bad))


main([
    ('only ptce_ symbols are exported', test_prefix),
    ('every exported symbol is public API', test_declared),
])

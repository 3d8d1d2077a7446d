#!/usr/bin/python3
# check-debian-symbols.py UPDATE-SYMBOLS NM LIBRARY SYMBOLS-FILE: the symbols
# the built library exports are exactly those of debian/libptce0.symbols.
# The Debian package build fails on any difference (dpkg-gensymbols check
# level 4, debian/rules), and that build is not part of CI (run-tests.sh
# phase deb): this cheap test makes whoever adds or removes public API run
# tools/update-symbols in the same commit (CONTRIBUTING.md).
# The other two cases show that the comparison fails in both directions.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main, run  # noqa: E402

update_symbols, nm, library, symbols = sys.argv[1:5]


def check(path):
    return run([sys.executable, update_symbols, '--check', '--nm', nm,
                '--symbols', path, library], check=False)


def lines():
    with open(symbols, encoding='utf-8') as f:
        return f.readlines()


def copy_with(new_lines):
    tmp = tempfile.NamedTemporaryFile('w', encoding='utf-8', prefix='ptce-symbols-',
                                      suffix='.symbols', delete=False)
    tmp.writelines(new_lines)
    tmp.close()
    return tmp.name


def test_equal():
    result = check(symbols)
    if result.returncode != 0:
        raise Failure('%s does not list what %s exports:\n%s%s\n'
                      'Run tools/update-symbols %s and commit debian/libptce0.symbols.'
                      % (symbols, library, result.stdout, result.stderr, library))


def test_new_symbol_fails():
    all_lines = lines()
    listed = [i for i, line in enumerate(all_lines) if re.match(r'^ ptce_\S+@Base ', line)]
    if not listed:
        raise Failure('%s lists no ptce_ symbol' % symbols)
    victim = all_lines[listed[len(listed) // 2]].split('@')[0].strip()
    path = copy_with(all_lines[:listed[len(listed) // 2]] + all_lines[listed[len(listed) // 2] + 1:])
    try:
        result = check(path)
    finally:
        os.unlink(path)
    if result.returncode == 0 or victim not in result.stderr:
        raise Failure('a symbols file without %s was accepted (%d):\n%s'
                      % (victim, result.returncode, result.stderr))


def test_removed_symbol_fails():
    path = copy_with(lines() + [' ptce_no_such_function_any_more@Base 1.0.0\n'])
    try:
        result = check(path)
    finally:
        os.unlink(path)
    if result.returncode == 0 or 'ptce_no_such_function_any_more' not in result.stderr:
        raise Failure('a symbol the library no longer exports was accepted (%d):\n%s'
                      % (result.returncode, result.stderr))


main([
    ('debian/libptce0.symbols lists exactly the exported symbols', test_equal),
    ('an exported symbol missing from the file is reported', test_new_symbol_fails),
    ('a listed symbol the library lacks is reported', test_removed_symbol_fails),
])

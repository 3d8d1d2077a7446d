#!/usr/bin/python3
# check-cli-bad-input.py PTCE DATADIR SAMPLE: bad input through the `ptce`
# tool, table-driven. For every file of the table below and every subcommand
# that reads a dataset, `ptce` must exit 2, write nothing on stdout and
# exactly one "ptce: …" line on stderr naming the file, the place (JSON path
# or line:column) and what is wrong; `ptce convert` must leave an existing
# OUT byte for byte as it was, with no temporary file beside it.
# Then the good cases of `ptce convert`: a converted file summarises as its
# original, converting again gives the same bytes, unknown members survive.
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, run  # noqa: E402

ptce, datadir, sample = sys.argv[1:4]
baddir = os.path.join(datadir, 'bad')
fixture = os.path.join(datadir, 'summary-fixture.json')
unknown_members = os.path.join(datadir, 'unknown-members.json')

# English, whatever the caller's environment says.
ENV = dict(os.environ, LC_ALL='C.UTF-8')
ENV.pop('LANGUAGE', None)

# ---------------------------------------------------------------------------
# The table: (case, file under data/bad/, literal substrings the one error
# line must contain besides the file name: where, then what). The messages
# are the reader's (docs/format.md, "Errors"): the file first, then json-glib's
# FILE:LINE:COLUMN for the bytes, a JSON path for the content; @FILE@ stands
# for the file as the user named it.
BAD_INPUT = [
    ('malformed syntax', 'malformed-syntax.json',
     ['@FILE@:4:44: ', 'expected “,” or “}”, found “"”']),
    ('truncated file', 'truncated.json',
     ['@FILE@:6:1: ', 'unexpected end of input inside an array']),
    ('file truncated inside a string', 'truncated-in-string.json',
     ['@FILE@:5:27: ', 'this string is not closed before the end of input']),
    ('wrong type at a nested path', 'wrong-type-nested.json',
     ['@FILE@: $.poles[0].territory.communes[1]: ', 'expected a string, found a number']),
    ('missing id', 'missing-id.json',
     ['@FILE@: $.actors[1]: ', 'the member “id” is missing']),
    ('unknown enum word', 'unknown-enum.json',
     ['$.poles[0].cooperations[0].mode', '“sharing” is not one of the accepted words',
      'mutualisation, cooperation, partenariat']),
    ('impossible date', 'impossible-date.json',
     ['$.poles[0].memberships[0].start', 'Day 29 does not exist in 2023-02']),
    ('membership ending before it starts', 'reversed-membership-dates.json',
     ['$.poles[0].memberships[0]', '“end” (2018-06-30) is before “start” (2020-03-01)']),
    ('duplicate actor id', 'duplicate-actor-id.json',
     ['$.actors[2].id', 'the id “a1” is already used at $.actors[0]']),
    ('dangling membership actor', 'dangling-membership-actor.json',
     ['$.poles[0].memberships[1].actor', 'no actor of the dataset has the id “ghost”']),
    ('dangling cooperation participant', 'dangling-cooperation-participant.json',
     ['$.poles[0].cooperations[0].participants[2]', 'no actor of the dataset has the id “a3”']),
    ('wrong format tag', 'wrong-format-tag.json',
     ['$.format', 'the format “ptce/2” is not one this version of libptce reads']),
    ('empty file', 'empty.json',
     ['@FILE@:1:1: ', 'the document is empty']),
    ('invalid UTF-8', 'invalid-utf8.json',
     ['@FILE@:4:31: ', 'the text is not valid UTF-8 (byte 0xE9)']),
    ('root that is not an object', 'root-not-object.json',
     ['$: ', 'expected an object, found an array']),
    ('member name twice in an object', 'duplicate-member-name.json',
     ['@FILE@:4:67: ', 'appears twice in this object']),
    # Not files of ptce/1 at all: data/bad itself, and a name that is not there.
    ('a directory', '.',
     ['Cannot read', 'Is a directory']),
    ('a missing file', 'no-such-file.json',
     ['Cannot read', 'No such file or directory']),
]

# Gaps known today, (case, subcommand) -> why. Such a subtest is reported
# "# TODO": it may fail without failing the suite, and passing makes meson
# count an unexpected pass, so that the entry is removed once fixed.
KNOWN_GAPS = {}

# Every subcommand that reads a dataset: its arguments around FILE. For
# convert, OUT is filled in by the test.
READERS = [
    ('summary', lambda path, out: ['summary', path, '--date', '2022-06-15']),
    ('check', lambda path, out: ['check', path, '--date', '2022-06-15']),
    ('verify', lambda path, out: ['verify', path]),
    ('territory', lambda path, out: ['territory', path]),
    ('convert', lambda path, out: ['convert', path, '--output', out]),
    ('convert --compact', lambda path, out: ['convert', '--compact', path, '-o', out]),
    ('convert to stdout', lambda path, out: ['convert', path, '--output', '-']),
]

# What an existing OUT holds before a convert that must fail.
OLD_OUT = b'{"format": "ptce/1", "title": "the previous OUT, to be kept"}\n'


def ptce_run(*args):
    return run([ptce] + list(args), check=False, env=ENV)


def describe(result):
    return 'exit status %d\nstdout:\n%s\nstderr:\n%s' % (
        result.returncode, result.stdout, result.stderr)


def expect_status(result, status, what):
    if result.returncode != status:
        raise Failure('%s: expected exit status %d, got %s' % (what, status, describe(result)))


def expect_one_error(result, what, needles):
    """Exit 2, nothing on stdout, one "ptce: …" line holding each needle."""
    expect_status(result, 2, what)
    if result.stdout:
        raise Failure('%s: nothing may be written on stdout, got %s' % (what, describe(result)))
    lines = result.stderr.splitlines()
    if len(lines) != 1 or not lines[0].startswith('ptce: '):
        raise Failure('%s: expected exactly one "ptce: …" line on stderr, got %s'
                      % (what, describe(result)))
    missing = [n for n in needles if n not in lines[0]]
    if missing:
        raise Failure('%s: the error does not say %s:\n%s'
                      % (what, ' nor '.join(repr(n) for n in missing), lines[0]))


def read_bytes(path):
    with open(path, 'rb') as f:
        return f.read()


def bad_input_test(case, name, needles, reader, argv_of):
    path = os.path.normpath(os.path.join(baddir, name))
    what = 'ptce %s on the %s (%s)' % (reader, case, os.path.relpath(path, datadir))

    def test():
        # Each run in a directory of its own, holding only OUT: anything else
        # found there afterwards is a temporary file left behind.
        with tempfile.TemporaryDirectory(prefix='ptce-bad-input-') as tmp:
            out = os.path.join(tmp, 'out.json')
            with open(out, 'wb') as f:
                f.write(OLD_OUT)
            os.utime(out, (1000000000, 1000000000))
            result = ptce_run(*argv_of(path, out))
            # The file, as the user named it, then where and what.
            expect_one_error(result, what, [path] + [n.replace('@FILE@', path) for n in needles])
            left = sorted(os.listdir(tmp))
            if left != ['out.json']:
                raise Failure('%s: the directory of OUT now holds %s' % (what, left))
            if read_bytes(out) != OLD_OUT:
                raise Failure('%s: OUT was changed:\n%r' % (what, read_bytes(out)))
            if os.stat(out).st_mtime != 1000000000:
                raise Failure('%s: OUT was rewritten (its time changed)' % what)
    return test


# ---------------------------------------------------------------------------
# Good cases of convert.

def convert(src, out, *options):
    result = ptce_run('convert', src, '--output', out, *options)
    expect_status(result, 0, 'ptce convert %s' % ' '.join((src,) + options))
    if result.stdout or result.stderr:
        raise Failure('ptce convert %s: a success prints nothing, got %s'
                      % (src, describe(result)))
    return read_bytes(out) if out != '-' else None


def summary(path, date):
    result = ptce_run('summary', path, '--date', date)
    expect_status(result, 0, 'ptce summary %s' % path)
    return result.stdout


def test_convert_summarises_as_the_original():
    with tempfile.TemporaryDirectory(prefix='ptce-convert-') as tmp:
        for src, dates in ((sample, ['2016-01-01', '2026-11-26']),
                           (fixture, ['2014-06-01', '2022-06-15', '2024-01-01'])):
            out = os.path.join(tmp, 'out.json')
            convert(src, out)
            if sorted(os.listdir(tmp)) != ['out.json']:
                raise Failure('convert left %s beside OUT' % sorted(os.listdir(tmp)))
            for date in dates:
                before, after = summary(src, date), summary(out, date)
                if before != after:
                    raise Failure('the summary of the converted %s on %s differs:\n'
                                  '--- original ---\n%s--- converted ---\n%s'
                                  % (os.path.basename(src), date, before, after))
            with open(src, encoding='utf-8') as f, open(out, encoding='utf-8') as g:
                if json.load(f) != json.load(g):
                    raise Failure('%s is normalised: its conversion must be the same JSON tree'
                                  % src)
            os.unlink(out)


def test_convert_is_stable():
    with tempfile.TemporaryDirectory(prefix='ptce-convert-') as tmp:
        first = os.path.join(tmp, 'first.json')
        second = os.path.join(tmp, 'second.json')
        data = convert(sample, first)
        if convert(first, second) != data:
            raise Failure('converting the converted sample changed its bytes')
        # In place: FILE and OUT the same file.
        if convert(second, second) != data:
            raise Failure('converting a file onto itself changed its bytes')
        # To stdout, the same bytes.
        result = run([ptce, 'convert', first, '--output', '-'], check=False, env=ENV)
        expect_status(result, 0, 'ptce convert --output -')
        if result.stdout.encode('utf-8') != data or result.stderr:
            raise Failure('--output - did not write the bytes of the file:\n%s' % describe(result))
        # Compact: one line, the same tree, back to the same pretty bytes.
        compact = os.path.join(tmp, 'compact.json')
        cdata = convert(first, compact, '--compact')
        if cdata.count(b'\n') != 1 or not cdata.endswith(b'\n'):
            raise Failure('--compact wrote %d lines' % cdata.count(b'\n'))
        if json.loads(cdata) != json.loads(data):
            raise Failure('--compact changed the JSON tree')
        if convert(compact, os.path.join(tmp, 'pretty.json')) != data:
            raise Failure('compact then pretty does not give back the same bytes')
        if sorted(os.listdir(tmp)) != ['compact.json', 'first.json', 'pretty.json', 'second.json']:
            raise Failure('convert left files behind: %s' % sorted(os.listdir(tmp)))
        mode = os.stat(first).st_mode & 0o777
        if mode != 0o644:
            raise Failure('OUT has mode %o, expected 644' % mode)


def find_unknown(node, path='$'):
    """The (path, value) of each member whose name starts with x_, or is
    one of the fixture's other unknown names."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = '%s.%s' % (path, key)
            if key.startswith('x_') or key in ('geometry', 'college'):
                found.append((here, value))
            else:
                found += find_unknown(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += find_unknown(value, '%s[%d]' % (path, i))
    return found


def test_convert_keeps_unknown_members():
    with open(unknown_members, encoding='utf-8') as f:
        original = json.load(f)
    expected = find_unknown(original)
    if len(expected) < 10:
        raise Failure('%s has only %d unknown members' % (unknown_members, len(expected)))
    with tempfile.TemporaryDirectory(prefix='ptce-convert-') as tmp:
        out = os.path.join(tmp, 'out.json')
        again = os.path.join(tmp, 'again.json')
        data = convert(unknown_members, out)
        converted = json.loads(data)
        got = dict(find_unknown(converted))
        lost = ['%s = %s' % (p, json.dumps(v)) for p, v in expected
                if p not in got or got[p] != v]
        if lost:
            raise Failure('convert lost or changed unknown members:\n  %s\n--- OUT ---\n%s'
                          % ('\n  '.join(lost), data.decode('utf-8')))
        if converted != original:
            raise Failure('the fixture is normalised: its conversion must be the same JSON tree')
        if convert(out, again) != data:
            raise Failure('converting again changed the bytes of unknown members')


def test_convert_usage_errors():
    with tempfile.TemporaryDirectory(prefix='ptce-convert-') as tmp:
        out = os.path.join(tmp, 'out.json')
        expect_one_error(ptce_run('convert', '--output', out), 'convert without FILE',
                         ['convert: a FILE is needed'])
        expect_one_error(ptce_run('convert', fixture), 'convert without --output',
                         ['--output OUT is needed'])
        expect_one_error(ptce_run('convert', fixture, fixture, '-o', out), 'convert of two files',
                         ['only one FILE'])
        expect_one_error(ptce_run('convert', fixture, '-o', out, '--frob'), 'convert --frob',
                         ['--frob'])
        if os.listdir(tmp):
            raise Failure('a usage error wrote %s' % os.listdir(tmp))
        nowhere = os.path.join(tmp, 'no-such-dir', 'out.json')
        expect_one_error(ptce_run('convert', fixture, '-o', nowhere), 'convert into a missing directory',
                         ['Cannot write', nowhere])
        expect_one_error(ptce_run('convert', fixture, '-o', tmp), 'convert onto a directory',
                         ['Cannot write', tmp])
        if os.listdir(tmp):
            raise Failure('a failed write left %s' % os.listdir(tmp))


def test_places_in_french():
    """French keeps json-glib's FILE:LINE:COLUMN prefix; only what follows is
    translated."""
    fr = dict(ENV, LANGUAGE='fr')
    for name, needle in (('malformed-syntax.json', ':4:44: on attendait'),
                         ('empty.json', ':1:1: le document est vide'),
                         ('missing-id.json', ': $.actors[1]')):
        path = os.path.join(baddir, name)
        result = run([ptce, 'verify', path], check=False, env=fr)
        expect_one_error(result, 'verify %s in French' % name, ['ptce: ' + path + needle])


def test_table_covers_the_fixtures():
    """Every file of data/bad/ is in the table, and every file of the table
    but the missing one exists: a fixture is never silently skipped."""
    listed = {name for _case, name, _needles in BAD_INPUT}
    on_disk = set(os.listdir(baddir))
    problems = ['data/bad/%s is in no case of the table' % n for n in sorted(on_disk - listed)]
    problems += ['the table names data/bad/%s, which does not exist' % n
                 for n in sorted(listed - on_disk - {'.', 'no-such-file.json'})]
    if os.path.exists(os.path.join(baddir, 'no-such-file.json')):
        problems.append('data/bad/no-such-file.json must not exist')
    for case, name, needles in BAD_INPUT:
        if len(needles) < 2:
            problems.append('%s: give where and what (%r)' % (case, needles))
    if problems:
        raise Failure('\n'.join(problems))


# ---------------------------------------------------------------------------

def main():
    tests = [('every file of data/bad/ is in the table', test_table_covers_the_fixtures, None)]
    for case, name, needles in BAD_INPUT:
        for reader, argv_of in READERS:
            gap = KNOWN_GAPS.get((case, reader.split()[0]))
            tests.append(('%s: %s' % (reader, case),
                          bad_input_test(case, name, needles, reader, argv_of), gap))
    tests += [
        ('convert: the converted samples and fixture summarise as the originals',
         test_convert_summarises_as_the_original, None),
        ('convert: converting again, in place, to stdout or compact gives the same bytes',
         test_convert_is_stable, None),
        ('convert: unknown members survive', test_convert_keeps_unknown_members, None),
        ('convert: usage and write errors exit 2 and write nothing', test_convert_usage_errors, None),
        ('the file first in French too: FILE:LINE:COLUMN, then the French message',
         test_places_in_french, None),
    ]

    print('1..%d' % len(tests))
    failed = 0
    for i, (name, func, gap) in enumerate(tests, 1):
        directive = ' # TODO %s' % gap if gap else ''
        try:
            func()
        except Failure as e:
            if not gap:
                failed += 1
            print('not ok %d - %s%s' % (i, name, directive))
            # The details on stderr: meson shows it with --print-errorlogs.
            print('--- not ok %d - %s%s' % (i, name, directive), file=sys.stderr)
            print(str(e), file=sys.stderr)
            sys.stderr.flush()
        else:
            print('ok %d - %s%s' % (i, name, directive))
        sys.stdout.flush()
    sys.exit(1 if failed else 0)


main()

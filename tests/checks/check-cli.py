#!/usr/bin/python3
# check-cli.py PTCE DATADIR SAMPLE TOOLS_SRCDIR: the `ptce` tool, as a user
# runs it: dispatch and exit statuses, and `ptce summary` on a fixture whose
# summary was worked out by hand (tests/checks/data/summary-fixture.json).
# SPDX-License-Identifier: LGPL-2.1-or-later
import glob
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main, run  # noqa: E402

ptce, datadir, sample, toolsdir = sys.argv[1:5]
fixture = os.path.join(datadir, 'summary-fixture.json')

# English, whatever the caller's environment says.
ENV = dict(os.environ, LC_ALL='C.UTF-8')
ENV.pop('LANGUAGE', None)


def ptce_run(*args):
    return run([ptce] + list(args), check=False, env=ENV)


def expect_status(result, status, what):
    if result.returncode != status:
        raise Failure('%s: exit status %d, expected %d\nstdout:\n%s\nstderr:\n%s'
                      % (what, result.returncode, status, result.stdout, result.stderr))


def expect_lines(text, patterns, what):
    """Each regex in patterns must match a whole line of text."""
    lines = text.splitlines()
    missing = [p for p in patterns if not any(re.fullmatch(p, line) for line in lines)]
    if missing:
        raise Failure('%s: no line matches:\n  %s\n--- output ---\n%s'
                      % (what, '\n  '.join(missing), text))


def expect_one_error(result, what, *needles):
    expect_status(result, 2, what)
    if result.stdout:
        raise Failure('%s: nothing may be written on stdout, got:\n%s' % (what, result.stdout))
    lines = result.stderr.strip().splitlines()
    if len(lines) != 1 or not lines[0].startswith('ptce: '):
        raise Failure('%s: expected one "ptce: …" line on stderr, got:\n%s' % (what, result.stderr))
    for needle in needles:
        if not re.search(needle, lines[0]):
            raise Failure('%s: the error does not say %r:\n%s' % (what, needle, lines[0]))


def test_help_lists_every_command():
    result = ptce_run('--help')
    expect_status(result, 0, 'ptce --help')
    names = sorted(re.sub(r'^ptce-cmd-(.*)\.c$', r'\1', os.path.basename(p))
                   for p in glob.glob(os.path.join(toolsdir, 'ptce-cmd-*.c')))
    if 'summary' not in names:
        raise Failure('no tools/ptce-cmd-summary.c found in %s' % toolsdir)
    listed = re.findall(r'^  ([a-z][a-z-]*)  ', result.stdout, re.M)
    missing = [n for n in names if n not in listed]
    if missing:
        raise Failure('tools/ptce-cmd-%s.c is not built into ptce: is its line in '
                      'tools/meson.build above the "end of the list" marker?\n%s'
                      % ('.c, ptce-cmd-'.join(missing), result.stdout))
    for name in names:
        expect_status(ptce_run(name, '--help'), 0, 'ptce %s --help' % name)
    expect_status(ptce_run('help', 'summary'), 0, 'ptce help summary')


def test_usage_errors():
    result = ptce_run()
    expect_status(result, 2, 'ptce without a command')
    if 'Usage:' not in result.stderr or result.stdout:
        raise Failure('ptce without a command: the usage goes to stderr:\n' + result.stderr)
    result = ptce_run('frobnicate')
    expect_status(result, 2, 'ptce frobnicate')
    if 'unknown command “frobnicate”' not in result.stderr or 'Usage:' not in result.stderr:
        raise Failure('ptce frobnicate: stderr should name the command and give the usage:\n'
                      + result.stderr)
    expect_one_error(ptce_run('summary'), 'ptce summary without FILE', 'FILE')
    expect_one_error(ptce_run('summary', fixture, fixture), 'ptce summary with two files', 'one FILE')
    expect_one_error(ptce_run('summary', '--frob', fixture), 'ptce summary --frob', '--frob')


def test_version():
    result = ptce_run('--version')
    expect_status(result, 0, 'ptce --version')
    if not re.fullmatch(r'ptce \d+\.\d+\.\d+ \(libptce \d+\.\d+\.\d+\)\n', result.stdout):
        raise Failure('ptce --version printed %r' % result.stdout)


def test_summary_fixture():
    result = ptce_run('summary', fixture, '--date', '2022-06-15')
    expect_status(result, 0, 'summary of the fixture')
    out = result.stdout
    expect_lines(out, [
        r'Fixture of the summary tests',
        r'1 pole, as of 2022-06-15',
        r"Pôle d'essai \(p1\)",
        r'  Founded: 2015',
        r'  Carried by: Association Un',
        r'  Stage on 2022-06-15: construction, since 2017-03',
        r"  Territory: Communauté d'essai; scale: intercommunal; COG 2024",
        r'    communes: 40312, 40065',
        r'    EPCI: 244000659',
        r'    départements: 40',
        r'    régions: 75',
        # a4 left in 2019; a5 and a6 are links; a8 comes in 2023.
        r'  Members on 2022-06-15: 4 \(ESS enterprises: 2\); '
        r'partner links \(« en lien avec »\): 2',
        r'    kind \(article 9\) +members +of which ESS +links',
        r'    enterprises +3 +2 +0',
        r'    local authorities +0 +1',
        r'    research centres +0 +1',
        r'    training bodies +1 +0 +0',
        # c2 ended in 2018, c5 starts in 2023.
        r'  Cooperations active on 2022-06-15: 3',
        r'    mutualisation +1',
        r'    cooperation +1',
        r'    partnership +1',
        r'  Projects: 2',
        r'    - Recyclerie \(2018–; social innovation; running on that date\)',
        r'    - Plateforme numérique \(2010–2012; technological innovation; '
        r'not running on that date\)',
        r'  Latest observations:',
        r'    jobs: 30 jobs \(2020\); source: enquête 2020',
        r'    members: 12 organisations \(2021\); source: rapport 2021',
    ], 'summary on 2022-06-15')
    for absent in ('Association Quatre', 'natural persons', '99', 'rapport 2023'):
        if absent in out:
            raise Failure('summary on 2022-06-15 shows %r, which is not in force:\n%s' % (absent, out))


def test_summary_other_dates():
    result = ptce_run('summary', '--date=2024-01-01', fixture)
    expect_status(result, 0, 'summary on 2024-01-01')
    expect_lines(result.stdout, [
        r'  Stage on 2024-01-01: consolidation, since 2023',
        r'  Members on 2024-01-01: 4 \(ESS enterprises: 2\); '
        r'partner links \(« en lien avec »\): 3',
        r'    natural persons +0 +1',
        r'  Cooperations active on 2024-01-01: 4',
        r'    partnership +2',
        r'    members: 15 organisations \(2023\); source: rapport 2023',
    ], 'summary on 2024-01-01')
    result = ptce_run('summary', fixture, '-d', '2014-06-01')
    expect_status(result, 0, 'summary on 2014-06-01')
    expect_lines(result.stdout, [
        r'  Stage on 2014-06-01: not yet founded \(founded in 2015\)',
        r'  Members on 2014-06-01: 0 \(ESS enterprises: 0\); '
        r'partner links \(« en lien avec »\): 0',
        r'  Latest observations: none',
    ], 'summary on 2014-06-01')


def test_bad_input():
    for date in ('2022-13-01', '2022-02-30', 'yesterday'):
        expect_one_error(ptce_run('summary', fixture, '--date', date),
                         'summary --date %s' % date, '--date', re.escape(date), 'YYYY-MM-DD')
    missing = os.path.join(datadir, 'no-such-file.json')
    expect_one_error(ptce_run('summary', missing), 'summary of a missing file',
                     re.escape('no-such-file.json'))
    # Syntax: the file and the line:column.
    expect_one_error(ptce_run('summary', os.path.join(datadir, 'broken-syntax.json')),
                     'summary of a file with a syntax error',
                     re.escape('broken-syntax.json') + r':\d+:\d+: ')
    # Content: the file, and what is wrong (the unknown word).
    expect_one_error(ptce_run('summary', os.path.join(datadir, 'broken-kind.json')),
                     'summary of a file with an unknown kind',
                     re.escape('broken-kind.json'), 'spaceship')


def test_summary_samples():
    result = ptce_run('summary', sample)
    expect_status(result, 0, 'summary of the samples')
    with open(sample, encoding='utf-8') as f:
        data = json.load(f)
    poles = data.get('poles', [])
    if not poles:
        raise Failure('%s has no pole' % sample)
    for pole in poles:
        heading = '%s (%s)' % (pole['name'], pole['id'])
        if heading not in result.stdout.splitlines():
            raise Failure('no heading %r in the summary of the samples:\n%s'
                          % (heading, result.stdout))
    count = len(re.findall(r'^  Members on ', result.stdout, re.M))
    if count != len(poles):
        raise Failure('%d member lines for %d poles' % (count, len(poles)))


def test_max_size():
    """What ptce convert writes, ptce reads: a limit lowered below the
    pretty output of a compact file stands for the default limit (1G) and
    a national file converted past it."""
    with tempfile.TemporaryDirectory(prefix='ptce-max-size-') as tmp:
        compact = os.path.join(tmp, 'compact.json')
        pretty = os.path.join(tmp, 'pretty.json')
        expect_status(ptce_run('convert', '--compact', sample, '--output', compact), 0,
                      'convert --compact')
        small = os.path.getsize(compact)
        limit = str(small + 1)
        result = ptce_run('convert', '--max-size=' + limit, compact, '--output', pretty)
        expect_status(result, 0, 'convert --max-size under the pretty size')
        big = os.path.getsize(pretty)
        if big <= small + 1:
            raise Failure('the pretty file (%d bytes) is not over the limit %s' % (big, limit))
        expect_lines(result.stderr, [r'ptce: note: .*pretty\.json is %d bytes, over the limit of %s '
                                     r'bytes .*--max-size=%d' % (big, limit, big)],
                     'convert over the limit')
        expect_one_error(ptce_run('verify', '--max-size', limit, pretty),
                         'verify under the limit', 'pretty.json', str(big), limit, 'max-size')
        expect_status(ptce_run('verify', '--max-size=%d' % big, pretty), 0,
                      'verify with the size the note gives')
        expect_status(ptce_run('summary', pretty, '--max-size', '%dk' % (big // 1024 + 1)), 0,
                      'summary with the size in k, after the file')
        expect_status(ptce_run('verify', pretty), 0, 'verify with the default limit')
        for bad in ('0', '2x', '-1', 'k', '99999999999999999999G'):
            expect_one_error(ptce_run('verify', '--max-size=' + bad, pretty),
                             '--max-size=' + bad, '--max-size', re.escape(bad))
        expect_one_error(ptce_run('verify', pretty, '--max-size'), '--max-size without SIZE',
                         '--max-size')
        fr = dict(ENV, LANGUAGE='fr')
        result = run([ptce, 'verify', '--max-size=2x', pretty], check=False, env=fr)
        expect_one_error(result, '--max-size in French', 'attendu une taille|taille')


main([
    ('ptce --help lists every subcommand that has a source file', test_help_lists_every_command),
    ('usage errors exit 2 with one clear message', test_usage_errors),
    ('ptce --version', test_version),
    ('summary of the fixture on 2022-06-15', test_summary_fixture),
    ('summary of the fixture before founding and after changes', test_summary_other_dates),
    ('bad dates and bad files exit 2 with one error naming where and what', test_bad_input),
    ('summary of data/samples/ptce-samples.json', test_summary_samples),
    ('--max-size of every command reads back what convert writes over it', test_max_size),
])

#!/usr/bin/python3
# check-tally.py TALLY: tools/test-tally.py counts what CI reports. Feeds it
# made-up phase and meson test logs and checks the last line and the exit
# status: OK and EXPECTEDFAIL pass; FAIL, ERROR, TIMEOUT, UNEXPECTEDPASS
# fail; SKIP is apart; a failed phase without a failing test, or a missing
# log, is one failure.
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main, run  # noqa: E402

tally = sys.argv[1]


def make_root(tmp, phases, logs):
    with open(os.path.join(tmp, 'phases.tsv'), 'w') as f:
        for name, status in phases:
            f.write('%s\t%d\t1\n' % (name, status))
    with open(os.path.join(tmp, 'testlogs.tsv'), 'w') as f:
        for i, (phase, results) in enumerate(logs):
            path = os.path.join(tmp, 'log%d.json' % i)
            if results is not None:
                with open(path, 'w') as log:
                    for j, result in enumerate(results):
                        log.write(json.dumps({'name': 't%d' % j, 'result': result}) + '\n')
            f.write('%s\t%s\n' % (phase, path))


def expect(phases, logs, last_line, status):
    with tempfile.TemporaryDirectory() as tmp:
        make_root(tmp, phases, logs)
        result = run([sys.executable, tally, '--last-line-only', tmp], check=False)
        got = result.stdout.strip().splitlines()
        if got != [last_line] or result.returncode != status:
            raise Failure('phases %r, logs %r:\nexpected %r (exit %d), got %r (exit %d)\n%s'
                          % (phases, logs, last_line, status, got, result.returncode,
                             result.stderr))


def test_counts():
    expect([('build', 0), ('test', 0)],
           [('test', ['OK', 'OK', 'EXPECTEDFAIL'])],
           '3 passed, 0 failed', 0)
    expect([('test', 1)],
           [('test', ['OK', 'FAIL', 'ERROR', 'TIMEOUT', 'UNEXPECTEDPASS', 'SKIP'])],
           '1 passed, 4 failed, 1 skipped', 1)


def test_silent_failures_count():
    # A build that broke before any test ran.
    expect([('build', 1), ('test', 0)], [('test', ['OK'])], '1 passed, 1 failed', 1)
    # A phase whose log is missing.
    expect([('asan', 0)], [('asan', None)], '0 passed, 1 failed', 1)
    # Nothing ran at all.
    expect([], [], '0 passed, 1 failed', 1)


main([
    ('results are counted as passed, failed or skipped', test_counts),
    ('a phase that fails without a failing test still fails', test_silent_failures_count),
])

#!/usr/bin/python3
# test-tally.py ROOT: the tally of a tools/run-tests.sh run, from the meson
# test logs of its phases.
#
# ROOT/phases.tsv has one line per phase that ran: NAME, exit status,
# seconds; ROOT/testlogs.tsv one line per `meson test` run: phase, path of
# its testlog JSON. Each result counts as
#   passed   OK, EXPECTEDFAIL
#   failed   FAIL, ERROR, TIMEOUT, UNEXPECTEDPASS
#   skipped  SKIP
# and a phase that failed without a failing test (a build that broke, a
# missing log) counts as one failure, so that nothing fails silently.
#
# Prints one line per phase, then the last line "N passed, N failed" (with
# ", N skipped" when some were). Exits 1 when anything failed.
#   --last-line-only   print only the last line
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import sys

PASSED = {'OK', 'EXPECTEDFAIL'}
FAILED = {'FAIL', 'ERROR', 'TIMEOUT', 'UNEXPECTEDPASS'}
SKIPPED = {'SKIP'}


def read_tsv(path):
    try:
        with open(path, encoding='utf-8') as f:
            return [line.rstrip('\n').split('\t') for line in f if line.strip()]
    except OSError:
        return []


def tally(root):
    phases = read_tsv(os.path.join(root, 'phases.tsv'))
    logs = read_tsv(os.path.join(root, 'testlogs.tsv'))
    rows = []
    total = {'passed': 0, 'failed': 0, 'skipped': 0}
    for fields in phases:
        name, status, seconds = (fields + ['', '', ''])[:3]
        count = {'passed': 0, 'failed': 0, 'skipped': 0}
        notes = []
        failed_names = []
        for log_phase, path in ((l + [''])[:2] for l in logs):
            if log_phase != name:
                continue
            try:
                with open(path, encoding='utf-8') as f:
                    results = [json.loads(line) for line in f if line.strip()]
            except (OSError, ValueError) as e:
                notes.append('no test log %s (%s)' % (path, e.__class__.__name__))
                count['failed'] += 1
                continue
            for r in results:
                result = r.get('result', '')
                if result in PASSED:
                    count['passed'] += 1
                elif result in SKIPPED:
                    count['skipped'] += 1
                else:
                    count['failed'] += 1
                    failed_names.append('%s (%s)' % (r.get('name', '?'), result or '?'))
        if status != '0' and count['failed'] == 0:
            count['failed'] += 1
            notes.append('the phase failed (exit status %s) before any test failed' % status)
        for k in total:
            total[k] += count[k]
        rows.append((name, seconds, count, notes, failed_names))
    return rows, total


def last_line(total):
    line = '%d passed, %d failed' % (total['passed'], total['failed'])
    if total['skipped']:
        line += ', %d skipped' % total['skipped']
    return line


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 1:
        sys.exit('usage: test-tally.py [--last-line-only] ROOT')
    rows, total = tally(args[0])
    if not rows:
        total['failed'] += 1
        if '--last-line-only' not in sys.argv:
            print('no phase ran (no %s)' % os.path.join(args[0], 'phases.tsv'))
    if '--last-line-only' not in sys.argv:
        for name, seconds, count, notes, failed_names in rows:
            print('%-10s %5ss  %s' % (name, seconds, last_line(count)))
            for n in failed_names:
                print('             failed: ' + n)
            for n in notes:
                print('             ' + n)
    print(last_line(total))
    return 1 if total['failed'] else 0


if __name__ == '__main__':
    sys.exit(main())

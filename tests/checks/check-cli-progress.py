#!/usr/bin/python3
# check-cli-progress.py PTCE SAMPLE: the progress line of `ptce` on stderr.
# `ptce` runs with its stderr on a pseudo-terminal (Python's pty module), as
# in a person's terminal, and PTCE_PROGRESS_AFTER_MS=0 so that the line
# appears at once even for a small file: it must say what is being read or
# written ("ptce: reading FILE… 0 s"), in French under LANGUAGE=fr, and be
# cleared when the step ends; stdout and the exit status must be those of
# the same command without a terminal. With stderr a pipe (as in every other
# test, a log or a script), nothing of it may appear.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import pty
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main, run  # noqa: E402

ptce, sample = sys.argv[1:3]

EN = dict(os.environ, LC_ALL='C.UTF-8')
EN.pop('LANGUAGE', None)
EN.pop('PTCE_PROGRESS_AFTER_MS', None)
FR = dict(EN, LANGUAGE='fr')
AT_ONCE = {'PTCE_PROGRESS_AFTER_MS': '0'}
CLEAR = '\r\x1b[K'


def on_terminal(args, env):
    """Runs `ptce ARGS` with stderr on a new pseudo-terminal; returns
    (exit status, stdout, what the terminal received)."""
    master, slave = pty.openpty()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen([ptce] + args, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=slave, env=env)
        os.close(slave)
        received = b''
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:   # EIO: every end of the terminal is closed
                break
            if not chunk:
                break
            received += chunk
        os.close(master)
        status = proc.wait(timeout=60)
        out.seek(0)
        stdout = out.read().decode('utf-8')
    # The terminal turns "\n" into "\r\n" on output.
    return status, stdout, received.decode('utf-8').replace('\r\n', '\n')


def piped(args, env):
    result = run([ptce] + args, check=False, env=env)
    return result.returncode, result.stdout, result.stderr


def expect_progress(args, env, line, status=0):
    """The terminal shows `line`, then the clearing, and the command's
    stdout and status are those of the same run without a terminal.
    Returns what the terminal shows once the progress is taken out."""
    tty_status, tty_out, tty_err = on_terminal(args, dict(env, **AT_ONCE))
    pipe_status, pipe_out, pipe_err = piped(args, env)
    if not tty_err.startswith('\rptce: ' + line):
        raise Failure('ptce %s: the terminal does not start with %r:\n%r'
                      % (' '.join(args), '\rptce: ' + line, tty_err))
    if CLEAR not in tty_err:
        raise Failure('ptce %s: the progress line is not cleared:\n%r'
                      % (' '.join(args), tty_err))
    if (tty_status, tty_out) != (status, pipe_out) or pipe_status != status:
        raise Failure('ptce %s: status %d/%d (expected %d), stdout differs: %r'
                      % (' '.join(args), tty_status, pipe_status, status,
                         tty_out != pipe_out))
    rest = tty_err[tty_err.rindex(CLEAR) + len(CLEAR):]
    if rest != pipe_err:
        raise Failure('ptce %s: after the progress, stderr is %r, not %r as without a terminal'
                      % (' '.join(args), rest, pipe_err))
    return rest


def test_load_on_terminal():
    expect_progress(['summary', sample], EN, 'reading %s… 0 s' % sample)


def test_load_in_french():
    expect_progress(['summary', sample], FR, 'lecture de %s… 0 s' % sample)


def test_save_on_terminal():
    with tempfile.TemporaryDirectory(prefix='ptce-progress-') as tmp:
        out = os.path.join(tmp, 'out.json')
        status, _, err = on_terminal(['convert', sample, '--output', out],
                                     dict(EN, **AT_ONCE))
        if status != 0:
            raise Failure('convert on a terminal: status %d\n%r' % (status, err))
        for line in ('reading %s… 0 s' % sample, 'writing %s… 0 s' % out):
            if '\rptce: ' + line not in err:
                raise Failure('convert: %r is not on the terminal:\n%r' % (line, err))
        status, _, err = on_terminal(['convert', sample, '--output', out],
                                     dict(FR, **AT_ONCE))
        if status != 0 or '\rptce: écriture de %s… 0 s' % out not in err:
            raise Failure('convert in French: status %d\n%r' % (status, err))


def test_store_import_and_export():
    # ptce store: an import shows what it imports, an export what it reads
    # (the store) and writes, in English and in French.
    with tempfile.TemporaryDirectory(prefix='ptce-progress-') as tmp:
        store = os.path.join(tmp, 'obs.ptcestore')
        out = os.path.join(tmp, 'out.json')
        run([ptce, 'store', 'init', store], env=EN)
        status, stdout, err = on_terminal(['store', 'import', store, sample],
                                          dict(EN, **AT_ONCE))
        if status != 0 or 'submission 1' not in stdout:
            raise Failure('store import on a terminal: status %d, stdout %r' % (status, stdout))
        if not err.startswith('\rptce: importing %s… 0 s' % sample) or CLEAR not in err:
            raise Failure('store import: the terminal shows %r' % err)
        # the same bytes again: recorded once, and said in French
        status, stdout, err = on_terminal(['store', 'import', store, sample],
                                          dict(FR, **AT_ONCE))
        if status != 0 or not err.startswith('\rptce: import de %s… 0 s' % sample):
            raise Failure('store import in French: status %d, terminal %r' % (status, err))
        expect_progress(['store', 'export', store], EN, 'reading %s… 0 s' % store)
        status, _, err = on_terminal(['store', 'export', store, '--output', out],
                                     dict(EN, **AT_ONCE))
        for line in ('reading %s… 0 s' % store, 'writing %s… 0 s' % out):
            if status != 0 or '\rptce: ' + line not in err:
                raise Failure('store export --output: status %d, %r is not on the terminal:\n%r'
                              % (status, line, err))
        # into a pipe, nothing
        status, _, err = piped(['store', 'export', store, '--output', out], dict(EN, **AT_ONCE))
        if status != 0 or err != '':
            raise Failure('store export with stderr a pipe: status %d, stderr %r' % (status, err))


def test_error_stays_one_line():
    # The error line comes after the cleared progress, alone on its line.
    missing = os.path.join(os.path.dirname(sample), 'no-such-file.json')
    rest = expect_progress(['verify', missing], EN, 'reading %s… 0 s' % missing,
                           status=2)
    if not rest.startswith('ptce: ') or rest.count('\n') != 1:
        raise Failure('the error is not one ptce: line: %r' % rest)


def test_never_into_a_pipe():
    # PTCE_PROGRESS_AFTER_MS=0 would show it at once: stderr is a pipe, so
    # nothing appears, for a load and for a save.
    with tempfile.TemporaryDirectory(prefix='ptce-progress-') as tmp:
        out = os.path.join(tmp, 'out.json')
        for args in (['summary', sample], ['convert', sample, '--output', out]):
            status, _, err = piped(args, dict(EN, **AT_ONCE))
            if status != 0 or err != '':
                raise Failure('ptce %s with stderr a pipe: status %d, stderr %r'
                              % (' '.join(args), status, err))


def test_quick_steps_show_nothing():
    # By default the line waits a second: loading the small sample shows
    # nothing, even on a terminal.
    status, _, err = on_terminal(['summary', sample], EN)
    if status != 0 or 'ptce' in err:
        raise Failure('a quick load on a terminal: status %d, terminal %r' % (status, err))


main([
    ('a load on a terminal shows what is read', test_load_on_terminal),
    ('the progress line in French', test_load_in_french),
    ('convert shows its read and its write', test_save_on_terminal),
    ('ptce store import and export show theirs', test_store_import_and_export),
    ('an error after the progress is still one ptce: line', test_error_stays_one_line),
    ('never when stderr is a pipe', test_never_into_a_pipe),
    ('nothing for a step under a second', test_quick_steps_show_nothing),
])

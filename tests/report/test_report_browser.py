# test_report_browser.py: every report of every sample rendered by a real
# browser — Debian's chromium, headless — driven through the DevTools
# protocol on a pipe (--remote-debugging-pipe: no port, no network). For each
# report:
#  - a screenshot that is not blank;
#  - the DOM holds the verdict, each finding of the diagnosis (computed here
#    through the Python binding, not read from the HTML) and each chart's
#    text alternative;
#  - no console message of level error or warning, no exception, and no
#    network request besides the document itself;
#  - printed to PDF (Page.printToPDF, the browser's "print to PDF"), the
#    document has the number of pages expected (pdfinfo counts them).
# One browser serves all the reports: a few seconds in all.
#
# Skipped, saying why, only when chromium or pdfinfo is not installed (CI
# installs both: tools/debian-packages.txt). PTCE_UPDATE_SCREENSHOTS=1
# writes the screenshots of docs/ (docs/report-pole.png,
# docs/report-territory.png); PTCE_RECORD_PAGES=1 prints the page counts
# instead of checking them (run with -s), after a deliberate layout change.
# SPDX-License-Identifier: LGPL-2.1-or-later
import base64
import json
import os
import select
import shutil
import struct
import subprocess
import tempfile
import time
import zlib

import gi
import pytest

gi.require_version('Ptce', '1.0')
from gi.repository import Ptce  # noqa: E402

SRCDIR = os.environ.get('G_TEST_SRCDIR',
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
SAMPLES_DIR = os.path.join(SRCDIR, '..', 'data', 'samples')
DOCS_DIR = os.path.join(SRCDIR, '..', 'docs')
DATE = '2025-06-30'
WIDTH = 900

CHROMIUM = shutil.which('chromium') or shutil.which('chromium-browser')
PDFINFO = shutil.which('pdfinfo')
# The browser and pdfinfo are not libptce: under the sanitizer build the
# test environment preloads libasan, which is for the interpreter only.
TOOL_ENV = {k: v for k, v in os.environ.items() if k not in ('LD_PRELOAD', 'ASAN_OPTIONS')}

# The pages each report prints to on A4 (the print style sheet starts each
# part on a new page; fonts-dejavu-core gives the same text width on every
# machine). A change of layout that moves these is a change to look at.
EXPECTED_PAGES = {
    ('le-damier.json', 'le-damier'): 14,
    ('le-damier.json', None): 5,
    ('le-phares.json', 'phares'): 14,
    ('le-phares.json', None): 5,
    ('ptce-samples.json', 'sud-aquitaine'): 13,
    ('ptce-samples.json', None): 7,
    ('ptce-sud-aquitaine.json', None): 5,
    ('vivre-les-mureaux.json', 'vivre-les-mureaux'): 13,
    ('vivre-les-mureaux.json', None): 5,
}

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or PDFINFO is None,
    reason='the browser test needs chromium and pdfinfo (Debian packages chromium and '
           'poppler-utils, in tools/debian-packages.txt); not installed here')


class Browser:
    """Headless chromium, driven by the DevTools protocol over a pipe."""

    def __init__(self, profile):
        cmd_r, self.cmd_w = os.pipe()
        self.resp_r, resp_w = os.pipe()

        def child_fds():
            # Through fresh descriptors: dup2() onto the same number would
            # keep the close-on-exec flag of the pipe.
            read_end, write_end = os.dup(cmd_r), os.dup(resp_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
             '--no-first-run', '--disable-background-networking', '--disable-component-update',
             '--disable-sync', '--disable-extensions', '--disable-default-apps',
             '--user-data-dir=' + profile, '--remote-debugging-pipe',
             '--window-size=%d,1400' % WIDTH, 'about:blank'],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=child_fds, close_fds=False, env=TOOL_ENV)
        os.close(cmd_r)
        os.close(resp_w)
        self.buffer = b''
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send('Browser.close')
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.cmd_w)
        os.close(self.resp_r)

    def _read_message(self, deadline):
        while b'\0' not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError('chromium did not answer in time')
            ready, _, _ = select.select([self.resp_r], [], [], left)
            if ready:
                chunk = os.read(self.resp_r, 1 << 20)
                if not chunk:
                    raise RuntimeError('chromium closed its DevTools pipe')
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b'\0', 1)
        return json.loads(message)

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {'id': self.next_id, 'method': method, 'params': params or {}}
        if session:
            message['sessionId'] = session
        os.write(self.cmd_w, json.dumps(message).encode() + b'\0')
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get('id') == self.next_id:
                if 'error' in reply:
                    raise RuntimeError('%s: %s' % (method, reply['error']))
                return reply.get('result', {})
            self.events.append(reply)

    def wait_event(self, method, session, timeout=30):
        deadline = time.monotonic() + timeout
        for i, event in enumerate(self.events):
            if event.get('method') == method and event.get('sessionId') == session:
                return event
        while True:
            event = self._read_message(deadline)
            self.events.append(event)
            if event.get('method') == method and event.get('sessionId') == session:
                return event


def png_pixels(data):
    """Decodes an 8-bit RGB or RGBA PNG (what chromium writes): returns
    (width, height, rows of bytes, bytes per pixel)."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos, idat, width = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', body)
            assert depth == 8 and colour in (2, 6) and interlace == 0
            bpp = 3 if colour == 2 else 4
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xff
            elif kind == 2:
                line[x] = (line[x] + b) & 0xff
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xff
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xff
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def assert_not_blank(png):
    width, height, rows, bpp = png_pixels(png)
    assert width > 0 and height > 0
    colours = set()
    ink = 0
    total = 0
    for row in rows[::4]:
        for x in range(0, width * bpp, bpp * 4):
            pixel = row[x:x + 3]
            colours.add(pixel)
            total += 1
            if pixel != b'\xff\xff\xff':
                ink += 1
    # Text and charts: many colours (anti-aliasing), and real ink.
    assert len(colours) > 20, 'the screenshot has %d colours: blank?' % len(colours)
    assert ink / total > 0.02, 'the screenshot is %.1f %% ink: blank?' % (100 * ink / total)


DOM_PROBE = r'''
(() => {
  const text = e => e ? e.textContent.replace(/\s+/g, ' ').trim() : null;
  return JSON.stringify({
    lang: document.documentElement.lang,
    title: document.title,
    verdicts: [...document.querySelectorAll('#verdict dd, .verdict-list dd')].map(text),
    rules: [...document.querySelectorAll('article.finding')].map(e => e.dataset.rule),
    missing: [...document.querySelectorAll('#diagnosis ul.missing li')].map(text),
    charts: [...document.querySelectorAll('svg[role=img]')].map(svg => {
      const id = svg.getAttribute('aria-labelledby');
      return text(id ? document.getElementById(id) : null);
    }),
    captions: [...document.querySelectorAll('figcaption')].map(text),
    parts: document.querySelectorAll('section.part').length,
    bodyText: document.body.innerText.length,
  });
})()
'''


def reports():
    """The territory report of every sample, and the report of every pole
    once (ptce-samples.json gathers the poles of the other files)."""
    done = set()
    for sample in sorted(f for f in os.listdir(SAMPLES_DIR) if f.endswith('.json')):
        dataset = Ptce.JsonReader.new().load_file(os.path.join(SAMPLES_DIR, sample))
        poles = dataset.get_poles()
        for i in range(poles.get_n_items()):
            pole_id = poles.get_item(i).get_id()
            if pole_id not in done:
                done.add(pole_id)
                yield sample, dataset, pole_id
        yield sample, dataset, None


@pytest.fixture(scope='module')
def browser():
    profile = tempfile.mkdtemp(prefix='ptce-chromium-')
    b = Browser(profile)
    try:
        b.send('Browser.getVersion', timeout=60)
        yield b
    finally:
        b.close()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(browser, session, scale):
    clip = {'x': 0, 'y': 0, 'width': WIDTH, 'height': 1400, 'scale': scale}
    return base64.b64decode(browser.send('Page.captureScreenshot', {'format': 'png', 'clip': clip},
                                         session=session)['data'])


def expected_diagnosis(dataset, pole_id, when):
    checker = Ptce.Checker.new()
    checker.set_geography(Ptce.Geography.get_default())
    diagnosis = checker.check(dataset, dataset.lookup_pole(pole_id), when)
    findings = diagnosis.get_findings()
    rules = [findings.get_item(i).get_rule_id() for i in range(findings.get_n_items())]
    return diagnosis, rules


VERDICT_WORDS = {
    Ptce.Verdict.MET: 'met',
    Ptce.Verdict.NOT_MET: 'not met',
    Ptce.Verdict.UNDETERMINED: 'cannot tell from the data',
}


def test_reports_in_the_browser(browser, tmp_path):
    when = Ptce.Date.new_from_iso8601(DATE)
    seen = 0
    started = time.monotonic()
    for sample, dataset, pole_id in reports():
        report = (Ptce.Report.new_for_pole(dataset, pole_id) if pole_id
                  else Ptce.Report.new_for_territory(dataset, None))
        report.set_date(when)
        path = tmp_path / ('%s-%s.html' % (sample[:-5], pole_id or 'all'))
        assert report.save_file(str(path))
        url = 'file://' + str(path)
        what = '%s %s' % (sample, pole_id or '(territory)')

        target = browser.send('Target.createTarget', {'url': 'about:blank'})['targetId']
        session = browser.send('Target.attachToTarget', {'targetId': target, 'flatten': True})['sessionId']
        for domain in ('Page', 'Runtime', 'Log', 'Network'):
            browser.send(domain + '.enable', session=session)
        browser.send('Emulation.setDeviceMetricsOverride',
                     {'width': WIDTH, 'height': 1400, 'deviceScaleFactor': 1, 'mobile': False},
                     session=session)
        browser.events.clear()
        browser.send('Page.navigate', {'url': url}, session=session)
        browser.wait_event('Page.loadEventFired', session)

        dom = json.loads(browser.send('Runtime.evaluate', {'expression': DOM_PROBE, 'returnByValue': True},
                                      session=session)['result']['value'])
        # A quarter-scale screenshot is enough to see ink (and quick to
        # decode in Python); the full-scale one is for docs/.
        png = screenshot(browser, session, 0.25)
        if os.environ.get('PTCE_UPDATE_SCREENSHOTS'):
            full = screenshot(browser, session, 1)
        pdf = base64.b64decode(browser.send('Page.printToPDF', {'preferCSSPageSize': True,
                                                                'printBackground': True},
                                            session=session, timeout=60)['data'])
        # Messages and requests seen while the page loaded and was printed.
        events = [e for e in browser.events if e.get('sessionId') == session]
        browser.send('Target.closeTarget', {'targetId': target})

        problems = []
        for e in events:
            m, p = e.get('method'), e.get('params', {})
            if m == 'Runtime.consoleAPICalled' and p.get('type') in ('error', 'warning', 'assert'):
                problems.append('console %s: %s' % (p['type'], p.get('args')))
            elif m == 'Runtime.exceptionThrown':
                problems.append('exception: %s' % p.get('exceptionDetails'))
            elif m == 'Log.entryAdded' and p['entry'].get('level') in ('error', 'warning'):
                problems.append('log %s: %s' % (p['entry']['level'], p['entry'].get('text')))
            elif m == 'Network.requestWillBeSent' and p['request']['url'] != url:
                problems.append('request: %s' % p['request']['url'])
        assert not problems, '%s: %s' % (what, problems)
        assert any(e.get('method') == 'Network.requestWillBeSent' for e in events), \
            'no request seen at all: is the Network domain listening?'

        assert dom['lang'] == 'en'
        assert dom['bodyText'] > 500
        assert all(dom['charts']), '%s: a chart has no text alternative' % what
        for alt in dom['charts']:
            if not alt.startswith('The cooperation network'):
                assert alt in dom['captions'], '%s: chart %r has no caption' % (what, alt)
        if pole_id:
            diagnosis, rules = expected_diagnosis(dataset, pole_id, when)
            assert sorted(dom['rules']) == sorted(rules), what
            assert dom['verdicts'][:3] == [
                VERDICT_WORDS[diagnosis.get_verdict(level)]
                for level in (Ptce.FindingLevel.DEFINITION, Ptce.FindingLevel.EVIDENCE,
                              Ptce.FindingLevel.ELIGIBILITY)], what
            assert len(dom['missing']) == len(diagnosis.dup_missing_actions()), what
        else:
            assert dom['verdicts'], what

        assert_not_blank(png)

        pdf_path = tmp_path / (path.stem + '.pdf')
        pdf_path.write_bytes(pdf)
        info = subprocess.run([PDFINFO, str(pdf_path)], capture_output=True, text=True, check=True,
                              env=TOOL_ENV)
        pages = int(next(l.split()[-1] for l in info.stdout.splitlines() if l.startswith('Pages:')))
        # Each part starts a page; the heading and verdict share the first.
        assert pages >= dom['parts'] + 1, '%s: %d pages for %d parts' % (what, pages, dom['parts'])
        expected = EXPECTED_PAGES.get((sample, pole_id))
        if expected is None:
            # A sample added since the counts were taken: within reason, and
            # say so (add it to EXPECTED_PAGES).
            print('# %s: %d pages, not in EXPECTED_PAGES yet' % (what, pages))
            assert pages <= 4 * (dom['parts'] + 1), '%s: %d pages' % (what, pages)
        elif not os.environ.get('PTCE_RECORD_PAGES'):  # set it to print new counts
            assert pages == expected, '%s: %d pages, %d expected' % (what, pages, expected)

        if os.environ.get('PTCE_UPDATE_SCREENSHOTS'):
            if pole_id == 'phares':
                with open(os.path.join(DOCS_DIR, 'report-pole.png'), 'wb') as f:
                    f.write(full)
            elif (sample, pole_id) == ('ptce-samples.json', None):
                with open(os.path.join(DOCS_DIR, 'report-territory.png'), 'wb') as f:
                    f.write(full)
        seen += 1
        print('%s: %d pages, %.1f s so far' % (what, pages, time.monotonic() - started))

    assert seen >= len(EXPECTED_PAGES)
    print('%d reports in %.1f s' % (seen, time.monotonic() - started))

# test_hostile_report.py: hostile text in a dataset never becomes markup in
# an HTML report. Every text field a report prints (pole name, description,
# carrier, territory name, actor names, cooperation descriptions, indicator
# names, units, sources, dataset title and source) is filled with each
# hostile string; the pole and territory reports must then parse in
# html5lib's strict mode, hold no element or attribute the data brought
# (no <script>, no <img>, no on* attribute, no second <body>), give the
# text back as text, and keep right-to-left marks inside <bdi>.
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os

import gi
import pytest

gi.require_version('Ptce', '1.0')
from gi.repository import GLib, Ptce  # noqa: E402

html5lib = pytest.importorskip('html5lib')

HOSTILE = {
    'script': '<script>alert("x")</script>',
    'close-tags': '</title></style></svg></table></body><body onload="alert(1)">',
    'attribute': '" onmouseover="alert(1)" x=\'',
    'entities': '&amp; &lt;b&gt; &#60;script&#62; & &&',
    'comment': '<!-- --><![CDATA[ ]]>',
    'image': '<img src=x onerror=alert(1)>',
    'svg': '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
    'rtl': '\u202eevil\u202c \u200fעברית\u200e عربي',
    'rtl-open': '\u202eevil \u2067left open',
    'controls': 'a\u0001b\u0008c\u000bd\u007fe\u0085f\ufdd0g\uffff',
    'long': 'Association ' + 'x' * 10000,
    'url': 'javascript:alert(1) http://example.invalid/<x>',
    'percent': '%s %d %n %% {0}',
}

ELEMENTS_ALLOWED = {
    'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'section', 'h1', 'h2', 'h3', 'h4',
    'p', 'dl', 'dt', 'dd', 'ul', 'li', 'ol', 'div', 'table', 'caption', 'thead', 'tbody', 'tr',
    'th', 'td', 'figure', 'figcaption', 'article', 'span', 'strong', 'blockquote', 'bdi', 'a',
    # SVG (by the charts, and by Graphviz for the network)
    'svg', 'g', 'rect', 'text', 'line', 'polyline', 'circle', 'path', 'polygon', 'ellipse',
}


def dataset_with(text):
    data = {
        'format': 'ptce/1',
        'title': text,
        'source': text,
        'date': '2025-06-30',
        'cog_vintage': '2026',
        'actors': [
            {'id': 'a1', 'name': text, 'kind': 'enterprise', 'ess_family': 'association',
             'ess_basis': 'by-status', 'seat_commune': '63113'},
            {'id': 'a2', 'name': text + ' 2', 'kind': 'enterprise', 'ess_family': 'none',
             'ess_basis': 'not-ess'},
            {'id': 'a3', 'name': text + ' 3', 'kind': 'local-authority'},
        ],
        'poles': [{
            'id': 'p1',
            'name': text,
            'description': text,
            'founded': '2015',
            'legal_form': 'association',
            'carrier': 'a1',
            'territory': {'name': text, 'vintage': '2026', 'scale': 'commune',
                          'communes': ['63113']},
            'memberships': [
                {'actor': 'a1', 'roles': ['founding-member'], 'start': '2015'},
                {'actor': 'a2', 'roles': ['member'], 'start': '2016-03', 'end': '2024'},
                {'actor': 'a3', 'roles': ['partner']},
            ],
            'cooperations': [
                {'id': 'c1', 'mode': 'mutualisation', 'object': 'shared-premises',
                 'participants': ['a1', 'a2'], 'start': '2016', 'description': text},
            ],
        }],
        'observations': [
            {'subject': 'p1', 'indicator': text, 'value': 12, 'unit': text,
             'start': '2020', 'source': text},
            {'subject': 'p1', 'indicator': text, 'value': 15, 'unit': text,
             'start': '2022', 'source': text + ' (bis)'},
        ],
    }
    return Ptce.JsonReader.new().load_bytes(GLib.Bytes.new(json.dumps(data).encode()))


def check(html_bytes, text):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root = parser.parse(html_bytes)  # raises on any parse error
    html = html_bytes.decode('utf-8')
    for e in root.iter():
        if not isinstance(e.tag, str):
            continue
        tag = e.tag.split('}')[-1]
        assert tag in ELEMENTS_ALLOWED, 'element <%s> in the report' % tag
        for name in e.attrib:
            assert not name.lower().startswith('on'), 'attribute %s in the report' % name
            assert name != 'src'
    assert len(root.findall('body')) == 1
    # The text came through as text: its first words are readable in the
    # document (html5lib turned the escapes back into characters).
    all_text = ''.join(root.itertext())
    visible = text.split('\u0001')[0][:20]
    assert visible in all_text
    # No text leaves a bidirectional embedding, override or isolate open:
    # a name cannot reorder the text after it.
    for node in root.iter():
        for chunk in (node.text, node.tail):
            if not chunk:
                continue
            opened = sum(chunk.count(c) for c in '\u202a\u202b\u202d\u202e')
            assert opened <= chunk.count('\u202c'), repr(chunk[:80])
            isolates = sum(chunk.count(c) for c in '\u2066\u2067\u2068')
            assert isolates <= chunk.count('\u2069'), repr(chunk[:80])
    # Characters HTML5 calls parse errors were replaced.
    for c in '\u0001\u0008\u000b\u007f\u0085\ufdd0\uffff':
        assert c not in html
    return root


@pytest.mark.parametrize('name', sorted(HOSTILE))
def test_hostile_text_is_escaped(name):
    text = HOSTILE[name]
    dataset = dataset_with(text)
    for report in (Ptce.Report.new_for_pole(dataset, 'p1'),
                   Ptce.Report.new_for_territory(dataset, None),
                   Ptce.Report.new_for_territory(dataset, 'dep:63')):
        report.set_date(Ptce.Date.new_from_iso8601('2025-06-30'))
        root = check(report.to_bytes().get_data(), text)
        if name == 'long':
            # Whole in the text, cut in the charts' labels.
            assert text in ''.join(root.itertext())
            for e in root.iter():
                if isinstance(e.tag, str) and e.tag.endswith('}text'):
                    assert len(e.text or '') <= 40
    print('# hostile-cases report text %d' % len(HOSTILE))


def test_hostile_ids():
    # Ids are printed too (a pole with no name, a cooperation with no
    # description).
    data = {
        'format': 'ptce/1',
        'actors': [{'id': '<a1>', 'kind': 'enterprise'}],
        'poles': [{'id': '"><script>x</script>', 'memberships': [{'actor': '<a1>'}],
                   'cooperations': [{'id': '<c&1>', 'mode': 'cooperation'}]}],
    }
    dataset = Ptce.JsonReader.new().load_bytes(GLib.Bytes.new(json.dumps(data).encode()))
    report = Ptce.Report.new_for_pole(dataset, '"><script>x</script>')
    check(report.to_bytes().get_data(), '"><script>x</script>')

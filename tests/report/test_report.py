# test_report.py: PtceReport from Python, through GObject introspection —
# the three outputs (GBytes, a Gio.OutputStream, a file), the errors as
# GLib.Error, construction property by property; every report of every
# sample parsed by html5lib in strict mode (any parse error fails); and
# `ptce report` as users run it, in English and in French.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import subprocess
import xml.etree.ElementTree as ET

import gi
import pytest

gi.require_version('Ptce', '1.0')
from gi.repository import Gio, GLib, Ptce  # noqa: E402

html5lib = pytest.importorskip('html5lib')

SRCDIR = os.environ.get('G_TEST_SRCDIR',
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
BUILDDIR = os.environ.get('G_TEST_BUILDDIR', '')
PTCE = os.path.join(BUILDDIR, '..', 'tools', 'ptce')
SAMPLES_DIR = os.path.join(SRCDIR, '..', 'data', 'samples')
SAMPLES = sorted(f for f in os.listdir(SAMPLES_DIR) if f.endswith('.json'))
DATE = '2025-06-30'

EN = dict(os.environ, LC_ALL='C.UTF-8')
EN.pop('LANGUAGE', None)
FR = dict(EN, LANGUAGE='fr')


def load(name):
    return Ptce.JsonReader.new().load_file(os.path.join(SAMPLES_DIR, name))


def poles_of(dataset):
    poles = dataset.get_poles()
    return [poles.get_item(i).get_id() for i in range(poles.get_n_items())]


def strict_parse(data):
    """The document parsed by html5lib in strict mode: any parse error
    raises. Returns the tree (elements without the XHTML namespace)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(data)


def render(report):
    report.set_date(Ptce.Date.new_from_iso8601(DATE))
    data = report.to_bytes().get_data()
    assert data.startswith(b'<!DOCTYPE html>\n')
    data.decode('utf-8')  # UTF-8 throughout
    return data


def check_document(tree):
    html = tree
    assert html.get('lang') in ('en', 'fr')
    # Headings in order: one h1, then no level skipped.
    elements = [e for e in html.iter() if isinstance(e.tag, str)]  # not comments
    levels = [int(e.tag[1]) for e in elements if e.tag in ('h1', 'h2', 'h3', 'h4')]
    assert levels[0] == 1 and levels.count(1) == 1
    for before, after in zip(levels, levels[1:]):
        assert after <= before + 1, 'heading h%d after h%d' % (after, before)
    # Tables have header cells; charts have a text alternative.
    for table in html.iter('table'):
        assert table.find('.//th') is not None
    svgs = [e for e in elements if e.tag.endswith('}svg')]
    for svg in svgs:
        assert svg.get('role') == 'img'
        title_id = svg.get('aria-labelledby')
        titles = [e for e in svg.iter() if isinstance(e.tag, str) and e.tag.endswith('title')
                  and e.get('id') == title_id]
        assert titles and titles[0].text.strip()
    # Nothing that loads or runs.
    for e in elements:
        assert not e.tag.endswith('script') and e.tag not in ('link', 'img', 'iframe', 'object')
        assert e.get('src') is None
        href = e.get('href')
        assert href is None or href.startswith('#')
    return html


@pytest.mark.parametrize('sample', SAMPLES)
def test_every_report_parses_strictly(sample):
    dataset = load(sample)
    for pole_id in poles_of(dataset):
        html = check_document(strict_parse(render(Ptce.Report.new_for_pole(dataset, pole_id))))
        assert html.find('.//section[@id="verdict"]') is not None
    check_document(strict_parse(render(Ptce.Report.new_for_territory(dataset, None))))


def test_outputs_agree(tmp_path):
    dataset = load('le-phares.json')
    report = Ptce.Report.new_for_pole(dataset, 'phares')
    data = render(report)

    stream = Gio.MemoryOutputStream.new_resizable()
    assert report.to_stream(stream, None)
    stream.close()
    assert bytes(stream.steal_as_bytes().get_data()) == data

    path = tmp_path / 'phares.html'
    path.write_text('old')
    assert report.save_file(str(path))
    assert path.read_bytes() == data


def test_errors_are_glib_errors(tmp_path):
    dataset = load('ptce-samples.json')
    with pytest.raises(GLib.Error) as info:
        Ptce.Report.new_for_pole(dataset, 'nope').to_bytes()
    assert info.value.matches(Ptce.error_quark(), Ptce.Error.NOT_FOUND)
    with pytest.raises(GLib.Error) as info:
        Ptce.Report.new_for_territory(dataset, '11').to_bytes()
    assert 'reg:11' in info.value.message
    # A failed save leaves the old file.
    path = tmp_path / 'keep.html'
    path.write_text('old')
    with pytest.raises(GLib.Error):
        Ptce.Report.new_for_pole(dataset, 'nope').save_file(str(path))
    assert path.read_text() == 'old'


def test_construction_property_by_property():
    dataset = load('le-damier.json')
    values = {
        'dataset': dataset,
        'pole-id': 'le-damier',
        'territory': 'reg:84',
        'date': Ptce.Date.new_from_iso8601(DATE),
        'geography': Ptce.Geography.get_default(),
        'checker': Ptce.Checker.new(),
    }
    # Each property alone: no crash, and an error (not a crash) when a
    # report cannot be made from it.
    for name, value in values.items():
        report = Ptce.Report(**{name.replace('-', '_'): value})
        assert report.get_property(name) is not None
        if name != 'dataset':
            with pytest.raises(GLib.Error):
                report.to_bytes()
    Ptce.Report().props.dataset = dataset
    report = Ptce.Report(dataset=dataset)
    # The whole dataset, when no pole and no territory is given.
    tree = strict_parse(render(report))
    assert tree.find('.//section[@id="coverage"]') is not None
    assert Ptce.Report.get_language() == 'en'
    assert Ptce.Report.has_network_picture() in (True, False)


def test_territory_counts_members_once():
    dataset = load('ptce-samples.json')
    html = strict_parse(render(Ptce.Report.new_for_territory(dataset, 'all')))
    rows = {}
    for table in html.iter('table'):
        for tr in table.iter('tr'):
            th = tr.find('th')
            if th is not None and th.get('scope') == 'row':
                rows[''.join(th.itertext())] = [''.join(td.itertext()) for td in tr.findall('td')]
    total = rows['Total (a member of several poles counted once)']
    members = [int(rows[name][3]) for name in ('Le PHARES', 'Le Damier', 'PTCE Sud Aquitaine')]
    # The three poles share no member: the total is their sum here, and it
    # is what the headline says.
    assert int(total[3]) == sum(members)
    assert int(total[3]) > 0


def row_table(tree):
    """{row header text: [cell texts]} over every table of the document."""
    rows = {}
    for table in tree.iter('table'):
        for tr in table.iter('tr'):
            th = tr.find('th')
            if th is not None and th.get('scope') == 'row':
                rows[''.join(th.itertext())] = [''.join(td.itertext()) for td in tr.findall('td')]
    return rows


def number(text):
    """A number of an English report ("1,234", "0.786", "—" for none)."""
    return None if text == '—' else float(text.replace(',', ''))


@pytest.mark.parametrize('sample,pole_id', [('le-phares.json', 'phares'),
                                            ('ptce-samples.json', 'sud-aquitaine'),
                                            ('le-damier.json', 'le-damier')])
def test_pole_network_figures_are_the_network_layer(sample, pole_id):
    # The network section shows PtceNetwork's figures for the pole on the
    # date (as `ptce network --pole` builds it), and its ties as a table.
    dataset = load(sample)
    rows = row_table(strict_parse(render(Ptce.Report.new_for_pole(dataset, pole_id))))
    builder = Ptce.NetworkBuilder.new(dataset)
    builder.add_pole(pole_id)
    builder.set_date(Ptce.Date.new_from_iso8601(DATE))
    network = builder.build()
    assert network.get_n_nodes() > 0
    assert number(rows['Organisations'][0]) == network.get_n_nodes()
    assert number(rows['Ties'][0]) == network.get_n_edges()
    assert number(rows['Density (share of the possible ties that exist)'][0]) == \
        pytest.approx(network.get_density(), abs=5e-4)
    assert number(rows['Connected components'][0]) == network.get_n_components()
    assert number(rows['Organisations in the largest component'][0]) == \
        network.get_largest_component_size()
    assert number(rows['Average clustering'][0]) == \
        pytest.approx(network.get_average_clustering(), abs=5e-4)
    # One row per tie: the two organisations and the number of cooperations.
    tree = strict_parse(render(Ptce.Report.new_for_pole(dataset, pole_id)))
    ties = [t for t in tree.iter('table')
            if ''.join(t.find('caption').itertext()) == 'The ties of the network']
    if network.get_n_edges() == 0:
        assert not ties
        return
    body = ties[0].find('tbody')
    got = sorted((''.join(tr.find('th').itertext()), ''.join(tr.findall('td')[0].itertext()),
                  number(''.join(tr.findall('td')[1].itertext()))) for tr in body.iter('tr'))
    want = sorted((network.get_node_label(network.get_edge_source(e)),
                   network.get_node_label(network.get_edge_target(e)),
                   network.get_edge_weight(e)) for e in range(network.get_n_edges()))
    assert got == want


@pytest.mark.parametrize('territory,level', [('all', None),
                                             ('reg:75', Ptce.AreaLevel.REGION),
                                             ('dep:40', Ptce.AreaLevel.DEPARTEMENT)])
def test_territory_figures_are_the_observatory(territory, level):
    # The headline figures are PtceObservatory's: totals over the poles of
    # the territory with each member once, coverage with each commune once.
    dataset = load('ptce-samples.json')
    tree = strict_parse(render(Ptce.Report.new_for_territory(dataset, territory)))
    dl = tree.find('.//section[@id="totals"]/dl')
    terms = [''.join(e.itertext()) for e in dl if e.tag == 'dt']
    values = [''.join(e.itertext()) for e in dl if e.tag == 'dd']
    facts = dict(zip(terms, values))
    observatory = Ptce.Observatory.new(dataset)
    when = Ptce.Date.new_from_iso8601(DATE)
    poles = dataset.get_poles()
    if level is None:
        area = observatory.compute_coverage(None, when)
        on_territory = None
    else:
        code = territory.split(':')[1]
        area = [a for a in observatory.roll_up(None, level, when) if a.get_code() == code][0]
        # The poles with a commune there: here each pole lies in one région.
        on_territory = Gio.ListStore.new(Ptce.Pole)
        for i in range(poles.get_n_items()):
            pole = poles.get_item(i)
            one = Gio.ListStore.new(Ptce.Pole)
            one.append(pole)
            row = [a for a in observatory.roll_up(one, level, when) if a.get_code() == code][0]
            if row.get_n_poles() > 0:
                on_territory.append(pole)
    totals = {i.get_id(): i.get_value() for i in observatory.compute_totals(on_territory, when)
              if not i.get_category()}
    assert number(facts['Members (each counted once)']) == totals['members_total']
    assert number(facts['ESS enterprises among them']) == totals['ess_members']
    assert number(facts['Cooperations active']) == totals['cooperations_active']
    covered = facts['Population covered (each commune counted once)'].split(' ')[0]
    assert number(covered) == area.get_population_covered()
    assert area.get_population_covered() > 0


# `ptce report`, as users run it ------------------------------------------

def ptce(*args, env=EN):
    return subprocess.run([PTCE, 'report'] + list(args), capture_output=True, text=True,
                          env=env, timeout=60)


def test_cli_pole_in_english(tmp_path):
    out = tmp_path / 'phares.html'
    r = ptce(os.path.join(SAMPLES_DIR, 'le-phares.json'), '--pole', 'phares',
             '--date', DATE, '--output', str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout == '' and r.stderr == ''
    html = check_document(strict_parse(out.read_bytes()))
    assert html.get('lang') == 'en'
    assert 'Meets the definition of a PTCE' in out.read_text()


@pytest.mark.parametrize('how', ['--lang', 'LANGUAGE'])
def test_cli_pole_in_french(tmp_path, how):
    out = tmp_path / 'phares.html'
    args = [os.path.join(SAMPLES_DIR, 'le-phares.json'), '--pole', 'phares',
            '--date', DATE, '--output', str(out)]
    r = ptce(*args, '--lang', 'fr') if how == '--lang' else ptce(*args, env=FR)
    assert r.returncode == 0, r.stderr
    text = out.read_text()
    html = check_document(strict_parse(out.read_bytes()))
    assert html.get('lang') == 'fr'
    assert "Répond à la définition d&#39;un PTCE" in text
    assert '<h2>Diagnostic</h2>' in text and '<h2>Membres</h2>' in text
    # The law is quoted in French, marked as French, in both languages.
    assert '<blockquote lang="fr">' in text


def test_cli_english_over_a_french_locale(tmp_path):
    out = tmp_path / 'x.html'
    r = ptce(os.path.join(SAMPLES_DIR, 'le-damier.json'), '--pole', 'le-damier',
             '--date', DATE, '--lang', 'en', '--output', str(out), env=FR)
    assert r.returncode == 0, r.stderr
    assert strict_parse(out.read_bytes()).get('lang') == 'en'
    assert '<blockquote lang="fr">' in out.read_text()


def test_cli_territory_to_stdout():
    r = ptce(os.path.join(SAMPLES_DIR, 'ptce-samples.json'), '--territory', 'dep:40',
             '--date', DATE, '--output', '-')
    assert r.returncode == 0, r.stderr
    assert 'PTCE Sud Aquitaine' in r.stdout and 'Le PHARES</bdi>' not in r.stdout
    check_document(strict_parse(r.stdout.encode()))


@pytest.mark.parametrize('args, words_en, words_fr', [
    (['--pole', 'nope'], 'No pole has the id “nope”', 'Aucun pôle n\'a l\'identifiant « nope »'),
    (['--territory', '11'], 'both a région and a département', 'à la fois un code de région'),
    ([], 'either --pole ID or --territory CODE', 'soit --pole ID, soit --territory CODE'),
    (['--pole', 'phares', '--lang', 'de'], '--lang “de”', '--lang « de »'),
])
def test_cli_errors_in_both_languages(tmp_path, args, words_en, words_fr):
    out = tmp_path / 'out.html'
    for env, words in ((EN, words_en), (FR, words_fr)):
        r = ptce(os.path.join(SAMPLES_DIR, 'ptce-samples.json'), '--output', str(out), *args, env=env)
        assert r.returncode == 2
        assert r.stderr.startswith('ptce: ') and r.stderr.count('\n') == 1, r.stderr
        assert words in r.stderr, r.stderr
        assert not out.exists()


def test_cli_output_required():
    r = ptce(os.path.join(SAMPLES_DIR, 'ptce-samples.json'), '--pole', 'phares')
    assert r.returncode == 2 and '--output OUT is needed' in r.stderr

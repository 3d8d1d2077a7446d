# test_network_cli.py: `ptce network` as a user or a tool runs it, in English
# and French; its GraphML and GEXF read back with NetworkX's readers (same
# nodes, edges and attributes); the GEXF held to the structure of GEXF 1.3;
# its DOT rendered by Graphviz.
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

SRCDIR = os.environ.get('G_TEST_SRCDIR',
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
BUILDDIR = os.environ.get('G_TEST_BUILDDIR', '')
PTCE = os.path.join(BUILDDIR, '..', 'tools', 'ptce')
SAMPLE = os.path.join(SRCDIR, 'data', 'analysis', 'network-sample.json')
SAMPLES = os.path.join(SRCDIR, '..', 'data', 'samples', 'ptce-samples.json')

EN = dict(os.environ, LC_ALL='C.UTF-8')
EN.pop('LANGUAGE', None)
FR = dict(EN, LANGUAGE='fr')
PERIOD = ['--from', '2015-01-01', '--to', '2022-12-31']


def ptce(*args, env=EN):
    return subprocess.run([PTCE, 'network'] + list(args), capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture(autouse=True, scope='module')
def tool_built():
    if not os.path.exists(PTCE):
        pytest.fail('the ptce tool is not at %s' % PTCE)


def network_json(*args):
    r = ptce(SAMPLE, '--format', 'json', *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_text_headline_and_brokers():
    r = ptce(SAMPLE, '--pole', 'clairval', '--from', '2017-01-01', '--to', '2018-12-31')
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert 'From 2017-01-01 to 2018-12-31' in out
    assert '  ties: 17\n' in out
    assert '  new ties: 2\n' in out
    assert '  ended ties: 3\n' in out
    assert '  median tie duration (days): 730\n' in out
    brokers = out.split('Top brokers (normalised betweenness)\n')[1].splitlines()
    assert 'SCOP Bâtir (scop-batir)' in brokers[0]


def test_french():
    r = ptce(SAMPLE, '--pole', 'clairval', '--date', '2017-06-01', env=FR)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert 'Réseau de coopération : acteurs liés par des coopérations communes' in out
    assert 'Au 2017-06-01' in out
    assert '  liens : 15\n' in out
    assert "  entreprises de l'ESS ↔ autres entreprises : 4\n" in out
    assert 'Liens par mode (article 9 I)' in out
    assert 'Principaux intermédiaires' in out
    assert 'Ties by mode' not in out
    r = ptce(SAMPLE, '--pole', 'nowhere', env=FR)
    assert r.returncode == 2
    assert r.stderr == "ptce: réseau : aucun pôle n'a l'identifiant « nowhere »\n"


def test_json_matches_the_figures():
    data = network_json('--pole', 'clairval', '--date', '2017-06-01')
    assert data['kind'] == 'actors'
    assert data['metrics']['nodes'] == 9
    assert data['metrics']['edges'] == 15
    assert data['metrics']['ties_by_mode'] == {'mutualisation': 8, 'cooperation': 3,
                                               'partenariat': 4}
    assert abs(data['metrics']['ei_index'] - 1 / 15) < 1e-12
    scop = next(n for n in data['nodes'] if n['id'] == 'scop-batir')
    assert scop['category'] == 'ess-enterprise'
    assert scop['category_derivation'] == 'inferred'
    assert scop['degree'] == 7


def test_modes_kinds_and_weights():
    assert network_json('--pole', 'clairval', '--date', '2017-06-01',
                        '--mode', 'partenariat')['metrics']['edges'] == 4
    assert network_json('--pole', 'clairval', '--date', '2017-06-01', '--mode', 'partenariat',
                        '--mode', 'cooperation')['metrics']['edges'] == 7
    poles = network_json('--kind', 'poles', '--date', '2019-06-01')
    assert [(e['source'], e['target'], e['weight']) for e in poles['edges']] == \
        [('clairval', 'val-sud', 3.0)]
    assert network_json('--kind', 'poles', '--date', '2019-06-01',
                        '--members-only')['edges'][0]['weight'] == 2.0
    months = network_json('--pole', 'clairval', '--from', '2017-01-01', '--to', '2018-12-31',
                          '--weight', 'months')
    e = next(e for e in months['edges'] if {e['source'], e['target']} == {'ressourcerie', 'jardins'})
    assert e['weight'] == 24.0


@pytest.mark.parametrize('args,message', [
    ([], 'a FILE is needed'),
    ([SAMPLE, SAMPLE], 'only one FILE'),
    ([SAMPLE, '--date', '2020-13-01'], '--date'),
    ([SAMPLE, '--from', '2020-01-01'], 'period is empty'),
    ([SAMPLE, '--to', '2020-01-01'], 'period is empty'),
    ([SAMPLE, '--date', '2020-01-01', '--from', '2019-01-01', '--to', '2020-01-01'], 'not both'),
    ([SAMPLE, '--from', '2021-01-01', '--to', '2020-01-01'], 'reversed'),
    ([SAMPLE, '--format', 'xml'], '--format “xml”'),
    ([SAMPLE, '--mode', 'friendship'], '--mode “friendship”'),
    ([SAMPLE, '--kind', 'people'], '--kind “people”'),
    ([SAMPLE, '--weight', 'euros'], '--weight “euros”'),
    ([SAMPLE, '--pole', 'clairval', '--pole', 'nowhere'], 'no pole has the id “nowhere”'),
    ([SAMPLE, '--bogus'], 'bogus'),
    (['/nonexistent/ptce.json'], 'nonexistent'),
    ([SAMPLE, '--output', '/nonexistent/dir/out.dot', '--format', 'dot'], 'cannot write'),
])
def test_invalid_input_exits_2(args, message):
    r = ptce(*args)
    assert r.returncode == 2
    assert r.stdout == ''
    assert message in r.stderr
    assert r.stderr.startswith('ptce: ')
    assert r.stderr.count('\n') == 1 or message == 'bogus'


def expected(tmp_path):
    data = network_json(*PERIOD)
    return data


def test_graphml_reads_back(tmp_path):
    out = tmp_path / 'net.graphml'
    r = ptce(SAMPLE, *PERIOD, '--format', 'graphml', '--output', str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout == ''
    g = nx.read_graphml(str(out))
    data = network_json(*PERIOD)
    assert set(g.nodes()) == {n['id'] for n in data['nodes']}
    assert {frozenset((e['source'], e['target'])) for e in data['edges']} == \
        {frozenset(e) for e in g.edges()}
    for n in data['nodes']:
        attrs = g.nodes[n['id']]
        assert attrs['label'] == n['label']
        for key in ('type', 'category', 'category_derivation', 'ess_family',
                    'legal_category', 'commune', 'animator', 'start', 'end'):
            if key in n:
                assert attrs[key] == n[key], (n['id'], key)
            else:
                assert key not in attrs
    for e in data['edges']:
        attrs = g.edges[e['source'], e['target']]
        for key in ('weight', 'count', 'months', 'days', 'modes', 'objects', 'start', 'end'):
            assert attrs[key] == e[key], key
    assert isinstance(g.nodes['animation']['animator'], bool)
    assert g.nodes['animation']['animator'] is True


def read_gexf_1_3(path):
    """NetworkX 2.8 reads GEXF 1.1 and 1.2; GEXF 1.3 changed the namespace
    (and little else it reads): teach its reader the 1.3 namespace."""
    from networkx.readwrite import gexf
    gexf.GEXF.versions['1.3'] = dict(gexf.GEXF.versions['1.2draft'],
                                     NS_GEXF='http://gexf.net/1.3',
                                     NS_VIZ='http://gexf.net/1.3/viz',
                                     VERSION='1.3')
    return nx.read_gexf(path, version='1.3')


def test_gexf_reads_back(tmp_path):
    out = tmp_path / 'net.gexf'
    r = ptce(SAMPLE, *PERIOD, '--format', 'gexf', '--output', str(out))
    assert r.returncode == 0, r.stderr
    g = read_gexf_1_3(str(out))
    data = network_json(*PERIOD)
    assert g.graph['mode'] == 'dynamic'
    assert set(g.nodes()) == {n['id'] for n in data['nodes']}
    assert {frozenset((e['source'], e['target'])) for e in data['edges']} == \
        {frozenset(e) for e in g.edges()}
    for n in data['nodes']:
        attrs = g.nodes[n['id']]
        assert attrs['label'] == n['label']
        for key in ('type', 'category', 'category_derivation', 'ess_family', 'legal_category',
                    'commune', 'animator'):
            if key in n:
                assert attrs[key] == n[key], (n['id'], key)
        # the spells: from the first to the last day of the node
        assert attrs['spells'][0][0] == n['start']
        assert attrs['spells'][-1][1] == n['end']
    for e in data['edges']:
        attrs = g.edges[e['source'], e['target']]
        assert attrs['weight'] == e['weight']
        for key in ('count', 'months', 'days', 'modes', 'objects'):
            if key in e:
                assert attrs[key] == e[key], key
        assert attrs['spells'][0][0] == e['start']
        assert attrs['spells'][-1][1] == e['end']
    # scop-batir and transports: marche-public in 2017, then emploi from
    # 2019: an interrupted tie, two spells
    tie = g.edges['scop-batir', 'transports']
    assert tie['spells'] == [('2017-01-01', '2017-12-31'), ('2019-01-01', '2022-12-31')]


GEXF = '{http://gexf.net/1.3}'
ATTR_TYPES = {'integer', 'long', 'double', 'float', 'boolean', 'liststring', 'string',
              'anyURI', 'short', 'byte', 'bigdecimal', 'biginteger', 'char',
              'listboolean', 'listinteger', 'listlong', 'listdouble', 'listfloat',
              'listshort', 'listbyte', 'listbigdecimal', 'listbiginteger', 'listchar'}
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')


def check_gexf_1_3(path):
    """The structure the GEXF 1.3 schema (gexf.xsd, data.xsd, dynamics.xsd)
    asks for, checked by hand: no Debian 12 or npm package ships the XSD,
    and the tests reach no other network (docs/network.md says so)."""
    root = ET.parse(path).getroot()
    assert root.tag == GEXF + 'gexf'
    assert root.get('version') == '1.3'
    children = [c.tag for c in root]
    assert children.count(GEXF + 'graph') == 1
    assert all(t in (GEXF + 'meta', GEXF + 'graph') for t in children)
    graph = root.find(GEXF + 'graph')
    assert graph.get('defaultedgetype') in ('directed', 'undirected', 'mutual')
    assert graph.get('mode') in ('static', 'dynamic')
    assert graph.get('timeformat') in ('integer', 'double', 'date', 'dateTime')
    assert graph.get('timerepresentation') in ('interval', 'timestamp')
    for key in ('start', 'end'):
        assert graph.get(key) is None or DATE.match(graph.get(key))
    declared = {}
    for attributes in graph.findall(GEXF + 'attributes'):
        assert attributes.get('class') in ('node', 'edge')
        assert attributes.get('mode') in ('static', 'dynamic')
        for a in attributes:
            assert a.tag == GEXF + 'attribute'
            assert a.get('id') and a.get('title')
            assert a.get('type') in ATTR_TYPES
            assert (attributes.get('class'), a.get('id')) not in declared
            declared[(attributes.get('class'), a.get('id'))] = a.get('type')
    order = [c.tag for c in graph]
    assert order.index(GEXF + 'nodes') < order.index(GEXF + 'edges')

    def check_item(item, cls):
        for values in item.findall(GEXF + 'attvalues'):
            for v in values:
                assert v.tag == GEXF + 'attvalue'
                t = declared[(cls, v.get('for'))]
                value = v.get('value')
                assert value is not None
                if t == 'integer':
                    int(value)
                elif t == 'double':
                    float(value)
                elif t == 'boolean':
                    assert value in ('true', 'false')
        for spells in item.findall(GEXF + 'spells'):
            previous = None
            for s in spells:
                assert s.tag == GEXF + 'spell'
                assert DATE.match(s.get('start')) and DATE.match(s.get('end'))
                assert s.get('start') <= s.get('end')
                if previous is not None:
                    assert previous < s.get('start')
                previous = s.get('end')
                if graph.get('start'):
                    assert graph.get('start') <= s.get('start')
                    assert s.get('end') <= graph.get('end')
        for child in item:
            assert child.tag in (GEXF + 'attvalues', GEXF + 'spells')

    ids = set()
    for node in graph.find(GEXF + 'nodes'):
        assert node.tag == GEXF + 'node'
        assert node.get('id') not in ids
        ids.add(node.get('id'))
        check_item(node, 'node')
    edge_ids = set()
    for edge in graph.find(GEXF + 'edges'):
        assert edge.tag == GEXF + 'edge'
        assert edge.get('id') not in edge_ids
        edge_ids.add(edge.get('id'))
        assert edge.get('source') in ids and edge.get('target') in ids
        assert float(edge.get('weight')) > 0
        check_item(edge, 'edge')
    return len(ids), len(edge_ids)


@pytest.mark.parametrize('kind', ['actors', 'bipartite', 'poles'])
def test_gexf_structure(tmp_path, kind):
    out = tmp_path / 'net.gexf'
    r = ptce(SAMPLE, *PERIOD, '--kind', kind, '--format', 'gexf', '--output', str(out))
    assert r.returncode == 0, r.stderr
    n, m = check_gexf_1_3(str(out))
    assert n > 0 and m > 0
    # and the check can fail: a spell out of order is caught
    text = out.read_text().replace('<spell start="2015-01-01"', '<spell start="2030-01-01"', 1)
    bad = tmp_path / 'bad.gexf'
    bad.write_text(text)
    if text != out.read_text():
        with pytest.raises(AssertionError):
            check_gexf_1_3(str(bad))


def test_dot_renders_with_graphviz(tmp_path):
    dot = shutil.which('dot')
    if dot is None:
        pytest.fail('Graphviz dot is not installed (tools/debian-packages.txt)')
    src = tmp_path / 'net.dot'
    r = ptce(SAMPLE, '--pole', 'clairval', *PERIOD, '--format', 'dot', '--output', str(src))
    assert r.returncode == 0, r.stderr
    svg = subprocess.run([dot, '-Tsvg', str(src)], capture_output=True, text=True, timeout=60)
    assert svg.returncode == 0, svg.stderr
    assert svg.stderr == ''
    root = ET.fromstring(svg.stdout)
    assert root.tag == '{http://www.w3.org/2000/svg}svg'
    titles = [t.text for t in root.iter('{http://www.w3.org/2000/svg}title')]
    assert 'scop-batir' in titles
    assert 'ressourcerie--jardins' in titles
    assert '#66c2a5' in svg.stdout       # ESS enterprises
    assert 'stroke-dasharray' in svg.stdout   # an inferred category


def test_samples_of_real_poles():
    r = ptce(SAMPLES, '--date', '2021-06-01')
    assert r.returncode == 0, r.stderr
    assert 'Cooperation network' in r.stdout


def test_docs_picture_is_current():
    """docs/network.md shows docs/network-sample.svg, laid out by dot from
    docs/network-sample.dot: that DOT must be what ptce writes today
    (tools/network-picture.sh writes both again), and the SVG must draw
    every node and tie of it."""
    docs = os.path.join(SRCDIR, '..', 'docs')
    r = ptce(SAMPLE, '--pole', 'clairval', '--date', '2017-06-01', '--format', 'dot')
    assert r.returncode == 0, r.stderr
    with open(os.path.join(docs, 'network-sample.dot'), encoding='utf-8') as f:
        committed = f.read()
    assert r.stdout == committed, 'docs/network-sample.dot is stale: run tools/network-picture.sh'
    root = ET.parse(os.path.join(docs, 'network-sample.svg')).getroot()
    assert root.tag == '{http://www.w3.org/2000/svg}svg'
    titles = set(t.text for t in root.iter('{http://www.w3.org/2000/svg}title'))
    nodes = set(re.findall(r'^  "([^"]+)" \[', committed, re.M))
    ties = set('%s--%s' % m for m in re.findall(r'^  "([^"]+)" -- "([^"]+)"', committed, re.M))
    assert len(nodes) == 9 and len(ties) == 15
    assert nodes <= titles and ties <= titles

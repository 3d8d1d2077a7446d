# test_jsonld.py: `ptce export --format jsonld` of every sample (and of the
# observatory fixture) expanded by a real JSON-LD 1.1 processor, the npm
# package jsonld pinned in tools/jsonld-check/package-lock.json and run with
# Node; the expanded graph must hold, for every membership of the ptce/1
# file, an org:Membership with org:member, org:organization and the dates of
# org:memberDuring. Installs the package with `npm ci` into the build tree
# on first run (Debian packages nodejs and npm, tools/debian-packages.txt).
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import shutil
import subprocess
import urllib.parse

import pytest

SRCDIR = os.environ.get('G_TEST_SRCDIR',
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
BUILDDIR = os.environ.get('G_TEST_BUILDDIR', '')
TOP = os.path.join(SRCDIR, '..')
PTCE = os.path.join(BUILDDIR, '..', 'tools', 'ptce')
CHECK_SRC = os.path.join(TOP, 'tools', 'jsonld-check')
CHECK_DIR = os.path.join(BUILDDIR, 'jsonld-check')
CONTEXT_IRI = 'https://w3id.org/ptce/context.jsonld'
CONTEXT = os.path.join(TOP, 'data', 'ptce-context.jsonld')
SAMPLES = [os.path.join(TOP, 'data', 'samples', f)
           for f in sorted(os.listdir(os.path.join(TOP, 'data', 'samples')))]
FIXTURE = os.path.join(SRCDIR, 'data', 'analysis', 'observatory.json')

ORG = 'http://www.w3.org/ns/org#'
TIME = 'http://www.w3.org/2006/time#'
RDF_TYPE = '@type'
BASE = 'urn:ptce:'


@pytest.fixture(scope='module')
def processor():
    node, npm = shutil.which('node'), shutil.which('npm')
    if node is None or npm is None:
        pytest.fail('node and npm are needed (Debian packages nodejs and npm)')
    os.makedirs(CHECK_DIR, exist_ok=True)
    for name in ('package.json', 'package-lock.json', 'expand.mjs'):
        shutil.copy(os.path.join(CHECK_SRC, name), CHECK_DIR)
    if not os.path.isdir(os.path.join(CHECK_DIR, 'node_modules', 'jsonld')):
        subprocess.run([npm, 'ci', '--no-audit', '--no-fund', '--ignore-scripts'],
                       cwd=CHECK_DIR, check=True, capture_output=True, timeout=600)
    return [node, os.path.join(CHECK_DIR, 'expand.mjs')]


def export(path, tmp_path):
    out = tmp_path / 'export.jsonld'
    result = subprocess.run([PTCE, 'export', path, '--format', 'jsonld', '--output', str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


def expand(processor, document):
    result = subprocess.run(processor + [str(document), CONTEXT_IRI, CONTEXT],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def nodes(expanded):
    """Every node object of the expanded document, nested ones included."""
    stack, out = list(expanded), []
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            out.append(node)
            for key, value in node.items():
                if not key.startswith('@') or key == '@graph':
                    stack.extend(value if isinstance(value, list) else [value])
        elif isinstance(node, list):
            stack.extend(node)
    return out


def iri(kind, ident):
    return BASE + kind + '/' + urllib.parse.quote(ident, safe='')


def instant(node, which):
    values = node.get(TIME + which, [])
    if not values:
        return None
    (inst,) = values
    for term in ('inXSDDate', 'inXSDgYearMonth', 'inXSDgYear'):
        if TIME + term in inst:
            return inst[TIME + term][0]['@value']
    raise AssertionError('an instant without a date: %r' % inst)


@pytest.mark.parametrize('path', SAMPLES + [FIXTURE], ids=os.path.basename)
# (a sample without memberships must expand to none)
def test_memberships_expand_to_org(processor, path, tmp_path):
    with open(path, encoding='utf-8') as f:
        source = json.load(f)
    expanded = expand(processor, export(path, tmp_path))
    memberships = {}
    for node in nodes(expanded):
        if ORG + 'Membership' in node.get(RDF_TYPE, []):
            (member,) = node[ORG + 'member']
            (organization,) = node[ORG + 'organization']
            during = node.get(ORG + 'memberDuring', [{}])[0]
            memberships.setdefault((member['@id'], organization['@id']), []).append(
                (instant(during, 'hasBeginning'), instant(during, 'hasEnd')))
    expected = {}
    for pole in source.get('poles', []):
        for m in pole.get('memberships', []):
            expected.setdefault((iri('actor', m['actor']), iri('pole', pole['id'])), []).append(
                (m.get('start'), m.get('end')))
    assert {k: sorted(v, key=str) for k, v in memberships.items()} == \
        {k: sorted(v, key=str) for k, v in expected.items()}
    # Actors and poles are ORG organisations.
    types = {}
    for n in nodes(expanded):
        if '@id' in n:
            types.setdefault(n['@id'], []).extend(n.get(RDF_TYPE, []))
    for actor in source['actors']:
        if actor.get('kind') != 'natural-person':
            assert ORG + 'Organization' in types[iri('actor', actor['id'])]
    for pole in source['poles']:
        assert ORG + 'Organization' in types[iri('pole', pole['id'])]


def test_fixture_triples(processor, tmp_path):
    expanded = expand(processor, export(FIXTURE, tmp_path))
    # Described nodes (with a type), not the references to them.
    by_id = {n['@id']: n for n in nodes(expanded) if '@id' in n and RDF_TYPE in n}
    assoc = by_id[BASE + 'actor/a-assoc']
    assert 'http://purl.org/essglobal/vocab/SSEInitiative' in assoc[RDF_TYPE]
    assert assoc['https://schema.org/name'] == [{'@value': "Association d'essai"}]
    pme = by_id[BASE + 'actor/a-pme']
    assert 'http://purl.org/essglobal/vocab/SSEInitiative' not in pme[RDF_TYPE]
    p1 = by_id[BASE + 'pole/p1']
    assert [m['@id'] for m in p1[ORG + 'hasMembership']] == [
        BASE + 'pole/p1/membership/1', BASE + 'pole/p1/membership/2',
        BASE + 'pole/p1/membership/3']
    link = by_id[BASE + 'pole/p1/membership/3']
    assert link['https://w3id.org/ptce/vocab#isMember'][0]['@value'] is False
    start = link[ORG + 'memberDuring'][0][TIME + 'hasBeginning'][0][TIME + 'inXSDgYear'][0]
    assert start == {'@type': 'http://www.w3.org/2001/XMLSchema#gYear', '@value': '2015'}

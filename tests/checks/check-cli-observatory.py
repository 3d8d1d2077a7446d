#!/usr/bin/python3
# check-cli-observatory.py PTCE FIXTURE SAMPLE: `ptce stats`, `ptce coverage`
# and `ptce export` as a user runs them, in English and in French, on the
# observatory fixture whose figures are worked out by hand in
# docs/indicators.md (tests/data/analysis/observatory.json).
# SPDX-License-Identifier: LGPL-2.1-or-later
import csv
import io
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main, run  # noqa: E402

ptce, fixture, sample = sys.argv[1:4]

EN = dict(os.environ, LC_ALL='C.UTF-8')
EN.pop('LANGUAGE', None)
FR = dict(EN, LANGUAGE='fr')


def ptce_run(*args, env=EN, status=0):
    result = run([ptce] + list(args), check=False, env=env)
    if result.returncode != status:
        raise Failure('ptce %s: exit status %d, expected %d\nstdout:\n%s\nstderr:\n%s'
                      % (' '.join(args), result.returncode, status, result.stdout,
                         result.stderr))
    return result


def expect_lines(text, patterns, what):
    lines = text.splitlines()
    missing = [p for p in patterns if not any(re.fullmatch(p, line) for line in lines)]
    if missing:
        raise Failure('%s: no line matches:\n  %s\n--- output ---\n%s'
                      % (what, '\n  '.join(missing), text))


def read_csv(text):
    rows = list(csv.reader(io.StringIO(text, newline='')))
    return rows[0], rows[1:]


def test_stats_text():
    out = ptce_run('stats', fixture, '--date', '2022').stdout
    expect_lines(out, [
        r'Pôle un \(p1\), as of 2022:',
        r'  Members: 2',
        r'  Share of ESS enterprises among members: 50\.00 %',
        r'  Direct jobs: 14 jobs \(sources disagree\)',
        r'    source: Source A, Source B',
        r'All 2 poles together, as of 2022 \(an actor in several poles counted once\):',
        r'  Members: 3',
        r'  Full-time equivalents of the members: 6 FTE',
    ], 'stats')


def test_stats_french():
    out = ptce_run('stats', fixture, '--date', '2022', env=FR).stdout
    expect_lines(out, [
        r'Pôle un \(p1\), au 2022 :',
        r'  Membres : 2',
        r'  Emplois directs : 14 jobs \(les sources divergent\)',
        r'Les 2 pôles ensemble, au 2022 \(un acteur de plusieurs pôles compté une fois\) :',
        r'  Membres : 3',
    ], 'stats in French')


def test_stats_csv_and_json():
    header, rows = read_csv(ptce_run('stats', fixture, '--date', '2022', '--format', 'csv',
                                     '--pole', 'p2').stdout)
    if header[:4] != ['subject', 'indicator', 'category', 'value']:
        raise Failure('csv header: %r' % header)
    members = [r[3] for r in rows if r[1] == 'members_total']
    if members != ['2', '2']:   # p2, then the set of p2 alone
        raise Failure('members_total of p2 and of the set {p2}: %r' % members)
    data = json.loads(ptce_run('stats', fixture, '--date', '2022', '--format', 'json').stdout)
    totals = [d for d in data if d['subject'] == '' and d['indicator'] == 'members_total']
    if [d['value'] for d in totals] != [3]:
        raise Failure('json totals: %r' % totals)


def test_stats_by_epci():
    header, rows = read_csv(ptce_run('stats', fixture, '--date', '2022', '--by', 'epci',
                                     '--format', 'csv').stdout)
    by_code = {r[1]: r for r in rows}
    metropole = by_code.get('246300701')
    if metropole is None or metropole[5] != '2' or metropole[8] != '2' or metropole[9] != '2':
        raise Failure('Clermont Auvergne Métropole: %r' % (metropole,))
    if by_code.get('200070407', [None] * 10)[9] != '1':
        raise Failure('Issoire: one member, no pole: %r' % (by_code.get('200070407'),))


def test_coverage():
    out = ptce_run('coverage', fixture, '--date', '2022', '--by', 'departement').stdout
    expect_lines(out, [
        r'2 poles cover 3 communes, population \d+ of \d+ \(\d+\.\d\d % of the national population\)',
        r'  63 Puy-de-Dôme: 2 poles, 3 members, 3 of \d+ communes covered, population \d+ of \d+ \(\d+\.\d\d %\)',
        r'Without a pole \(\d+ of \d+\):',
        r'  2A Corse-du-Sud',
    ], 'coverage')
    fr = ptce_run('coverage', fixture, '--date', '2022', env=FR).stdout
    expect_lines(fr, [r'2 pôles couvrent 3 communes, population \d+ sur \d+ '
                      r'\(\d+\.\d\d % de la population nationale\)',
                      r'Sans pôle \(\d+ sur \d+\) :'], 'coverage in French')
    header, rows = read_csv(ptce_run('coverage', fixture, '--date', '2022', '--format',
                                     'csv').stdout)
    if rows[0][0] != 'nation' or rows[0][5] != '3':
        raise Failure('first row, the nation: %r' % rows[0])


def test_export():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'actors.csv')
        with open(out, 'w') as f:
            f.write('old')
        ptce_run('export', fixture, '--format', 'csv', '--what', 'actors', '--output', out)
        with open(out, encoding='utf-8', newline='') as f:
            header, rows = read_csv(f.read())
        if header[0] != 'id' or [r[0] for r in rows] != ['a-assoc', 'a-pme', 'a-ville', 'a-labo']:
            raise Failure('actors.csv: %r %r' % (header, rows))
        # A refused export leaves OUT as it was.
        bad = ptce_run('export', os.path.join(tmp, 'missing.json'), '--format', 'csv',
                       '--output', out, status=2)
        if not bad.stderr.startswith('ptce: ') or len(bad.stderr.splitlines()) != 1:
            raise Failure('one ptce: line expected:\n' + bad.stderr)
        with open(out, encoding='utf-8', newline='') as f:
            if not f.read().startswith('id,name'):
                raise Failure('a failed export touched OUT')
        jsonld = os.path.join(tmp, 'out.jsonld')
        ptce_run('export', sample, '--format', 'jsonld', '--output', jsonld)
        with open(jsonld, encoding='utf-8') as f:
            doc = json.load(f)
        if doc['@context'] != 'https://w3id.org/ptce/context.jsonld' or not doc['@graph']:
            raise Failure('jsonld: %r' % list(doc))
    for what in ('memberships', 'cooperations', 'indicators'):
        header, rows = read_csv(ptce_run('export', fixture, '--format', 'csv', '--what', what,
                                         '--date', '2022').stdout)
        if not rows:
            raise Failure('export --what %s: no rows' % what)


def test_usage_errors():
    for args in (['stats'], ['stats', fixture, '--by', 'canton'],
                 ['stats', fixture, '--format', 'xml'], ['stats', fixture, '--pole', 'nope'],
                 ['stats', fixture, '--date', '2022-13'], ['coverage'],
                 ['export', fixture], ['export', fixture, '--format', 'jsonld', '--what', 'actors'],
                 ['export', fixture, '--format', 'csv', '--what', 'poles']):
        for env in (EN, FR):
            result = ptce_run(*args, env=env, status=2)
            if not result.stderr.startswith('ptce: ') or len(result.stderr.splitlines()) != 1:
                raise Failure('ptce %s: one "ptce: …" line expected:\n%s'
                              % (' '.join(args), result.stderr))
    fr = ptce_run('stats', fixture, '--by', 'canton', env=FR, status=2).stderr
    if 'attendu' not in fr:
        raise Failure('the error is not in French: ' + fr)


def test_import_csv():
    with tempfile.TemporaryDirectory() as tmp:
        actors = os.path.join(tmp, 'acteurs.csv')
        members = os.path.join(tmp, 'adhesions.csv')
        out = os.path.join(tmp, 'out.json')
        with open(actors, 'wb') as f:
            f.write('\ufeffidentifiant;Raison sociale;SIREN;Commune du siège\r\n'
                    'a;Asso;;63113\r\nb;PME;123456789;\r\nc;"Coop; avec point-virgule";;2A004\r\n'
                    .encode('utf-8'))
        with open(members, 'w', encoding='utf-8') as f:
            f.write('Pôle,Acteur,Rôles,Début\np1,a,membre fondateur,2015\np1,zz,membre,2016\n'
                    'p1,c,partenaire,01/02/2016\n')
        result = ptce_run('import-csv', actors, '--memberships', members, '--output', out,
                          status=1)
        expect_lines(result.stderr, [
            re.escape(actors) + r':3: row 3, column “SIREN”: .*',
            re.escape(members) + r':3: row 3, column “Acteur”: no actor has the id “zz” .*',
        ], 'import-csv problems')
        with open(out, encoding='utf-8') as f:
            data = json.load(f)
        if [a['id'] for a in data['actors']] != ['a', 'c'] or \
                len(data['poles'][0]['memberships']) != 2:
            raise Failure('imported: %r' % data)
        header, rows = read_csv(ptce_run('export', out, '--format', 'csv').stdout)
        if rows[1][1] != 'Coop; avec point-virgule' or rows[1][11] != '2A004':
            raise Failure('round trip: %r' % rows)
        fr = ptce_run('import-csv', actors, '--output', out, env=FR, status=1)
        if 'ligne 3' not in fr.stderr:
            raise Failure('not in French:\n' + fr.stderr)
        bad = ptce_run('import-csv', members, '--output', out, status=2)
        if not bad.stderr.startswith('ptce: ') or len(bad.stderr.splitlines()) != 1:
            raise Failure('a list without names: one ptce: line expected\n' + bad.stderr)
        with open(out, encoding='utf-8') as f:
            if [a['id'] for a in json.load(f)['actors']] != ['a', 'c']:
                raise Failure('a refused import touched the output')


def test_import_csv_words():
    """A word the importer does not know: the message lists every word of the type."""
    with tempfile.TemporaryDirectory() as tmp:
        actors = os.path.join(tmp, 'acteurs.csv')
        members = os.path.join(tmp, 'adhesions.csv')
        out = os.path.join(tmp, 'out.json')
        with open(actors, 'w', encoding='utf-8') as f:
            f.write('id,name,kind,ess_family\na,A,vaisseau spatial,\nb,B,Entreprise,Astrale\n'
                    'c,C,Collectivité territoriale,Coopérative\n')
        with open(members, 'w', encoding='utf-8') as f:
            f.write('pole,actor,roles\np1,c,membre fondateur|astronaute\np1,c,research_partner\n')
        result = ptce_run('import-csv', actors, '--memberships', members, '--output', out,
                          status=1)
        expect_lines(result.stderr, [
            re.escape(actors) + r':2: row 2, column “kind”: “vaisseau spatial” is not an article 9'
            r' kind: the words are “unknown”, “enterprise”, .*“local-authority”, .*“natural-person”$',
            re.escape(actors) + r':3: row 3, column “ess_family”: “Astrale” is not an ESS family:'
            r' the words are “unknown”, “none”, “association”, .*“foundation”, .*',
            re.escape(members) + r':2: row 2, column “roles”: “astronaute” is not a role: the'
            r' words are “founding-member”, “member”, “animator”, .*“observer”$',
        ], 'unknown words')
        with open(out, encoding='utf-8') as f:
            data = json.load(f)
        roles = [m['roles'] for m in data['poles'][0]['memberships']]
        if [a['id'] for a in data['actors']] != ['c'] or roles != [['research-partner']]:
            raise Failure('French synonyms and format words: %r' % data)
        fr = ptce_run('import-csv', actors, '--output', out, env=FR, status=1)
        expect_lines(fr.stderr, [
            re.escape(actors) + r':2: .*« vaisseau spatial » n.est pas une catégorie de'
            r" l'article 9 : les mots sont “unknown”, “enterprise”, .*",
        ], 'unknown words in French')


main([
    ('import-csv: French spreadsheet, problems by row, round trip', test_import_csv),
    ('import-csv: an unknown word lists the words of its type', test_import_csv_words),
    ('stats: per pole and together, in English', test_stats_text),
    ('stats: in French', test_stats_french),
    ('stats: csv and json, --pole', test_stats_csv_and_json),
    ('stats --by epci', test_stats_by_epci),
    ('coverage: text, French, csv', test_coverage),
    ('export: csv tables, atomic output, jsonld', test_export),
    ('usage errors: exit 2, one line, in French too', test_usage_errors),
])

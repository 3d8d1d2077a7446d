#!/usr/bin/python3
# check-cli-store.py PTCE SAMPLES: `ptce store …` as a user runs it: init,
# import with provenance (the same bytes recorded once), list, show as of a
# date and as known at a date, history, diff, export; errors on one line;
# French output.
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main, run  # noqa: E402

ptce, samples = sys.argv[1:3]
EN = dict(os.environ, LC_ALL='C.UTF-8')
EN.pop('LANGUAGE', None)
FR = dict(EN, LANGUAGE='fr')
tmp = tempfile.mkdtemp(prefix='ptce-cli-store-')
store = os.path.join(tmp, 'obs.ptcestore')


def ptce_run(*args, env=EN):
    return run([ptce] + list(args), check=False, env=env)


def ok(result, what):
    if result.returncode != 0:
        raise Failure('%s: exit %d\nstdout:\n%s\nstderr:\n%s'
                      % (what, result.returncode, result.stdout, result.stderr))
    return result.stdout


def one_error(result, what, needle):
    if result.returncode != 2 or result.stdout:
        raise Failure('%s: expected exit 2 and no output, got %d\n%s%s'
                      % (what, result.returncode, result.stdout, result.stderr))
    lines = result.stderr.strip().splitlines()
    if len(lines) != 1 or not lines[0].startswith('ptce: ') or not re.search(needle, lines[0]):
        raise Failure('%s: expected one "ptce: …%s…" line, got:\n%s' % (what, needle, result.stderr))


def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f)
    return path


def damier(name):
    with open(os.path.join(samples, 'le-damier.json'), encoding='utf-8') as f:
        data = json.load(f)
    data['poles'][0]['name'] = name
    return data


def test_init_import_list():
    ok(ptce_run('store', 'init', store), 'init')
    out = ok(ptce_run('store', 'import', store, os.path.join(samples, 'ptce-samples.json'),
                      '--source', 'CRESS', '--submitter', 'Anne', '--received', '2021-03'), 'import')
    if not re.search(r'submission 1, 3 poles, \d+ actors', out):
        raise Failure('import said:\n' + out)
    out = ok(ptce_run('store', 'import', store, os.path.join(samples, 'ptce-samples.json')), 'again')
    if 'already recorded as submission 1' not in out:
        raise Failure('the same bytes twice:\n' + out)
    out = ok(ptce_run('store', 'import', store, write('v2.json', damier('Le Damier 2')),
                      '--source', 'the pole', '--received', '2023-03-10'), 'import v2')
    if not re.search(r'v2\.json: submission 2, 1 pole, 2 actors$', out):
        raise Failure('import of one pole said:\n' + out)
    out = ok(ptce_run('store', 'list', store), 'list')
    lines = out.splitlines()
    if len(lines) != 2 or not lines[0].startswith('1\t2021-03\tCRESS\tAnne\t') \
            or not lines[1].startswith('2\t2023-03-10\tthe pole\t-\t'):
        raise Failure('list:\n' + out)


def test_show_history_diff_export():
    # the pole as `ptce summary` shows it, under where its version comes from
    out = ok(ptce_run('store', 'show', store, 'le-damier', '--as-known', '2022'), 'show as known')
    if not out.startswith('Le Damier (le-damier)\n'
                          '  Version: submission 1, received 2021-03\n'
                          '  From: CRESS (Anne)\n'
                          '  As known on: 2022\n'):
        raise Failure('show as known in 2022:\n' + out)
    out = ok(ptce_run('store', 'show', store, 'le-damier', '--as-of', '2020-06-01'), 'show')
    if not out.startswith('Le Damier 2 (le-damier)\n'
                          '  Version: submission 2, received 2023-03-10\n'
                          '  From: the pole\n'
                          '  Founded: '):
        raise Failure('show now:\n' + out)
    if '\n  Stage on 2020-06-01: ' not in out or '\n  Members on 2020-06-01: ' not in out:
        raise Failure('show as of 2020-06-01 is not the summary on that day:\n' + out)
    members = re.search(r'\n  Members and partners: (\d+)\n((?:    [^\t\n]+\t.*\n)*)$', out)
    if not members or int(members.group(1)) != len(members.group(2).splitlines()) \
            or int(members.group(1)) == 0:
        raise Failure('show lists the members by id and name:\n' + out)
    out = ok(ptce_run('store', 'history', store, 'le-damier'), 'history')
    if [line.split('\t')[0] for line in out.splitlines()] != ['1', '2']:
        raise Failure('history:\n' + out)
    out = ok(ptce_run('store', 'diff', store, 'le-damier', '1', '2'), 'diff')
    if out.splitlines() != ['changed\tname']:
        raise Failure('diff:\n' + out)
    out = ok(ptce_run('store', 'export', store, '--as-known', '2022'), 'export')
    data = json.loads(out)
    if data.get('format') != 'ptce/1' or len(data['poles']) != 3:
        raise Failure('export as known in 2022:\n' + out[:500])
    path = os.path.join(tmp, 'out.json')
    ok(ptce_run('store', 'export', store, '--output', path), 'export to a file')
    with open(path, encoding='utf-8') as f:
        names = [p['name'] for p in json.load(f)['poles']]
    if 'Le Damier 2' not in names:
        raise Failure('export now: %r' % names)


def test_disagreements():
    # The CRESS gives the animator of Le Damier another SIREN than the pole did.
    data = damier('Le Damier 2')
    data['actors'][0]['siren'] = '552100554'
    ok(ptce_run('store', 'import', store, write('v3.json', data), '--source', 'the pole',
                '--received', '2023-06-01'), 'import v3')
    data['actors'][0]['siren'] = '732829320'
    ok(ptce_run('store', 'import', store, write('v4.json', data), '--source', 'CRESS',
                '--received', '2024-01-15'), 'import v4')
    out = ok(ptce_run('store', 'disagreements', store), 'disagreements')
    lines = [line for line in out.splitlines() if line.startswith('identifier\t')]
    if len(lines) != 1 or '\tsiren\t' not in lines[0] or '552100554 (submission 3, the pole)\t732829320 (submission 4, CRESS)' not in lines[0]:
        raise Failure('disagreements:\n' + out)
    out = ok(ptce_run('store', 'disagreements', store, '--as-known', '2023-12'), 'disagreements as known')
    if 'identifier\t' in out:
        raise Failure('disagreements before the third file:\n' + out)
    out = ok(ptce_run('store', 'disagreements', store, env=FR), 'disagreements in French')
    if not re.search(r'^identifiant\t.*\(dépôt n° 4, CRESS\)$', out, re.M):
        raise Failure('disagreements in French:\n' + out)


def test_find():
    # The indexes: poles by territory and stage, actors by identifier as
    # known at a date, the poles of an actor.
    out = ok(ptce_run('store', 'find', store, 'departement', '63'), 'find by département')
    if out.splitlines() != ['le-damier']:
        raise Failure('poles in the Puy-de-Dôme:\n' + out)
    out = ok(ptce_run('store', 'find', store, 'region', '11'), 'find by région')
    if 'phares' not in out.splitlines() or 'le-damier' in out.splitlines():
        raise Failure('poles in Île-de-France:\n' + out)
    out = ok(ptce_run('store', 'find', store, 'commune', '63113', '--as-known', '2020'), 'nothing known')
    if out:
        raise Failure('poles known in 2020:\n' + out)
    out = ok(ptce_run('store', 'find', store, 'identifier', '732829320'), 'find by SIREN')
    if not re.fullmatch(r'[^\t\n]+\tLe Damier\n', out):
        raise Failure('actors with SIREN 732829320:\n' + out)
    actor = out.split('\t')[0]
    out = ok(ptce_run('store', 'find', store, 'identifier', '732829320', '--as-known', '2023-12'),
             'find by SIREN before the CRESS gave it')
    if out:
        raise Failure('SIREN 732829320 as known in December 2023:\n' + out)
    out = ok(ptce_run('store', 'find', store, 'actor', actor), 'poles of an actor')
    if out.splitlines() != ['le-damier']:
        raise Failure('the poles of %s:\n%s' % (actor, out))
    one_error(ptce_run('store', 'find', store, 'colour', 'blue'), 'unknown field',
              r'store find: unknown field “colour” \(one of commune, .*actor\)')
    one_error(ptce_run('store', 'find', store, 'stage', 'adolescence'), 'not a stage',
              r'“adolescence” is not a word of PtceStage: the words are .*consolidation')
    one_error(ptce_run('store', 'find', store, 'typology', 'tentacular'), 'not a typology',
              r'“tentacular” is not a word of PtcePoleTypology')
    out = ok(ptce_run('store', 'find', store, 'stage', 'emergence'), 'find by stage')
    if out:
        raise Failure('no pole of the samples is at its emergence now:\n' + out)
    one_error(ptce_run('store', 'find', store, 'region'), 'no value',
              r'store find: expected STORE FIELD VALUE \(')


def test_errors():
    one_error(ptce_run('store'), 'no action', r'expected an action')
    one_error(ptce_run('store', 'list'), 'no store', r'store list: expected STORE \(')
    one_error(ptce_run('store', 'show', store), 'no pole', r'store show: expected STORE POLE \(')
    one_error(ptce_run('store', 'diff', store, 'le-damier', '1'), 'one submission',
              r'store diff: expected STORE POLE FROM TO \(')
    one_error(ptce_run('store', 'import', store), 'no file', r'store import: expected STORE FILE… \(')
    one_error(ptce_run('store', 'frobnicate', store), 'unknown action', r'unknown action “frobnicate”')
    one_error(ptce_run('store', 'list', os.path.join(tmp, 'missing')), 'missing store', r'no such file')
    one_error(ptce_run('store', 'list', os.path.join(samples, 'le-damier.json')), 'not a store',
              r'not a libptce store')
    one_error(ptce_run('store', 'show', store, 'nope'), 'unknown pole', r'no pole “nope”')
    one_error(ptce_run('store', 'show', store, 'le-damier', '--as-of', '2022-13'), 'bad date',
              r'--as-of “2022-13”')
    one_error(ptce_run('store', 'diff', store, 'le-damier', '1', 'x'), 'bad number',
              r'“x” is not a submission number')
    bad = write('bad.json', {'format': 'ptce/1', 'poles': [{'id': 3}]})
    one_error(ptce_run('store', 'import', store, bad), 'invalid file', r'poles\[0\]')
    if ok(ptce_run('store', 'list', store), 'list').count('\n') != 4:
        raise Failure('a refused import recorded something')


def test_french():
    one_error(ptce_run('store', 'list', os.path.join(samples, 'le-damier.json'), env=FR),
              'not a store, in French', r'ce n.est pas une base libptce')
    one_error(ptce_run('store', 'show', store, 'nope', env=FR), 'unknown pole, in French',
              r'aucun pôle « nope » connu')
    one_error(ptce_run('store', 'show', store, env=FR), 'no pole, in French',
              r'store show : il faut BASE PÔLE \(voir')
    out = ok(ptce_run('store', 'show', store, 'le-damier', '--as-known', '2022', env=FR), 'show in French')
    if '\n  Version : dépôt n° 1, reçu le 2021-03\n  Provenance : CRESS (Anne)\n' not in out:
        raise Failure('show in French:\n' + out)
    out = ok(ptce_run('store', 'diff', store, 'le-damier', '1', '2', env=FR), 'diff in French')
    if out.splitlines() != ['modifié\tname']:
        raise Failure('diff in French:\n' + out)
    out = ok(ptce_run('store', 'import', store, os.path.join(samples, 'ptce-samples.json'), env=FR),
             'import in French')
    if 'déjà enregistré comme dépôt n° 1' not in out:
        raise Failure('import in French:\n' + out)


if __name__ == '__main__':
    main([
        ('init, import with provenance, list', test_init_import_list),
        ('show as known at a date, history, diff, export', test_show_history_diff_export),
        ('disagreements between submissions, as known at a date, in French', test_disagreements),
        ('find by territory, identifier and actor, as known at a date', test_find),
        ('errors on one line, exit 2, nothing recorded', test_errors),
        ('French output', test_french),
    ])

# test_check_cli.py: `ptce check FILE [--pole ID] [--date YYYY[-MM[-DD]]]
# [--format text|json]` as a user or a tool runs it: its exit status (0 the
# definition is met, 1 it is not or cannot be told, 2 invalid input), its
# text in English and French, and its JSON.
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import subprocess

import pytest

SRCDIR = os.environ.get('G_TEST_SRCDIR',
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
BUILDDIR = os.environ.get('G_TEST_BUILDDIR', '')
PTCE = os.path.join(BUILDDIR, '..', 'tools', 'ptce')
FIXTURE = os.path.join(SRCDIR, 'data', 'analysis', 'check-poles.json')
SAMPLES = os.path.join(SRCDIR, '..', 'data', 'samples', 'ptce-samples.json')

EN = dict(os.environ, LC_ALL='C.UTF-8')
EN.pop('LANGUAGE', None)
FR = dict(EN, LANGUAGE='fr')


def ptce(*args, env=EN):
    return subprocess.run([PTCE, 'check'] + list(args), capture_output=True, text=True,
                          env=env, timeout=60)


@pytest.fixture(autouse=True, scope='module')
def tool_built():
    if not os.path.exists(PTCE):
        pytest.fail('the ptce tool is not at %s' % PTCE)


def test_definition_met_exits_0():
    r = ptce(FIXTURE, '--pole', 'complete', '--date', '2020-06-01')
    assert r.returncode == 0, r.stderr
    assert 'Pôle complet (complete), as of 2020-06-01' in r.stdout
    assert 'Meets the definition of a PTCE: met' in r.stdout
    assert 'Eligible to a State call: met' in r.stdout
    assert 'Nothing is missing to be eligible to a State call.' in r.stdout
    assert '(loi n° 2014-856 du 31 juillet 2014, art. 9 I)' in r.stdout
    assert r.stderr == ''


def test_definition_not_met_exits_1():
    # before the enterprise outside the ESS joined
    r = ptce(FIXTURE, '--pole', 'complete', '--date', '2018-06-01')
    assert r.returncode == 1, r.stderr
    assert 'Meets the definition of a PTCE: not met' in r.stdout
    assert '[NOT MET] V6 — Associated with other enterprises' in r.stdout
    assert 'What is missing to be eligible to a State call:' in r.stdout


def test_no_legal_personality_meets_definition_not_eligibility():
    r = ptce(FIXTURE, '--pole', 'convention', '--date', '2020-06-01')
    assert r.returncode == 0, r.stderr
    assert 'Meets the definition of a PTCE: met' in r.stdout
    assert 'Eligible to a State call: not met' in r.stdout
    missing = r.stdout.split('What is missing to be eligible to a State call:')[1]
    assert 'legal form of private law' in missing


def test_cannot_tell_exits_1():
    r = ptce(SAMPLES, '--pole', 'phares', '--date', '2016-01-01')
    assert r.returncode == 1, r.stderr
    assert 'Meets the definition of a PTCE: cannot tell from the data' in r.stdout


def test_every_pole_when_no_pole_is_given():
    r = ptce(FIXTURE, '--date', '2020-06-01')
    assert r.returncode == 0, r.stderr
    assert 'Pôle complet (complete)' in r.stdout
    assert 'Pôle sans personnalité juridique (convention)' in r.stdout
    r = ptce(SAMPLES, '--date', '2021-06-01')
    assert r.returncode == 1


def test_json_for_tools():
    r = ptce(FIXTURE, '--pole', 'convention', '--date', '2020-06-01', '--format', 'json')
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data['ruleset'] == 'ptce-rules/1.2'
    assert data['date'] == '2020-06-01'
    [diagnosis] = data['diagnoses']
    assert diagnosis['pole'] == 'convention'
    assert diagnosis['verdicts'] == {'definition': 'met', 'evidence': 'met',
                                     'eligibility': 'not-met'}
    by_rule = {f['rule']: f for f in diagnosis['findings']}
    assert by_rule['V10']['status'] == 'not-met'
    assert by_rule['V10']['level'] == 'eligibility'
    assert by_rule['V10']['reference'] == {
        'text': 'décret n° 2015-431 du 15 avril 2015', 'article': '3', 'paragraph': '1°',
        'version': '2015-04-18', 'quote': "C'est une personne morale de droit privé"}
    assert {'type': 'actor', 'id': 'pme'} in by_rule['V6']['objects']
    assert by_rule['V3']['measure']['total'] == 4
    assert len(diagnosis['missing']) == 1
    # the ids and nicks do not change with the language, the messages do
    fr = json.loads(ptce(FIXTURE, '--pole', 'convention', '--date', '2020-06-01',
                         '--format', 'json', env=FR).stdout)
    fr_by_rule = {f['rule']: f for f in fr['diagnoses'][0]['findings']}
    assert fr_by_rule['V10']['status'] == 'not-met'
    assert fr_by_rule['V10']['message'] != by_rule['V10']['message']
    assert 'personne morale de droit privé' in fr_by_rule['V10']['message']


def test_french_in_the_law_s_words():
    r = ptce(SAMPLES, '--pole', 'le-damier', '--date', '2021-06-01', env=FR)
    assert r.returncode == 1, r.stderr
    out = r.stdout
    assert 'Le Damier (le-damier), au 1er juin 2021' in out
    # dates in words, the rule set on its own line, not run into a sentence
    assert '\nEnsemble de règles : ptce-rules/1.2\nAu 1er juin 2021 : loi n° 2014-856' in out
    assert '2021-06-01' not in out
    assert "Répond à la définition d'un PTCE : non satisfaite" in out
    assert "Définition d'un PTCE (loi n° 2014-856, article 9 I)" in out
    assert "« s'associent à des entreprises »" in out
    assert "est « en lien avec » le pôle sans en être membre" in out
    assert 'sélection des PTCE soutenus par l\'État est décidée dans le cadre ' \
           'd\'appels à projets et assurée par les financeurs' in out
    assert "Ce qui manque pour être éligible à un appel à projets de l'État :" in out
    # nothing left in English
    assert 'Meets the definition' not in out
    assert 'must join the pole' not in out


@pytest.mark.parametrize('args,message', [
    ([], 'a FILE is needed'),
    ([FIXTURE, FIXTURE], 'only one FILE'),
    ([FIXTURE, '--date', '2020-13-01'], '--date'),
    ([FIXTURE, '--date', '2020-06-31'], 'YYYY, YYYY-MM or YYYY-MM-DD'),
    ([FIXTURE, '--format', 'xml'], '--format'),
    ([FIXTURE, '--pole', 'nowhere'], 'no pole of that id'),
    (['/nonexistent/ptce.json'], 'nonexistent'),
])
def test_invalid_input_exits_2(args, message):
    r = ptce(*args)
    assert r.returncode == 2
    assert r.stdout == ''
    assert message in r.stderr


@pytest.mark.parametrize('partial,first_day', [('2020', '2020-01-01'), ('2020-06', '2020-06-01')])
def test_partial_date_is_its_first_day(partial, first_day):
    r = ptce(FIXTURE, '--pole', 'convention', '--date', partial, '--format', 'json')
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data['date'] == first_day
    full = json.loads(ptce(FIXTURE, '--pole', 'convention', '--date', first_day,
                           '--format', 'json').stdout)
    assert data == full
    summary = subprocess.run([PTCE, 'summary', FIXTURE, '--date', partial], capture_output=True,
                             text=True, env=EN, timeout=60)
    assert summary.returncode == 0, summary.stderr
    assert first_day in summary.stdout or partial in summary.stdout


def test_header_in_english():
    out = ptce(FIXTURE, '--pole', 'convention', '--date', '2020-06-01').stdout
    lines = out.splitlines()
    assert lines[1] == 'Rule set: ptce-rules/1.2'
    assert lines[2].startswith('On 2020-06-01: loi n° 2014-856')


def test_uninstalled_tool_finds_its_catalogue():
    # no PTCE_LOCALEDIR: the ptce of the build tree finds the build tree's
    # French catalogue by itself
    env = dict(FR)
    env.pop('PTCE_LOCALEDIR', None)
    out = ptce(FIXTURE, '--pole', 'convention', '--date', '2020-06', env=env).stdout
    assert 'au 1er juin 2020' in out
    assert "Répond à la définition d'un PTCE" in out

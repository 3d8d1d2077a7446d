# test_law_facts.py: the facts of ptce/1.1 (a pole that is its own legal
# person, what a grouping groups, the projects a funding supported, facts
# stated as "no") through GObject introspection: the new types and
# properties, the reader and writer, and the rules V5, V7, V10, V14, V16
# that read them, in English and in French. The fixture is fictional.
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import subprocess
import sys

import gi
import pytest

gi.require_version('Ptce', '1.0')
from gi.repository import GLib, GObject, Ptce  # noqa: E402

SRCDIR = os.environ.get('G_TEST_SRCDIR',
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
FIXTURE = os.path.join(SRCDIR, 'data', 'analysis', 'ptce-1.1-facts.json')

MET = Ptce.FindingStatus.MET
NOT_MET = Ptce.FindingStatus.NOT_MET
UNDETERMINED = Ptce.FindingStatus.UNDETERMINED


def date(text):
    return Ptce.Date.new_from_iso8601(text)


def items(model):
    return [model.get_item(i) for i in range(model.get_n_items())]


def load(text):
    return Ptce.JsonReader.new().load_bytes(GLib.Bytes.new(text.encode()))


def fixture_text():
    with open(FIXTURE, encoding='utf-8') as f:
        return f.read()


def findings(dataset, when, pole='pole-fictif'):
    checker = Ptce.Checker.new()
    diagnosis = checker.check(dataset, dataset.lookup_pole(pole), date(when))
    return {f.get_rule_id(): f for f in items(diagnosis.get_findings())}


# -- the model from Python --------------------------------------------------

def test_composition_construction_and_properties():
    bare = GObject.new(Ptce.Composition)
    assert bare.get_date() is None
    assert list(bare.get_member_ids()) == []
    assert bare.get_n_members() == -1 and bare.get_n_non_ess_members() == -1
    for name, value in (('date', date('2018-06')), ('member-ids', ['a', 'b']),
                        ('n-members', 4), ('n-non-ess-members', 3)):
        obj = GObject.new(Ptce.Composition, **{name.replace('-', '_'): value})
        assert obj.get_property(name) is not None
    composition = Ptce.Composition.new(date('2018'))
    composition.set_member_ids(['x', 'y'])
    composition.set_n_members(-7)
    assert composition.get_n_members() == -1
    assert list(composition.props.member_ids) == ['x', 'y']
    actor = Ptce.Actor.new('gie', 'GIE')
    assert actor.add_composition(composition)
    assert not actor.add_composition(composition)
    assert items(actor.props.compositions) == [composition]


def test_new_properties():
    project = Ptce.Project.new('p', 'P')
    assert not project.get_innovation_stated()
    project.set_innovation_stated(True)
    assert project.props.innovation_stated and project.get_innovation() == 0
    fresh = Ptce.Project.new('q', 'Q')
    fresh.set_innovation(Ptce.Innovation.SOCIAL)
    assert fresh.get_innovation_stated()  # flags imply a statement
    assert not fresh.get_sustainable_local_development_stated()
    fresh.set_sustainable_local_development_stated(True)
    assert fresh.props.sustainable_local_development_stated
    strategy = Ptce.Strategy.new('s')
    assert not strategy.get_sustainable_local_development_stated()
    strategy.set_sustainable_local_development(True)
    assert strategy.get_sustainable_local_development_stated()
    funding = Ptce.Funding.new('AAP', Ptce.CallKind.STATE_AAP)
    assert list(funding.get_projects()) == []
    funding.set_projects(['p'])
    assert list(funding.props.projects) == ['p']
    pole = Ptce.Pole.new('pole', 'Pôle')
    assert pole.get_legal_person() is None
    person = Ptce.Actor.new('pole', 'Pôle')
    pole.props.legal_person = person
    assert pole.get_legal_person() is person
    for cls in (Ptce.Project, Ptce.Strategy, Ptce.Funding, Ptce.Pole):
        GObject.new(cls)  # survives a bare construction


# -- the format -------------------------------------------------------------

def test_fixture_reads_the_new_facts():
    dataset = load(fixture_text())
    pole = dataset.lookup_pole('pole-fictif')
    person = pole.get_legal_person()
    assert person.get_id() == 'pole-fictif' and person.get_legal_category() == '9220'
    assert dataset.lookup_actor('pole-fictif') is None  # not one of the dataset's actors
    gie = dataset.lookup_actor('gie')
    compositions = items(gie.get_compositions())
    assert [c.get_n_members() for c in compositions] == [4, -1]
    assert list(compositions[1].get_member_ids()) == ['firm-a', 'firm-b', 'ess3']
    project = pole.lookup_project('p-new')
    assert project.get_innovation_stated() and project.get_innovation() == 0
    assert project.get_sustainable_local_development_stated()
    assert not project.get_sustainable_local_development()
    assert list(items(pole.get_fundings())[0].get_projects()) == ['p-old']


def test_writer_declares_1_1_and_round_trips():
    dataset = load(fixture_text())
    writer = Ptce.JsonWriter.new()
    first = writer.save_bytes(dataset).get_data().decode()
    assert json.loads(first)['format'] == 'ptce/1.1'
    doc = json.loads(first)
    pole = doc['poles'][0]
    assert pole['legal_person']['legal_category'] == '9220'
    assert pole['projects'][1]['innovation'] == []
    assert pole['projects'][1]['sustainable_local_development'] is False
    assert pole['fundings'][0]['projects'] == ['p-old']
    second = writer.save_bytes(load(first)).get_data().decode()
    assert first == second


def test_ptce_1_keeps_new_members_as_unknown():
    # in a "ptce/1" document the members of ptce/1.1 are unknown members:
    # kept and written back, never read (old files load as before)
    text = fixture_text().replace('"ptce/1.1"', '"ptce/1"')
    dataset = load(text)
    pole = dataset.lookup_pole('pole-fictif')
    assert pole.get_legal_person() is None
    assert pole.lookup_project('p-new').get_innovation_stated() is False
    assert items(dataset.lookup_actor('gie').get_compositions()) == []
    out = json.loads(Ptce.JsonWriter.new().save_bytes(dataset).get_data().decode())
    assert out['format'] == 'ptce/1'
    assert out['poles'][0]['legal_person']['legal_category'] == '9220'
    assert out['actors'][2]['composition'][1]['members'] == ['firm-a', 'firm-b', 'ess3']


@pytest.mark.parametrize('edit, where', [
    (('"projects": ["p-old"]', '"projects": ["p-none"]'), '$.poles[0].fundings[0].projects[0]'),
    (('"members": ["firm-a"', '"members": ["nobody"'), '$.actors[2].composition[1].members[0]'),
    (('"members": ["firm-a"', '"members": ["gie"'), '$.actors[2].composition[1].members[0]'),
    (('"non_ess_member_count": 1', '"non_ess_member_count": 5'),
     '$.actors[2].composition[0].non_ess_member_count'),
    (('"member_count": 4', '"member_count": 2.5'), '$.actors[2].composition[0].member_count'),
    (('"legal_person": {', '"legal_person": { "kind": "natural-person",'),
     '$.poles[0].legal_person.kind'),
    (('"ptce/1.1"', '"ptce/1.2"'), '$.format'),
])
def test_reader_refuses_saying_where(edit, where):
    with pytest.raises(GLib.Error) as info:
        load(fixture_text().replace(*edit))
    assert where in info.value.message


def test_writer_refuses_dangling_references():
    dataset = load(fixture_text())
    items(dataset.lookup_pole('pole-fictif').get_fundings())[0].set_projects(['nowhere'])
    with pytest.raises(GLib.Error):
        Ptce.JsonWriter.new().save_bytes(dataset)
    dataset = load(fixture_text())
    items(dataset.lookup_actor('gie').get_compositions())[1].set_member_ids(['nobody'])
    with pytest.raises(GLib.Error):
        Ptce.JsonWriter.new().save_bytes(dataset)


# -- the rules --------------------------------------------------------------

def test_rules_read_the_new_facts():
    found = findings(load(fixture_text()), '2019-01-01')
    assert found['V10'].get_status() == MET
    assert 'own legal person' in found['V10'].get_message()
    assert found['V7'].get_status() == MET  # 2 of 3 named members outside the ESS
    assert '2 of 3' in found['V7'].get_message()
    assert found['V14'].get_status() == NOT_MET
    assert 'stated not to be innovative' in found['V14'].get_message()
    assert found['V14.eligibility'].get_status() == NOT_MET
    assert found['V16'].get_status() == MET
    assert 'other projects' in found['V16'].get_message()


def test_rules_at_an_earlier_date():
    found = findings(load(fixture_text()), '2017-01-01')
    # the counted composition of 2016: 1 of 4 outside the ESS
    assert found['V7'].get_status() == NOT_MET
    assert '1 of 4' in found['V7'].get_message()
    # p-old runs and was supported by the call of 2015
    assert found['V16'].get_status() == NOT_MET
    assert found['V14'].get_status() == MET


def test_legal_person_of_public_law_and_unknown_category():
    dataset = load(fixture_text().replace('"legal_category": "9220"', '"legal_category": "7210"'))
    assert findings(dataset, '2019-01-01')['V10'].get_status() == NOT_MET
    dataset = load(fixture_text().replace('"ess_family": "association", "ess_basis": "by-status",\n'
                                          '                        "legal_category": "9220",', ''))
    assert findings(dataset, '2019-01-01')['V10'].get_status() == UNDETERMINED


def test_legal_person_claiming_ess_without_evidence():
    text = fixture_text().replace(
        '"legal_person": { "ess_family": "association", "ess_basis": "by-status",',
        '"legal_person": { "ess_family": "commercial-company", "ess_basis": "declared-only",')
    found = findings(load(text), '2019-01-01')
    assert found['V5'].get_status() == NOT_MET
    assert 'Pôle fictif' in found['V5'].get_message()


def test_old_form_gives_the_same_findings():
    # the same pole in ptce/1 with the observation form of a grouping's
    # composition: V7 reads it as before
    text = fixture_text().replace('"ptce/1.1"', '"ptce/1"')
    doc = json.loads(text)
    doc['observations'] = [
        {'subject': 'gie', 'indicator': 'members', 'value': 3, 'start': '2018-06'},
        {'subject': 'gie', 'indicator': 'non-ess-members', 'value': 2, 'start': '2018-06'}]
    found = findings(load(json.dumps(doc)), '2019-01-01')
    assert found['V7'].get_status() == MET and '2 of 3' in found['V7'].get_message()
    # without the 1.1 facts, V14 cannot tell and V16 counts any earlier call
    assert found['V14'].get_status() == UNDETERMINED
    assert found['V16'].get_status() == NOT_MET


def test_messages_in_french():
    env = dict(os.environ, LANGUAGE='fr', LC_ALL='C.UTF-8')
    code = '''
import gi, locale, sys
locale.setlocale(locale.LC_ALL, '')
gi.require_version('Ptce', '1.0')
from gi.repository import Ptce
d = Ptce.JsonReader.new().load_file(sys.argv[1])
diag = Ptce.Checker.new().check(d, d.lookup_pole('pole-fictif'), Ptce.Date.new_from_iso8601('2019-01-01'))
for i in range(diag.get_findings().get_n_items()):
    f = diag.get_findings().get_item(i)
    print(f.get_rule_id(), '|', f.get_message())
'''
    out = subprocess.run([sys.executable, '-c', code, FIXTURE], env=env, check=True,
                         capture_output=True, text=True).stdout
    lines = dict(line.split(' | ', 1) for line in out.splitlines() if ' | ' in line)
    assert 'personne morale' in lines['V10']
    assert 'innovant' in lines['V14'] and 'déclaré' in lines['V14']
    assert 'autres projets' in lines['V16']


def test_real_sample_of_a_pole_that_is_its_own_legal_person():
    path = os.path.join(SRCDIR, '..', 'data', 'samples', 'vivre-les-mureaux.json')
    dataset = Ptce.JsonReader.new().load_file(path)
    pole = dataset.lookup_pole('vivre-les-mureaux')
    person = pole.get_legal_person()
    assert person is not None and person.get_id() == 'vivre-les-mureaux'
    assert person.get_ess_family() == Ptce.EssFamily.ASSOCIATION
    assert pole.get_carrier() is None  # no separate carrier actor to invent
    found = findings(dataset, '2019-01-01', pole='vivre-les-mureaux')
    assert found['V10'].get_status() == MET
    # the pole's own legal person is an association by status: V5 has no
    # claim to question
    assert found['V5'].get_status() == MET


# -- diagnosis messages ---------------------------------------------------

def french_findings(text, when='2019-01-01'):
    """The findings of the fixture edited as @text, in French."""
    env = dict(os.environ, LANGUAGE='fr', LC_ALL='C.UTF-8')
    code = '''
import gi, json, locale, sys
locale.setlocale(locale.LC_ALL, '')
gi.require_version('Ptce', '1.0')
from gi.repository import GLib, Ptce
d = Ptce.JsonReader.new().load_bytes(GLib.Bytes.new(sys.stdin.read().encode()))
diag = Ptce.Checker.new().check(d, d.lookup_pole('pole-fictif'), Ptce.Date.new_from_iso8601(sys.argv[1]))
out = {}
for i in range(diag.get_findings().get_n_items()):
    f = diag.get_findings().get_item(i)
    out[f.get_rule_id()] = [f.get_message(), f.get_remedy()]
print(json.dumps(out))
'''
    r = subprocess.run([sys.executable, '-c', code, when], input=text, env=env, check=True,
                       capture_output=True, text=True)
    return json.loads(r.stdout)


def test_v11_one_participant_is_no_cooperation():
    text = fixture_text().replace('"participants": ["ess1", "gie"]', '"participants": ["ess1"]')
    found = findings(load(text), '2019-01-01')
    assert found['V11'].get_status() == NOT_MET
    assert 'single participant' in found['V11'].get_message()
    assert 'c1' in found['V11'].get_remedy()
    fr = french_findings(text)
    assert "un seul participant ne fait pas une coopération entre membres" in fr['V11'][0]


def test_v8_eligibility_natural_person():
    text = fixture_text().replace('"kind": "local-authority"', '"kind": "natural-person"')
    found = findings(load(text), '2019-01-01')
    assert found['V8.eligibility'].get_status() == NOT_MET
    assert 'counts legal persons only' in found['V8.eligibility'].get_message()
    # any other legal person of article 9 passes, and the remedy says so
    assert 'toute autre personne […] morale' in found['V8.eligibility'].get_remedy()
    fr = french_findings(text)
    assert 'le décret ne compte que des personnes morales' in fr['V8.eligibility'][0]
    assert "autre personne morale de l'article 9" in fr['V8.eligibility'][1]


def test_measures_are_meaningful_in_json():
    dataset = load(fixture_text())
    diagnosis = Ptce.Checker.new().check(dataset, dataset.lookup_pole('pole-fictif'),
                                         date('2019-01-01'))
    gi.require_version('Json', '1.0')
    from gi.repository import Json
    data = json.loads(Json.to_string(diagnosis.to_json(), False))
    by_rule = {f['rule']: f for f in data['findings']}
    # a count: the value alone
    assert by_rule['V9']['measure'] == {'value': 4.0, 'threshold': 3.0}
    # a share: what it is out of
    assert by_rule['V7']['measure']['count'] == 2 and by_rule['V7']['measure']['total'] == 3
    # no threshold compared: no measure
    assert 'measure' not in by_rule['V10']

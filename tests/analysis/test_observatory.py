# test_observatory.py: the observatory from Python, through GObject
# introspection: the figures of test-observatory.c read back, every new type
# built bare and with each property alone, and the CSV tables read back by
# Python's csv module with their documented headers.
# SPDX-License-Identifier: LGPL-2.1-or-later
import csv
import io
import os

import gi
import pytest

gi.require_version('Ptce', '1.0')
from gi.repository import GObject, Ptce  # noqa: E402

SRCDIR = os.environ.get('G_TEST_SRCDIR',
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
FIXTURE = os.path.join(SRCDIR, 'data', 'analysis', 'observatory.json')
SAMPLES = os.path.join(SRCDIR, '..', 'data', 'samples')

INDICATOR_HEADER = ['subject', 'indicator', 'category', 'value', 'unit', 'start', 'end',
                    'additive', 'label_en', 'label_fr', 'method', 'sources', 'disagreement']
AREA_HEADER = ['level', 'code', 'name', 'population', 'communes', 'communes_covered',
               'population_covered', 'population_share', 'poles', 'members']
ACTOR_HEADER = ['id', 'name', 'kind', 'ess_family', 'ess_basis', 'ess_enterprise', 'siren',
                'siret', 'rna', 'legal_category', 'naf', 'seat_commune', 'esus_start',
                'esus_end']
MEMBERSHIP_HEADER = ['pole_id', 'actor_id', 'roles', 'member', 'start', 'end']
COOPERATION_HEADER = ['pole_id', 'cooperation_id', 'mode', 'object', 'start', 'end',
                      'participants', 'description']


def load(path=FIXTURE):
    return Ptce.JsonReader.new().load_file(path)


def date(text):
    return Ptce.Date.new_from_iso8601(text)


def figures(model):
    return {(i.props.id, i.props.category): i for i in model}


def read_csv(writer):
    text = writer.to_bytes().get_data().decode('utf-8')
    assert '\r\n' in text
    rows = list(csv.reader(io.StringIO(text, newline='')))
    return rows[0], rows[1:]


@pytest.mark.parametrize('gtype', [Ptce.Observatory, Ptce.Indicator, Ptce.AreaFigures,
                                   Ptce.CsvWriter, Ptce.CsvImporter, Ptce.CsvProblem,
                                   Ptce.JsonldWriter])
def test_construct_bare_and_each_property(gtype):
    bare = GObject.new(gtype)
    for pspec in GObject.list_properties(gtype):
        bare.get_property(pspec.name)
        if pspec.flags & GObject.ParamFlags.WRITABLE:
            GObject.new(gtype, **{pspec.name.replace('-', '_'): pspec.default_value})


def test_pole_and_totals():
    dataset = load()
    observatory = Ptce.Observatory.new(dataset)
    p1 = figures(observatory.compute_pole(dataset.lookup_pole('p1'), date('2022')))
    assert p1[('members_total', '')].props.value == 2
    assert p1[('ess_share', '')].props.value == 0.5
    assert p1[('territorial_anchoring', '')].props.value == 1
    jobs = p1[('jobs_direct', '')]
    assert jobs.props.value == 14 and jobs.props.disagreement
    assert list(jobs.props.sources) == ['Source A', 'Source B']
    assert [o.get_value() for o in jobs.props.observations] == [10, 14]
    assert jobs.props.label_fr == 'Emplois directs'

    totals = figures(observatory.compute_totals(None, date('2022')))
    assert totals[('members_total', '')].props.value == 3
    assert totals[('fte_members', '')].props.value == 6
    assert totals[('jobs_direct', '')].props.value == 19

    # Only p2: a-assoc and a-labo.
    only_p2 = Ptce.Observatory.new(dataset).compute_totals(
        Ptce.Observatory.new(dataset).get_dataset().get_poles(), date('2022'))
    assert figures(only_p2)[('poles_total', '')].props.value == 2

    observatory.props.selection_rule = Ptce.SelectionRule.NAMED_SOURCE
    observatory.props.preferred_source = 'Source A'
    p1 = figures(observatory.compute_pole(dataset.lookup_pole('p1'), date('2022')))
    assert p1[('jobs_direct', '')].props.value == 10
    observatory.set_selection_rule(Ptce.SelectionRule.MEDIAN)
    p1 = figures(observatory.compute_pole(dataset.lookup_pole('p1'), date('2022')))
    assert p1[('jobs_direct', '')].props.value == 12


def test_series_and_disagreements():
    observatory = Ptce.Observatory.new(load())
    series = list(observatory.list_series('p1', 'jobs'))
    assert [(p.props.start.to_iso8601(), p.props.value, p.props.disagreement)
            for p in series] == [('2021', 9, False), ('2022', 14, True)]
    disagreements = list(observatory.list_disagreements())
    assert [(d.props.subject, d.props.id) for d in disagreements] == [('p1', 'jobs')]


def test_roll_up_and_coverage():
    observatory = Ptce.Observatory.new(load())
    geography = Ptce.Geography.get_default()
    pop = {c: geography.lookup_commune(c).get_population() for c in ('63113', '63075', '63300')}
    deps = {a.props.code: a for a in observatory.roll_up(None, Ptce.AreaLevel.DEPARTEMENT,
                                                          date('2022'))}
    assert deps['63'].props.population_covered == sum(pop.values())
    assert deps['63'].props.n_members == 3
    assert not deps['01'].is_covered()
    nation = observatory.compute_coverage(None, date('2022'))
    assert nation.props.level == Ptce.AreaLevel.NATION
    assert nation.props.population_covered == sum(pop.values())
    assert 0 < nation.props.population_share < 0.01


def test_csv_tables_read_back():
    dataset = load()
    observatory = Ptce.Observatory.new(dataset)
    header, rows = read_csv(Ptce.Observatory.indicators_to_csv(
        observatory.compute_totals(None, date('2022'))))
    assert header == INDICATOR_HEADER
    by_id = {(r[1], r[2]): r for r in rows}
    assert by_id[('members_total', '')][3] == '3'
    assert by_id[('jobs_direct', '')][11] == 'Source A | Source B | Source C'
    assert by_id[('jobs_direct', '')][12] == 'true'

    header, rows = read_csv(Ptce.Observatory.areas_to_csv(
        observatory.roll_up(None, Ptce.AreaLevel.DEPARTEMENT, date('2022'))))
    assert header == AREA_HEADER
    codes = [r[1] for r in rows]
    assert '01' in codes and '2A' in codes     # codes stay text

    header, rows = read_csv(Ptce.CsvWriter.new_for_actors(dataset))
    assert header == ACTOR_HEADER
    assert [r[0] for r in rows] == ['a-assoc', 'a-pme', 'a-ville', 'a-labo']
    assert rows[0][11] == '63113'
    header, rows = read_csv(Ptce.CsvWriter.new_for_memberships(dataset))
    assert header == MEMBERSHIP_HEADER
    assert ['p1', 'a-ville', 'partner', 'false', '2015', ''] in rows
    header, rows = read_csv(Ptce.CsvWriter.new_for_cooperations(dataset))
    assert header == COOPERATION_HEADER


@pytest.mark.parametrize('sample', sorted(os.listdir(SAMPLES)))
def test_samples_every_pole(sample):
    dataset = load(os.path.join(SAMPLES, sample))
    observatory = Ptce.Observatory.new(dataset)
    for pole in dataset.get_poles():
        header, rows = read_csv(Ptce.Observatory.indicators_to_csv(
            observatory.compute_pole(pole, date('2024-01-01'))))
        assert header == INDICATOR_HEADER
        assert all(r[0] == pole.get_id() for r in rows)
    header, rows = read_csv(Ptce.CsvWriter.new_for_actors(dataset))
    assert len(rows) == dataset.get_actors().get_n_items()


def test_writer_refuses_bad_rows(tmp_path):
    writer = Ptce.CsvWriter.new(['a', 'b'])
    with pytest.raises(GLib_Error()):
        writer.add_row(['only one'])
    writer.add_row(['01', 'x,y'])
    target = tmp_path / 'out.csv'
    writer.save_file(str(target))
    assert target.read_bytes() == b'a,b\r\n01,"x,y"\r\n'


def GLib_Error():
    from gi.repository import GLib
    return GLib.Error


def test_actor_list_round_trip():
    """Actors exported as CSV and imported back are the same actors."""
    for name in sorted(os.listdir(SAMPLES)) + [None]:
        dataset = load(os.path.join(SAMPLES, name)) if name else load()
        exported = Ptce.CsvWriter.new_for_actors(dataset).to_bytes()
        again = Ptce.Dataset.new()
        importer = Ptce.CsvImporter.new()
        importer.read_actors(again, exported)
        assert [p.to_string() for p in importer.get_problems()] == []
        assert importer.props.n_imported == dataset.get_actors().get_n_items()
        assert read_csv(Ptce.CsvWriter.new_for_actors(again))[1] == \
            read_csv(Ptce.CsvWriter.new_for_actors(dataset))[1]


def test_membership_list_round_trip():
    dataset = load()
    again = Ptce.Dataset.new()
    importer = Ptce.CsvImporter.new()
    importer.read_actors(again, Ptce.CsvWriter.new_for_actors(dataset).to_bytes())
    importer.read_memberships(again, Ptce.CsvWriter.new_for_memberships(dataset).to_bytes())
    assert list(importer.get_problems()) == []
    assert read_csv(Ptce.CsvWriter.new_for_memberships(again))[1] == \
        read_csv(Ptce.CsvWriter.new_for_memberships(dataset))[1]


def test_import_reports_rows():
    from gi.repository import GLib
    dataset = Ptce.Dataset.new()
    importer = Ptce.CsvImporter.new()
    table = 'identifiant;Raison sociale;SIREN\na;A;123456789\nb;B;\n'.encode('utf-8')
    importer.read_actors(dataset, GLib.Bytes.new(table))
    problems = list(importer.props.problems)
    assert [(p.props.row, p.props.column) for p in problems] == [(2, 'SIREN')]
    assert importer.get_n_imported() == 1
    with pytest.raises(GLib.Error):
        importer.read_actors(dataset, GLib.Bytes.new(b'siren\n123\n'))
    GObject.new(Ptce.CsvProblem).to_string()
    GObject.new(Ptce.CsvImporter)

# test_scenario.py: the binding scenario, in Python (PyGObject)
#
# Same scenario as test-scenario.c, through gi.repository.Ptce and the
# uninstalled typelib: a wrong (transfer), (nullable) or (element-type)
# annotation shows up here as a crash, a leak or a wrong Python type.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import sys

import gi

gi.require_version('Ptce', '1.0')
gi.require_version('Json', '1.0')
from gi.repository import Gio, GLib, GObject, Json, Ptce  # noqa: E402

import pytest  # noqa: E402

PHARES_FOUNDERS = [
    'etudes-et-chantiers-idf',
    'halage',
    'solibio',
    'la-firme-93',
    'mode-estime',
    'novaedia',
    'procarist',
]


def sample_path():
    srcdir = os.environ.get('G_TEST_SRCDIR',
                            os.path.join(os.path.dirname(__file__), '..'))
    return os.path.join(srcdir, '..', 'data', 'samples', 'ptce-samples.json')


@pytest.fixture
def dataset():
    reader = Ptce.JsonReader.new()
    ds = reader.load_file(sample_path())
    assert isinstance(ds, Ptce.Dataset)
    return ds


def ids(model):
    assert isinstance(model, Gio.ListModel)
    return [actor.get_id() for actor in model]


def member_ids(model):
    assert isinstance(model, Gio.ListModel)
    assert model.get_item_type() == Ptce.Membership.__gtype__
    assert all(m.is_member() for m in model)
    return [m.props.actor.get_id() for m in model]


def test_members_on_date(dataset):
    pole = dataset.lookup_pole('phares')
    assert pole is not None
    assert pole.props.name == 'Le PHARES'

    # The day before the SCIC's statutes: nobody.
    assert len(pole.list_members_on(Ptce.Date.new(2014, 11, 30))) == 0

    # On the day: the seven founding associates and the animating SCIC.
    members = pole.list_members_on(Ptce.Date.new(2014, 12, 1))
    assert sorted(member_ids(members)) == sorted(PHARES_FOUNDERS + ['cite-phares'])
    names = sorted(m.get_actor().props.name for m in members)
    assert 'Halage' in names
    assert 'Études et Chantiers Île-de-France' in names

    # A partial date stands for its first day.
    december = Ptce.Date.new(2014, 12, 0)
    assert member_ids(pole.list_members_on(december)) == member_ids(members)
    assert len(pole.list_members_on(Ptce.Date.new_from_iso8601('2014'))) == 0

    # Le Damier: the metropolis is a partner, not a member.
    damier = dataset.lookup_pole('le-damier')
    assert member_ids(damier.list_members_on(Ptce.Date.new(2011, 0, 0))) == \
        ['association-le-damier']

    assert dataset.lookup_actor('halage').get_name() == 'Halage'
    assert dataset.lookup_pole('no-such-pole') is None


def test_list_model(dataset):
    poles = dataset.get_poles()
    assert poles.get_item_type() == Ptce.Pole.__gtype__
    assert poles.get_n_items() == 3
    assert {p.get_id() for p in poles} == {'phares', 'le-damier', 'sud-aquitaine'}
    # Indexing, len() and iteration come from PyGObject's Gio override.
    assert isinstance(poles[0], Ptce.Pole)
    assert poles.get_item(poles.get_n_items()) is None

    actors = dataset.get_actors()
    assert len(actors) == 11
    assert set(PHARES_FOUNDERS) <= set(ids(actors))
    assert all(isinstance(a, Ptce.Actor) for a in actors)


def test_cooperation_round_trip(dataset, tmp_path):
    pole = dataset.lookup_pole('phares')
    halage = dataset.lookup_actor('halage')
    solibio = dataset.lookup_actor('solibio')

    start = Ptce.Date.new(2016, 3, 0)
    assert start.get_precision() == Ptce.DatePrecision.MONTH

    coop = Ptce.Cooperation.new('achats-groupes', Ptce.CooperationMode.COOPERATION)
    coop.set_object(Ptce.CooperationObject.GROUP_PURCHASING)
    coop.set_start(start)
    coop.props.description = 'Achats groupés de fournitures bio'
    assert coop.add_participant(halage)
    assert coop.add_participant(solibio)
    assert not coop.add_participant(solibio)
    assert pole.add_cooperation(coop)

    writer = Ptce.JsonWriter.new()
    reader = Ptce.JsonReader.new()
    path = str(tmp_path / 'saved.json')
    assert writer.save_file(dataset, path)

    reloaded = reader.load_file(path)
    found = reloaded.lookup_pole('phares').lookup_cooperation('achats-groupes')
    assert found is not None
    assert found.get_mode() == Ptce.CooperationMode.COOPERATION
    assert found.props.object == Ptce.CooperationObject.GROUP_PURCHASING
    assert found.get_description() == 'Achats groupés de fournitures bio'
    assert sorted(ids(found.get_participants())) == ['halage', 'solibio']
    participant = found.get_participants()[0]
    assert participant == reloaded.lookup_actor(participant.get_id())

    found_start = found.get_start()
    assert found_start.get_precision() == Ptce.DatePrecision.MONTH
    assert found_start.to_iso8601() == '2016-03'
    assert found_start.equal(start)

    # Second round trip: same bytes.
    with open(path, 'rb') as f:
        saved = f.read()
    first = writer.save_bytes(reloaded)
    assert isinstance(first, GLib.Bytes)
    assert first.get_data() == saved
    second = writer.save_bytes(reader.load_bytes(first))
    assert second.get_data() == first.get_data()
    assert second.equal(first)

    node = writer.save_node(reloaded)
    assert isinstance(node, Json.Node)
    assert node.get_object().get_string_member('format') == 'ptce/1'


BAD = b'''{ "format": "ptce/1",
  "actors": [ { "id": "halage", "name": "Halage" } ],
  "poles": [ { "id": "phares", "name": "Le PHARES",
    "memberships": [ { "actor": "nobody", "roles": [ "member" ] } ] } ] }
'''


def test_dangling_reference(tmp_path):
    path = tmp_path / 'dangling.json'
    path.write_bytes(BAD)
    reader = Ptce.JsonReader.new()
    with pytest.raises(GLib.Error) as info:
        reader.load_file(str(path))
    e = info.value
    assert e.matches(Ptce.error_quark(), Ptce.Error.DANGLING_REFERENCE)
    assert e.domain == 'ptce-error-quark'
    assert e.code == int(Ptce.Error.DANGLING_REFERENCE)
    assert 'nobody' in e.message

    # Same from memory.
    with pytest.raises(GLib.Error) as info:
        reader.load_bytes(GLib.Bytes.new(BAD))
    assert info.value.matches(Ptce.error_quark(), Ptce.Error.DANGLING_REFERENCE)


def test_partial_date():
    year = Ptce.Date.new_from_iso8601('2014')
    assert year.get_precision() == Ptce.DatePrecision.YEAR
    assert (year.get_year(), year.get_month(), year.get_day()) == (2014, 0, 0)
    assert year.to_iso8601() == '2014'
    assert year.get_last_julian() - year.get_first_julian() == 364

    day = Ptce.Date.new(2014, 12, 1)
    assert not year.equal(day)
    assert day.get_precision() == Ptce.DatePrecision.DAY

    with pytest.raises(GLib.Error) as info:
        Ptce.Date.new(2023, 2, 29)
    assert info.value.matches(Ptce.error_quark(), Ptce.Error.INVALID_DATE)


def test_enums_and_flags(dataset):
    assert Ptce.CooperationMode.MUTUALISATION.value_nick == 'mutualisation'
    assert Ptce.CooperationMode.PARTENARIAT.value_nick == 'partenariat'
    assert issubclass(Ptce.MembershipRole, GObject.GFlags)
    assert int(Ptce.MembershipRole.FOUNDING_MEMBER) == 1
    assert Ptce.MembershipRole.FOUNDING_MEMBER.first_value_nick == 'founding-member'

    memberships = dataset.lookup_pole('phares').get_memberships()
    assert len(memberships) == 8
    founders = [m for m in memberships
                if m.get_roles() & Ptce.MembershipRole.FOUNDING_MEMBER]
    animators = [m for m in memberships if m.has_role(Ptce.MembershipRole.ANIMATOR)]
    assert len(founders) == 7
    assert [m.get_actor().get_id() for m in animators] == ['cite-phares']

    actor = Ptce.Actor.new('x', 'X')
    roles = Ptce.MembershipRole.MEMBER | Ptce.MembershipRole.TENANT
    m = Ptce.Membership.new(actor, roles)
    assert m.get_roles() == roles
    assert isinstance(m.props.roles, Ptce.MembershipRole)
    assert m.has_role(Ptce.MembershipRole.TENANT)
    assert not m.has_role(Ptce.MembershipRole.FUNDER)


def test_notify():
    actor = Ptce.Actor.new('solibio', 'Solibio')
    seen = []
    actor.connect('notify::name', lambda obj, pspec: seen.append((obj.props.name, pspec.name)))
    actor.set_name('Solibio SCOP')
    assert seen == [('Solibio SCOP', 'name')]
    actor.set_name('Solibio SCOP')
    assert len(seen) == 1
    actor.props.name = 'Solibio'
    assert seen[-1] == ('Solibio', 'name')
    assert len(seen) == 2


def test_stage_history(dataset):
    """An (out) boxed parameter, a signal, a nullable boxed property."""
    pole = dataset.lookup_pole('phares')
    emitted = []
    pole.connect('stages-changed', lambda p: emitted.append(p))
    year_2013 = Ptce.Date.new(2013, 0, 0)
    pole.set_stage(Ptce.Stage.CONSOLIDATION, year_2013)
    assert emitted == [pole]
    assert pole.get_n_stage_changes() == 1
    stage, since = pole.get_stage_change(0)
    assert stage == Ptce.Stage.CONSOLIDATION
    assert since.equal(year_2013)
    assert pole.get_stage_on(Ptce.Date.new(2020, 1, 1)) == Ptce.Stage.CONSOLIDATION

    premises = pole.lookup_cooperation('batiment-partage')
    premises.props.end = Ptce.Date.new(2030, 0, 0)
    assert premises.get_end().to_iso8601() == '2030'
    premises.props.end = None
    assert premises.get_end() is None


def test_date_override():
    """bindings/python/gi/overrides/Ptce.py: Python operators on Ptce.Date."""
    override = sys.modules.get('gi.overrides.Ptce')
    assert override is not None, 'the Ptce override was not loaded'
    # The one in this source tree, not an installed copy.
    here = os.path.dirname(os.path.abspath(__file__))
    tree = os.path.normpath(os.path.join(here, '..', '..', 'bindings', 'python'))
    assert os.path.abspath(override.__file__).startswith(tree + os.sep)

    year = Ptce.Date.new(2014, 0, 0)
    month = Ptce.Date.new_from_iso8601('2014-01')
    day = Ptce.Date.new(2014, 1, 1)
    later = Ptce.Date.new(2014, 12, 1)

    assert Ptce.Date.new(2014, 12, 1) == later
    assert not (Ptce.Date.new(2014, 12, 1) != later)
    assert year != day                       # same first day, other precision
    assert year < month < day < later        # the order of ptce_date_compare
    assert later > day >= day and year <= year
    assert sorted([later, day, year, month]) == [year, month, day, later]
    assert len({Ptce.Date.new(2014, 12, 1), later, year}) == 2
    assert str(later) == '2014-12-01' and str(year) == '2014'
    assert repr(month) == "<Ptce.Date '2014-01'>"
    assert (later == '2014-12-01') is False  # no comparison with other types
    with pytest.raises(TypeError):
        later < '2015'


def test_date_words():
    """Ptce.Date.to_words(): ISO in English, in words in French."""
    import subprocess
    script = ("import locale, gi; gi.require_version('Ptce', '1.0'); "
              "from gi.repository import Ptce; locale.setlocale(locale.LC_ALL, ''); "
              "print(Ptce.Date.new_from_iso8601('2018-03-01').to_words(), "
              "Ptce.Date.new_from_iso8601('2017-08').to_words(), sep='|')")
    said = {}
    for language in ('en', 'fr'):
        env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=language)
        said[language] = subprocess.run([sys.executable, '-c', script], env=env, check=True,
                                         capture_output=True, text=True).stdout.strip()
    assert said['en'] == '2018-03-01|2017-08'
    assert said['fr'] == '1er mars 2018|août 2017'


def test_open_periods():
    # Either end of a period may be open (None): the period checks are
    # namespace functions, not methods of the start date.
    d = Ptce.Date.new_from_iso8601
    assert Ptce.period_contains(None, d("2016"), d("2016-12-31"))
    assert not Ptce.period_contains(None, d("2016"), d("2017-01-01"))
    assert Ptce.period_contains(d("2014-12"), None, d("2030"))
    assert not Ptce.period_contains(d("2014-12"), None, d("2014-11-30"))
    assert Ptce.period_contains(None, None, d("1901"))
    assert Ptce.period_is_valid(None, d("2016"))
    assert Ptce.period_is_valid(d("2016-05"), d("2016"))
    assert not Ptce.period_is_valid(d("2017"), d("2016-12"))


def test_project_participants(dataset):
    # A project of the pole, with its innovation flags, tied to members.
    pole = dataset.lookup_pole('phares')
    halage = dataset.lookup_actor('halage')
    project = Ptce.Project.new('p-test', 'Recyclerie partagée')
    project.set_innovation(Ptce.Innovation.SOCIAL | Ptce.Innovation.TECHNOLOGICAL)
    assert project.add_participant(halage)
    assert project.has_participant(halage)
    assert not project.has_participant(dataset.lookup_actor('solibio'))
    assert pole.add_project(project)
    assert pole.lookup_project('p-test') == project
    assert project.remove_participant(halage)
    assert not project.has_participant(halage)

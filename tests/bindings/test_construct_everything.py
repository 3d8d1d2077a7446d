# test_construct_everything.py: no public type of libptce can take its host
# process down from Python.
#
# Every class of the Ptce namespace is found through GIRepository, so a type
# that another change adds is covered without touching this file. For each
# one, a child process (this file run as a script) constructs it with no
# property and with each property alone (several values a binding can
# pass: empty strings, NaN and infinities, every enum value, empty objects),
# reads back every property, and calls every method and function with None
# wherever the annotation allows it and a plain value elsewhere (an empty
# string, 0, an empty object of the right type). Each type runs in its own
# process, so a crash fails the test of that type only and names the last
# call made.
#
# Construction must not even emit a critical warning (G_DEBUG's
# fatal-warnings turns one into a crash); a method given an argument outside
# its documented range may (that is a programmer error, which GLib reports
# and survives), but it must not crash. Abstract types (the reference
# handles, which only the library hands out) must refuse construction with
# a TypeError.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import math
import os
import subprocess
import sys

import gi
import pytest

gi.require_version('Ptce', '1.0')
gi.require_version('Json', '1.0')
gi.require_version('GIRepository', '2.0')
from gi.repository import GIRepository, GLib, GObject, Gio, Json, Ptce  # noqa: E402

REPO = GIRepository.Repository.get_default()
IT = GIRepository.InfoType
TT = GIRepository.TypeTag
STRICT = GLib.LogLevelFlags.LEVEL_ERROR | GLib.LogLevelFlags.LEVEL_CRITICAL | \
    GLib.LogLevelFlags.LEVEL_WARNING
LENIENT = GLib.LogLevelFlags.LEVEL_ERROR


def public_classes():
    names = []
    for i in range(REPO.get_n_infos('Ptce')):
        info = REPO.get_info('Ptce', i)
        if info.get_type() == IT.OBJECT:
            names.append(info.get_name())
    return names


# ---------------------------------------------------------------- the child

def step(message):
    sys.stdout.write(message + '\n')
    sys.stdout.flush()


def empty_instance(gtype):
    if gtype == Gio.ListModel.__gtype__:
        return Gio.ListStore.new(GObject.Object)
    if gtype == Gio.File.__gtype__:
        return Gio.File.new_for_path('/nonexistent/ptce')
    if gtype == Gio.InputStream.__gtype__:
        return Gio.MemoryInputStream.new()
    if gtype == Gio.Cancellable.__gtype__:
        return Gio.Cancellable()
    if gtype.is_abstract() or gtype.is_interface():
        return None
    return GObject.new(gtype)


def plain_value(type_info):
    tag = GIRepository.type_info_get_tag(type_info)
    if tag == TT.BOOLEAN:
        return False
    if tag in (TT.INT8, TT.UINT8, TT.INT16, TT.UINT16, TT.INT32, TT.UINT32,
               TT.INT64, TT.UINT64, TT.UNICHAR):
        return 0
    if tag in (TT.FLOAT, TT.DOUBLE):
        return math.nan
    if tag in (TT.UTF8, TT.FILENAME):
        return ''
    if tag == TT.GTYPE:
        return GObject.TYPE_NONE
    if tag in (TT.ARRAY, TT.GLIST, TT.GSLIST):
        return []
    if tag == TT.GHASH:
        return {}
    if tag == TT.INTERFACE:
        iface = GIRepository.type_info_get_interface(type_info)
        kind = iface.get_type()
        if kind == IT.FLAGS:
            return 0
        if kind == IT.ENUM:
            return GIRepository.value_info_get_value(
                GIRepository.enum_info_get_value(iface, 0))
        if kind == IT.CALLBACK:
            return None
        gtype = GIRepository.registered_type_info_get_g_type(iface)
        if kind in (IT.OBJECT, IT.INTERFACE):
            return empty_instance(gtype)
        if gtype == Ptce.Date.__gtype__:
            return Ptce.Date.new(2020, 1, 1)
        if gtype == GLib.Bytes.__gtype__:
            return GLib.Bytes.new(b'')
        if gtype == Json.Node.__gtype__:
            return Json.Node.new(Json.NodeType.NULL)
    raise NotImplementedError(str(tag))


def call_everything(obj, info, label):
    """Calls every method of @obj (or every function, when @obj is None)."""
    GLib.log_set_always_fatal(LENIENT)
    owner = obj if obj is not None else getattr(Ptce, info.get_name())
    for m in range(GIRepository.object_info_get_n_methods(info)):
        fn_info = GIRepository.object_info_get_method(info, m)
        flags = GIRepository.function_info_get_flags(fn_info)
        if bool(flags & GIRepository.FunctionInfoFlags.IS_METHOD) != (obj is not None):
            continue
        n_args = GIRepository.callable_info_get_n_args(fn_info)
        hidden = set()
        for a in range(n_args):
            arg = GIRepository.callable_info_get_arg(fn_info, a)
            ti = GIRepository.arg_info_get_type(arg)
            if GIRepository.type_info_get_tag(ti) == TT.ARRAY:
                hidden.add(GIRepository.type_info_get_array_length(ti))
            hidden.add(GIRepository.arg_info_get_closure(arg))
            hidden.add(GIRepository.arg_info_get_destroy(arg))
        for use_none in (True, False):
            args = []
            for a in range(n_args):
                arg = GIRepository.callable_info_get_arg(fn_info, a)
                if a in hidden or \
                   GIRepository.arg_info_get_direction(arg) == GIRepository.Direction.OUT:
                    continue
                if use_none and GIRepository.arg_info_may_be_null(arg):
                    args.append(None)
                else:
                    args.append(plain_value(GIRepository.arg_info_get_type(arg)))
            name = fn_info.get_name()
            step(f'call {label}.{name}{tuple(args)!r}')
            try:
                getattr(owner, name)(*args)
            except (GLib.Error, TypeError, ValueError, OverflowError):
                pass
    GLib.log_set_always_fatal(STRICT)


def property_values(pspec):
    vt = pspec.value_type
    if vt == GObject.TYPE_STRING:
        return [None, '', 'x']
    if vt == GObject.TYPE_BOOLEAN:
        return [True, False]
    if vt in (GObject.TYPE_DOUBLE, GObject.TYPE_FLOAT):
        # GObject itself refuses NaN for any double property (with a
        # warning, keeping the old value): NaN is tried through the
        # setters below instead.
        return [pspec.minimum, pspec.maximum, pspec.default_value]
    if vt in (GObject.TYPE_INT, GObject.TYPE_UINT, GObject.TYPE_INT64,
              GObject.TYPE_UINT64, GObject.TYPE_LONG, GObject.TYPE_ULONG):
        return [pspec.minimum, pspec.maximum, pspec.default_value]
    if vt.is_a(GObject.TYPE_ENUM):
        return list(pspec.enum_class.__enum_values__.values())
    if vt.is_a(GObject.TYPE_FLAGS):
        allbits = 0
        for bit in pspec.flags_class.__flags_values__:
            allbits |= int(bit)
        return [0, allbits]
    if vt == Ptce.Date.__gtype__:
        return [None, Ptce.Date.new(2020, 1, 1), Ptce.Date.new(2020, 0, 0)]
    if vt == GObject.TYPE_STRV:
        return [None, [], ['', 'x']]
    if vt.is_a(GObject.TYPE_BOXED):
        return [None]
    if vt.is_a(GObject.TYPE_OBJECT) or vt.is_interface():
        value = empty_instance(vt)
        return [None] if value is None else [None, value]
    raise NotImplementedError(vt.name)


def read_everything(obj):
    for pspec in GObject.list_properties(obj.__gtype__):
        if pspec.flags & GObject.ParamFlags.READABLE:
            obj.get_property(pspec.name)


def probe(name):
    GLib.log_set_always_fatal(STRICT)
    info = REPO.find_by_name('Ptce', name)
    gtype = getattr(Ptce, name).__gtype__
    if gtype.is_abstract():
        step(f'construct {name}() must raise')
        try:
            getattr(Ptce, name)()
        except TypeError:
            pass
        else:
            raise AssertionError(f'{name} is abstract but could be constructed')
        call_everything(None, info, name)
        step('done')
        return
    step(f'construct {name}()')
    obj = getattr(Ptce, name)()
    read_everything(obj)
    call_everything(obj, info, f'{name}()')
    for pspec in GObject.list_properties(gtype):
        if not pspec.flags & GObject.ParamFlags.WRITABLE:
            continue
        for value in property_values(pspec):
            label = f'{name}({pspec.name}={value!r})'
            step(f'construct {label}')
            obj = GObject.new(gtype, **{pspec.name: value})
            read_everything(obj)
            call_everything(obj, info, label)
    call_everything(None, info, name)
    step('done')


# ---------------------------------------------------------------- the tests

def run_child(*args):
    env = dict(os.environ)
    env.pop('G_DEBUG', None)  # the child sets what is fatal itself
    child = subprocess.run([sys.executable, __file__] + list(args),
                           capture_output=True, text=True, env=env, timeout=120)
    last = child.stdout.strip().splitlines()[-1:] or ['(nothing)']
    return child, last[0]


def pytest_generate_tests(metafunc):
    if 'type_name' in metafunc.fixturenames:
        metafunc.parametrize('type_name', public_classes())


def test_covers_the_namespace():
    names = public_classes()
    # a sanity check that introspection really found the library
    for expected in ('Dataset', 'Pole', 'Actor', 'Geography', 'Checker', 'JsonReader'):
        assert expected in names


def test_construct_everything(type_name):
    child, last = run_child('--probe', type_name)
    assert child.returncode == 0, \
        f'{type_name}: exit status {child.returncode} after “{last}”\n{child.stderr[-3000:]}'
    assert last == 'done'
    constructed = [line for line in child.stdout.splitlines() if line.startswith('construct ')]
    assert constructed, 'nothing was constructed'


# ------------------------------------------- the crashes the issue names
#
# Each scenario is natural code that crashed the interpreter; each runs in
# its own process with G_DEBUG=fatal-warnings, so a critical fails too.

def _expect_error(code, call, *args):
    try:
        call(*args)
    except GLib.Error as error:
        assert error.matches(Ptce.error_quark(), code), error.message
        return error.message
    raise AssertionError(f'{call.__name__} did not fail')


def scenario_pole_by_keyword():
    ds = Ptce.Dataset(title='t')
    message = _expect_error(Ptce.Error.INVALID_FORMAT, ds.add_pole, Ptce.Pole(name='P'))
    assert 'id' in message
    _expect_error(Ptce.Error.INVALID_FORMAT, ds.add_pole, Ptce.Pole(id='', name='P'))
    assert ds.get_poles().get_n_items() == 0


def scenario_actor_by_keyword():
    ds = Ptce.Dataset()
    _expect_error(Ptce.Error.INVALID_FORMAT, ds.add_actor, Ptce.Actor(name='Halage'))
    ds.add_actor(Ptce.Actor(id='halage', name='Halage'))
    assert ds.lookup_actor('halage').props.name == 'Halage'


def scenario_cooperation_and_project_by_keyword():
    pole = Ptce.Pole.new('p', 'P')
    _expect_error(Ptce.Error.INVALID_FORMAT, pole.add_cooperation,
                  Ptce.Cooperation(mode=Ptce.CooperationMode.MUTUALISATION))
    _expect_error(Ptce.Error.INVALID_FORMAT, pole.add_project, Ptce.Project())
    assert pole.get_cooperations().get_n_items() == 0
    assert pole.get_projects().get_n_items() == 0


def scenario_membership_without_actor():
    ds = Ptce.Dataset()
    pole = Ptce.Pole.new('p', 'P')
    pole.add_membership(Ptce.Membership())
    _expect_error(Ptce.Error.INVALID_FORMAT, ds.add_pole, pole)
    # the checker takes poles outside any dataset: it must not trip on it
    diagnosis = Ptce.Checker().check(ds, pole, Ptce.Date.new(2024, 1, 1))
    assert diagnosis.props.definition_verdict == Ptce.Verdict.NOT_MET


def scenario_participant_without_id():
    ds = Ptce.Dataset()
    ds.add_actor(Ptce.Actor.new('a', 'A'))
    pole = Ptce.Pole.new('p', 'P')
    cooperation = Ptce.Cooperation.new('c', Ptce.CooperationMode.MUTUALISATION)
    cooperation.add_participant(Ptce.Actor())
    pole.add_cooperation(cooperation)
    _expect_error(Ptce.Error.DANGLING_REFERENCE, ds.add_pole, pole)
    Ptce.Checker().check(ds, pole, Ptce.Date.new(2024, 1, 1))


def scenario_geography_constructed():
    geo = Ptce.Geography()
    assert geo.lookup_commune('75056') is None
    assert geo.get_n_communes() == 0
    assert geo.props.vintage == ''
    _expect_error(Ptce.Error.INVALID_IDENTIFIER, geo.check_commune, '75056')
    assert Ptce.Geography.get_default().lookup_commune('75056').props.name == 'Paris'


def scenario_legal_categories_constructed():
    categories = Ptce.LegalCategories()
    assert categories.lookup('5710') is None
    assert categories.list().get_n_items() == 0


def scenario_reference_handles_refused():
    for name in ('Commune', 'Epci', 'Departement', 'Region', 'LegalCategory',
                 'ResolvedTerritory', 'Rule', 'Diagnosis'):
        try:
            getattr(Ptce, name)()
        except TypeError as error:
            assert 'abstract' in str(error)
        else:
            raise AssertionError(f'Ptce.{name}() was constructed')
    commune = Ptce.Geography.get_default().lookup_commune('26281')
    assert isinstance(commune, Ptce.Commune)
    assert commune.props.name == 'Romans-sur-Isère'


def scenario_observation_not_finite():
    ds = Ptce.Dataset()
    ds.add_actor(Ptce.Actor.new('a', 'A'))
    for value in (math.nan, math.inf, -math.inf):
        observation = Ptce.Observation.new('a', 'jobs', value)
        assert observation is not None
        message = _expect_error(Ptce.Error.INVALID_FORMAT, ds.add_observation, observation)
        assert 'finite' in message
    observation = Ptce.Observation.new('a', 'jobs', 3)
    ds.add_observation(observation)
    observation.set_value(math.nan)
    _expect_error(Ptce.Error.INVALID_FORMAT, ds.validate)
    _expect_error(Ptce.Error.INVALID_FORMAT, Ptce.JsonWriter.new().save_bytes, ds)


def scenario_lent_lists_read_only():
    ds = Ptce.Dataset()
    actor = Ptce.Actor.new('a', 'A')
    ds.add_actor(actor)
    pole = Ptce.Pole.new('p', 'P')
    membership = Ptce.Membership.new(actor, Ptce.MembershipRole.MEMBER)
    pole.add_membership(membership)
    cooperation = Ptce.Cooperation.new('c', Ptce.CooperationMode.MUTUALISATION)
    cooperation.add_participant(actor)
    pole.add_cooperation(cooperation)
    ds.add_pole(pole)
    lent = [ds.get_actors(), ds.get_poles(), ds.get_observations(), ds.props.actors,
             pole.get_memberships(), pole.get_cooperations(), pole.get_projects(),
             pole.get_fundings(), cooperation.get_participants(), actor.get_sites()]
    for model in lent:
        assert isinstance(model, Gio.ListModel)
        assert not isinstance(model, Gio.ListStore), model
        for name in ('append', 'remove', 'insert', 'splice', 'remove_all', 'sort'):
            assert not hasattr(model, name), (model, name)
    try:
        del ds.get_poles()[0]
    except TypeError:
        pass
    else:
        raise AssertionError('a pole was deleted from the lent list')
    assert [a.props.id for a in ds.get_actors()] == ['a']
    assert ds.get_poles()[0] is pole
    # the view follows the dataset, and says so
    changes = []
    actors = ds.get_actors()
    actors.connect('items-changed', lambda model, *args: changes.append(args))
    ds.add_actor(Ptce.Actor.new('b', 'B'))
    assert changes == [(1, 0, 1)], changes
    assert len(actors) == 2 and ds.get_actors() is actors


SCENARIOS = {name[len('scenario_'):]: fn for name, fn in list(globals().items())
             if name.startswith('scenario_')}


@pytest.mark.parametrize('scenario', sorted(SCENARIOS))
def test_issue_scenario(scenario):
    env = dict(os.environ)
    env['G_DEBUG'] = 'gc-friendly,fatal-warnings'
    child = subprocess.run([sys.executable, __file__, '--scenario', scenario],
                           capture_output=True, text=True, env=env, timeout=60)
    assert child.returncode == 0, f'{scenario}: exit status {child.returncode}\n{child.stderr[-3000:]}'
    assert child.stdout.strip().endswith('done')


if __name__ == '__main__' and len(sys.argv) == 3 and sys.argv[1] == '--scenario':
    SCENARIOS[sys.argv[2]]()
    step('done')

if __name__ == '__main__' and len(sys.argv) == 3 and sys.argv[1] == '--probe':
    probe(sys.argv[2])

# test_save_property.py: the writer never writes what the reader refuses.
#
# Random datasets are built through the public API only, the way an
# application would, with the mistakes applications make: reversed periods
# (a membership, a cooperation, a project, a pole's life, an observation, an
# ESUS approval), empty and duplicate ids, references to actor objects that
# are not the dataset's (a dangling reference, or a second object with a
# taken id), observations about nobody, non-finite values. Whatever the API
# accepted is then saved. Either the save succeeds and the file reloads to
# the identical tree (saved again, the same bytes), or the save fails with
# one of the reader's errors, and a good file saved over is left untouched.
#
# The generator is seeded: a failure names its seed and replays.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import math
import os
import random

import gi

gi.require_version('Ptce', '1.0')
from gi.repository import GLib, Ptce  # noqa: E402

import pytest  # noqa: E402

READER_CODES = {Ptce.Error.INVALID_FORMAT, Ptce.Error.INVALID_DATE,
                Ptce.Error.DUPLICATE_ID, Ptce.Error.DANGLING_REFERENCE}
N_SEEDS = 300


def random_date(rng):
    year = rng.randint(2010, 2025)
    shape = rng.random()
    if shape < 0.2:
        return None
    if shape < 0.4:
        return Ptce.Date.new(year, 0, 0)
    if shape < 0.6:
        return Ptce.Date.new(year, rng.randint(1, 12), 0)
    return Ptce.Date.new(year, rng.randint(1, 12), rng.randint(1, 28))


def random_id(rng, prefix):
    roll = rng.random()
    if roll < 0.05:
        return ''
    return f'{prefix}{rng.randint(0, 6)}'


def try_call(fn, *args):
    try:
        fn(*args)
        return True
    except GLib.Error as error:
        assert error.domain == 'ptce-error-quark', error.message
        return False


def build(rng):
    ds = Ptce.Dataset(title=f'random {rng.random():.3f}')
    outsiders = []
    for _ in range(rng.randint(0, 6)):
        actor = Ptce.Actor(id=random_id(rng, 'a'), name='Actor')
        if rng.random() < 0.2:
            actor.props.esus_start = random_date(rng)
            actor.props.esus_end = random_date(rng)
        if not try_call(ds.add_actor, actor):
            outsiders.append(actor)
    actors = list(ds.get_actors()) + outsiders

    def some_actor():
        if not actors or rng.random() < 0.1:
            return Ptce.Actor(id=random_id(rng, 'a'), name='Stranger')
        return rng.choice(actors)

    for _ in range(rng.randint(0, 3)):
        pole = Ptce.Pole(id=random_id(rng, 'p'), name='Pole',
                         founded=random_date(rng), dissolved=random_date(rng))
        for _ in range(rng.randint(0, 4)):
            membership = Ptce.Membership.new(some_actor(), Ptce.MembershipRole.MEMBER)
            membership.props.start = random_date(rng)
            membership.props.end = random_date(rng)
            pole.add_membership(membership)
        for _ in range(rng.randint(0, 2)):
            cooperation = Ptce.Cooperation(id=random_id(rng, 'c'),
                                           mode=Ptce.CooperationMode.MUTUALISATION,
                                           start=random_date(rng), end=random_date(rng))
            for _ in range(rng.randint(0, 3)):
                cooperation.add_participant(some_actor())
            try_call(pole.add_cooperation, cooperation)
        for _ in range(rng.randint(0, 2)):
            project = Ptce.Project(id=random_id(rng, 'j'), title='Project',
                                   start=random_date(rng), end=random_date(rng))
            for _ in range(rng.randint(0, 2)):
                project.add_participant(some_actor())
            try_call(pole.add_project, project)
        try_call(ds.add_pole, pole)
    subjects = [a.props.id for a in ds.get_actors()] + [p.props.id for p in ds.get_poles()]
    for _ in range(rng.randint(0, 4)):
        subject = rng.choice(subjects) if subjects and rng.random() < 0.9 else 'nobody'
        value = rng.choice([1.0, 0.5, -3.0, 1e300, math.nan, math.inf, 12.0])
        observation = Ptce.Observation.new(subject, rng.choice(['jobs', 'members', '']), value)
        observation.props.start = random_date(rng)
        observation.props.end = random_date(rng)
        try_call(ds.add_observation, observation)
    # changes after adding, which no add_… can check
    for pole in ds.get_poles():
        if rng.random() < 0.15:
            pole.add_membership(Ptce.Membership.new(some_actor(), Ptce.MembershipRole.PARTNER))
        for membership in pole.get_memberships():
            if rng.random() < 0.1:
                membership.props.end = Ptce.Date.new(2000, 1, 1)
    for observation in ds.get_observations():
        if rng.random() < 0.05:
            observation.set_value(math.nan)
    return ds


@pytest.mark.parametrize('seed', range(N_SEEDS))
def test_save_reload_or_refuse(seed, tmp_path):
    rng = random.Random(seed)
    ds = build(rng)
    writer = Ptce.JsonWriter.new()
    reader = Ptce.JsonReader.new()
    path = tmp_path / 'good.json'
    good = Ptce.JsonWriter.new().save_bytes(Ptce.Dataset(title='good')).get_data()
    path.write_bytes(good)

    try:
        saved = writer.save_bytes(ds)
    except GLib.Error as error:
        assert error.matches(Ptce.error_quark(), error.code)
        assert Ptce.Error(error.code) in READER_CODES, (seed, error.message)
        # the file on the disk is the good one still
        with pytest.raises(GLib.Error) as again:
            writer.save_file(ds, str(path))
        assert again.value.code == error.code and again.value.message == error.message
        assert path.read_bytes() == good
        with pytest.raises(GLib.Error):
            writer.save_node(ds)
        return

    reloaded = reader.load_bytes(saved)
    assert writer.save_bytes(reloaded).get_data() == saved.get_data(), seed
    assert writer.save_file(ds, str(path))
    assert reader.load_file(str(path)) is not None
    assert path.read_bytes() == saved.get_data()


def test_both_outcomes_are_exercised():
    outcomes = set()
    writer = Ptce.JsonWriter.new()
    for seed in range(N_SEEDS):
        try:
            writer.save_bytes(build(random.Random(seed)))
            outcomes.add('saved')
        except GLib.Error as error:
            outcomes.add(Ptce.Error(error.code))
    assert 'saved' in outcomes
    assert {Ptce.Error.INVALID_DATE, Ptce.Error.INVALID_FORMAT,
            Ptce.Error.DANGLING_REFERENCE} <= outcomes, outcomes


def test_reversed_period_is_the_readers_error(tmp_path):
    ds = Ptce.Dataset()
    actor = Ptce.Actor.new('halage', 'Halage')
    ds.add_actor(actor)
    pole = Ptce.Pole.new('phares', 'Le PHARES')
    membership = Ptce.Membership.new(actor, Ptce.MembershipRole.FOUNDING_MEMBER)
    membership.props.start = Ptce.Date.new(2014, 0, 0)
    membership.props.end = Ptce.Date.new(2010, 0, 0)
    pole.add_membership(membership)
    ds.add_pole(pole)
    with pytest.raises(GLib.Error) as error:
        Ptce.JsonWriter.new().save_bytes(ds)
    assert error.value.matches(Ptce.error_quark(), Ptce.Error.INVALID_DATE)
    assert error.value.message.startswith('$.poles[0].memberships[0]'), error.value.message

#!/usr/bin/python3
# example.py: libptce from Python
#
#   example.py DATASET.json [DATE [OUTPUT.json]]
#
# Loads a ptce/1 dataset, prints who is a member of each pole on DATE (an
# ISO 8601 date, possibly partial; today by default) and the pole's
# cooperations, then builds a tiny dataset in code and saves it to OUTPUT
# (tiny-ptce.json by default).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import sys

import gi

gi.require_version('Ptce', '1.0')
from gi.repository import GLib, Ptce  # noqa: E402


def print_pole(pole, when):
    members = pole.list_members_on(when)
    print(f'{pole.props.name} ({pole.props.id}): {len(members)} members on {when.to_iso8601()}')
    for membership in members:
        print(f'  - {membership.props.actor.props.name}')
    for coop in pole.get_cooperations():
        print(f'  cooperation {coop.props.id}: {coop.props.mode.value_nick}, '
              f'{coop.props.object.value_nick}, {len(coop.get_participants())} participants')


def build_tiny_dataset():
    """Two associations that share premises, members of a pole since June 2020."""
    dataset = Ptce.Dataset(title='A tiny dataset built in Python')
    june_2020 = Ptce.Date.new(2020, 6, 0)
    pole = Ptce.Pole.new('pole-exemple', 'Pôle exemple')
    pole.props.founded = june_2020

    actors = [Ptce.Actor.new('atelier-velo', 'Atelier vélo solidaire'),
              Ptce.Actor.new('ressourcerie', 'La Ressourcerie')]
    for actor in actors:
        actor.props.kind = Ptce.ActorKind.ENTERPRISE
        actor.props.ess_family = Ptce.EssFamily.ASSOCIATION
        membership = Ptce.Membership.new(actor, Ptce.MembershipRole.FOUNDING_MEMBER)
        membership.props.start = june_2020
        pole.add_membership(membership)
        dataset.add_actor(actor)

    premises = Ptce.Cooperation.new('local-partage', Ptce.CooperationMode.MUTUALISATION)
    premises.props.object = Ptce.CooperationObject.SHARED_PREMISES
    for actor in actors:
        premises.add_participant(actor)
    pole.add_cooperation(premises)
    dataset.add_pole(pole)
    return dataset


def main(argv):
    if len(argv) < 2:
        print(f'usage: {argv[0]} DATASET.json [DATE [OUTPUT.json]]', file=sys.stderr)
        return 2
    output = argv[3] if len(argv) > 3 else 'tiny-ptce.json'
    reader = Ptce.JsonReader.new()
    writer = Ptce.JsonWriter.new()
    try:
        dataset = reader.load_file(argv[1])
        when = Ptce.Date.new_from_iso8601(argv[2]) if len(argv) > 2 else Ptce.Date.new_today()
        for pole in dataset.get_poles():
            print_pole(pole, when)

        writer.save_file(build_tiny_dataset(), output)
        # Read it back, to show that what was saved is what was built.
        reloaded = reader.load_file(output)
    except GLib.Error as e:
        print(f'{argv[0]}: {e.message}', file=sys.stderr)
        return 1
    print(f'saved {len(reloaded.get_poles())} pole and '
          f'{len(reloaded.get_actors())} actors to {output}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

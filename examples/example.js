#!/usr/bin/env -S gjs -m
// example.js: libptce from JavaScript (GJS)
//
//   gjs -m example.js DATASET.json [DATE [OUTPUT.json]]
//
// Loads a ptce/1 dataset, prints who is a member of each pole on DATE (an
// ISO 8601 date, possibly partial; today by default) and the pole's
// cooperations, then builds a tiny dataset in code and saves it to OUTPUT
// (tiny-ptce.json by default).
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Ptce from 'gi://Ptce?version=1.0';
import System from 'system';

// The format's word for an enum value (GJS does not reach GEnumValue nicks).
function word(enumType, value) {
    return Ptce.enum_to_string(enumType.$gtype, value) ?? '?';
}

// The items of any Gio.ListModel, for for…of: GJS makes only Gio.ListStore
// iterable, and the lists a dataset or pole lends are read-only models.
function* items(model) {
    for (let i = 0, n = model.get_n_items(); i < n; i++)
        yield model.get_item(i);
}

function printPole(pole, when) {
    const members = pole.list_members_on(when);
    print(`${pole.name} (${pole.id}): ${members.get_n_items()} members on ${when.to_iso8601()}`);
    for (const membership of members)
        print(`  - ${membership.actor.name}`);
    for (const coop of items(pole.get_cooperations())) {
        print(`  cooperation ${coop.id}: ${word(Ptce.CooperationMode, coop.mode)}, ` +
            `${word(Ptce.CooperationObject, coop.object)}, ` +
            `${coop.get_participants().get_n_items()} participants`);
    }
}

// Two associations that share premises, members of a pole since June 2020.
function buildTinyDataset() {
    const dataset = new Ptce.Dataset({title: 'A tiny dataset built in JavaScript'});
    const june2020 = Ptce.Date.new(2020, 6, 0);
    const pole = Ptce.Pole.new('pole-exemple', 'Pôle exemple');
    pole.founded = june2020;

    const actors = [
        Ptce.Actor.new('atelier-velo', 'Atelier vélo solidaire'),
        Ptce.Actor.new('ressourcerie', 'La Ressourcerie'),
    ];
    for (const actor of actors) {
        actor.kind = Ptce.ActorKind.ENTERPRISE;
        actor.ess_family = Ptce.EssFamily.ASSOCIATION;
        const membership = Ptce.Membership.new(actor, Ptce.MembershipRole.FOUNDING_MEMBER);
        membership.start = june2020;
        pole.add_membership(membership);
        dataset.add_actor(actor);
    }

    const premises = Ptce.Cooperation.new('local-partage', Ptce.CooperationMode.MUTUALISATION);
    premises.object = Ptce.CooperationObject.SHARED_PREMISES;
    for (const actor of actors)
        premises.add_participant(actor);
    pole.add_cooperation(premises);
    dataset.add_pole(pole);
    return dataset;
}

function main(argv) {
    if (argv.length < 1) {
        printerr(`usage: ${System.programInvocationName} DATASET.json [DATE [OUTPUT.json]]`);
        return 2;
    }
    const output = argv[2] ?? 'tiny-ptce.json';
    const reader = Ptce.JsonReader.new();
    const writer = Ptce.JsonWriter.new();
    let reloaded;
    try {
        const dataset = reader.load_file(argv[0]);
        const when = argv.length > 1 ? Ptce.Date.new_from_iso8601(argv[1]) : Ptce.Date.new_today();
        for (const pole of items(dataset.get_poles()))
            printPole(pole, when);

        writer.save_file(buildTinyDataset(), output);
        // Read it back, to show that what was saved is what was built.
        reloaded = reader.load_file(output);
    } catch (e) {
        if (!(e instanceof GLib.Error))
            throw e;
        printerr(`${System.programInvocationName}: ${e.message}`);
        return 1;
    }
    print(`saved ${reloaded.get_poles().get_n_items()} pole and ` +
        `${reloaded.get_actors().get_n_items()} actors to ${output}`);
    return 0;
}

System.exit(main(ARGV));

// test-scenario.js: the binding scenario, in JavaScript (GJS)
//
// Same scenario as test-scenario.c, through gi://Ptce and the uninstalled
// typelib. Prints TAP; exits 1 when any case fails.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import GObject from 'gi://GObject';
import Ptce from 'gi://Ptce?version=1.0';
import {test, run, assert, assertEqual, assertThrows, items} from '../ptcetest.js';

const PHARES_FOUNDERS = [
    'etudes-et-chantiers-idf',
    'halage',
    'solibio',
    'la-firme-93',
    'mode-estime',
    'novaedia',
    'procarist',
];

function samplePath() {
    const srcdir = GLib.getenv('G_TEST_SRCDIR') ??
        GLib.path_get_dirname(GLib.path_get_dirname(
            GLib.filename_from_uri(import.meta.url)[0]));
    return GLib.build_filenamev([srcdir, '..', 'data', 'samples', 'ptce-samples.json']);
}

function loadSample() {
    const dataset = Ptce.JsonReader.new().load_file(samplePath());
    assert(dataset instanceof Ptce.Dataset, 'the sample loads as a Ptce.Dataset');
    return dataset;
}

// A Gio.ListModel of Ptce.Actor → their ids.
function ids(model) {
    assert(model instanceof Gio.ListModel, 'a Gio.ListModel');
    const out = [];
    for (const actor of items(model)) {
        assert(actor instanceof Ptce.Actor, 'items are Ptce.Actor');
        out.push(actor.get_id());
    }
    return out;
}

function makeTmpDir() {
    return GLib.dir_make_tmp('ptce-bindings-XXXXXX');
}

function removeTree(dir) {
    const d = Gio.File.new_for_path(dir);
    const children = d.enumerate_children('standard::name', Gio.FileQueryInfoFlags.NONE, null);
    let info;
    while ((info = children.next_file(null)) !== null)
        d.get_child(info.get_name()).delete(null);
    d.delete(null);
}

// A Gio.ListModel of Ptce.Membership → the ids of their actors.
function memberIds(model) {
    assert(model instanceof Gio.ListModel, 'a Gio.ListModel');
    assertEqual(model.get_item_type().name, Ptce.Membership.$gtype.name, 'item type');
    const out = [];
    for (const m of items(model)) {
        assert(m instanceof Ptce.Membership && m.is_member(), 'items are member memberships');
        out.push(m.actor.get_id());
    }
    return out;
}

test('members on date', () => {
    const dataset = loadSample();
    const pole = dataset.lookup_pole('phares');
    assert(pole !== null, 'pole phares exists');
    assertEqual(pole.name, 'Le PHARES', 'pole name');

    assertEqual(pole.list_members_on(Ptce.Date.new(2014, 11, 30)).get_n_items(), 0,
        'members the day before the statutes');

    const members = pole.list_members_on(Ptce.Date.new(2014, 12, 1));
    assertEqual(memberIds(members).sort(), [...PHARES_FOUNDERS, 'cite-phares'].sort(),
        'members on 2014-12-01');
    const names = [...members].map(m => m.get_actor().name);
    assert(names.includes('Halage'), 'Halage is named');
    assert(names.includes('Études et Chantiers Île-de-France'), 'UTF-8 names survive');

    // A partial date stands for its first day.
    assertEqual(memberIds(pole.list_members_on(Ptce.Date.new(2014, 12, 0))), memberIds(members),
        'December 2014');
    assertEqual(pole.list_members_on(Ptce.Date.new_from_iso8601('2014')).get_n_items(), 0,
        'the year 2014 is 1 January');

    const damier = dataset.lookup_pole('le-damier');
    assertEqual(memberIds(damier.list_members_on(Ptce.Date.new(2011, 0, 0))),
        ['association-le-damier'], 'the partner metropolis is not a member');

    assertEqual(dataset.lookup_actor('halage').get_name(), 'Halage', 'actor name');
    assertEqual(dataset.lookup_pole('no-such-pole'), null, 'unknown pole is null');
});

test('list model', () => {
    const dataset = loadSample();
    const poles = dataset.get_poles();
    assertEqual(poles.get_item_type().name, Ptce.Pole.$gtype.name, 'item type of poles');
    assertEqual(poles.get_n_items(), 3, 'three poles');
    const poleIds = [];
    for (let i = 0; i < poles.get_n_items(); i++)
        poleIds.push(poles.get_item(i).get_id());
    assertEqual(poleIds.sort(), ['le-damier', 'phares', 'sud-aquitaine'], 'pole ids');
    assertEqual(poles.get_item(poles.get_n_items()), null, 'past the end is null');

    const actors = ids(dataset.get_actors());
    assertEqual(actors.length, 11, 'eleven actors');
    for (const id of PHARES_FOUNDERS)
        assert(actors.includes(id), `actor ${id} listed`);
});

test('cooperation round trip', () => {
    const dataset = loadSample();
    const pole = dataset.lookup_pole('phares');
    const halage = dataset.lookup_actor('halage');
    const solibio = dataset.lookup_actor('solibio');

    const start = Ptce.Date.new(2016, 3, 0);
    assertEqual(start.get_precision(), Ptce.DatePrecision.MONTH, 'partial start');

    const coop = Ptce.Cooperation.new('achats-groupes', Ptce.CooperationMode.COOPERATION);
    coop.object = Ptce.CooperationObject.GROUP_PURCHASING;
    coop.set_start(start);
    coop.description = 'Achats groupés de fournitures bio';
    assert(coop.add_participant(halage), 'halage added');
    assert(coop.add_participant(solibio), 'solibio added');
    assert(!coop.add_participant(solibio), 'solibio only once');
    assert(pole.add_cooperation(coop), 'cooperation added to the pole');

    const writer = Ptce.JsonWriter.new();
    const reader = Ptce.JsonReader.new();
    const tmp = makeTmpDir();
    try {
        const path = GLib.build_filenamev([tmp, 'saved.json']);
        assert(writer.save_file(dataset, path), 'saved');

        const reloaded = reader.load_file(path);
        const found = reloaded.lookup_pole('phares').lookup_cooperation('achats-groupes');
        assert(found !== null, 'cooperation reloaded');
        assertEqual(found.get_mode(), Ptce.CooperationMode.COOPERATION, 'mode');
        assertEqual(found.object, Ptce.CooperationObject.GROUP_PURCHASING, 'object');
        assertEqual(found.get_description(), 'Achats groupés de fournitures bio', 'description');
        assertEqual(ids(found.get_participants()).sort(), ['halage', 'solibio'], 'participants');
        const first = found.get_participants().get_item(0);
        assert(first === reloaded.lookup_actor(first.get_id()),
            'participants are the reloaded dataset\'s actors');

        const foundStart = found.get_start();
        assertEqual(foundStart.get_precision(), Ptce.DatePrecision.MONTH, 'start precision');
        assertEqual(foundStart.to_iso8601(), '2016-03', 'start as ISO 8601');
        assert(foundStart.equal(start), 'start equal');

        const [ok, saved] = GLib.file_get_contents(path);
        assert(ok, 'saved file read back');
        const bytes1 = writer.save_bytes(reloaded);
        assert(bytes1 instanceof GLib.Bytes, 'save_bytes gives GLib.Bytes');
        assertEqual([...bytes1.toArray()], [...saved], 'file and bytes agree');
        const bytes2 = writer.save_bytes(reader.load_bytes(bytes1));
        assert(bytes2.equal(bytes1), 'second round trip gives the same bytes');

        const node = writer.save_node(reloaded);
        assertEqual(node.get_object().get_string_member('format'), 'ptce/1', 'format tag');
    } finally {
        removeTree(tmp);
    }
});

const BAD = `{ "format": "ptce/1",
  "actors": [ { "id": "halage", "name": "Halage" } ],
  "poles": [ { "id": "phares", "name": "Le PHARES",
    "memberships": [ { "actor": "nobody", "roles": [ "member" ] } ] } ] }
`;

test('dangling reference', () => {
    const reader = Ptce.JsonReader.new();
    const tmp = makeTmpDir();
    try {
        const path = GLib.build_filenamev([tmp, 'dangling.json']);
        GLib.file_set_contents(path, BAD);
        const e = assertThrows(() => reader.load_file(path),
            Ptce.error_quark(), Ptce.Error.DANGLING_REFERENCE, 'load_file');
        assert(e.matches(Ptce.Error, Ptce.Error.DANGLING_REFERENCE), 'matches the Ptce.Error domain');
        assert(e.message.includes('nobody'), `message names the missing id: ${e.message}`);
    } finally {
        removeTree(tmp);
    }
    const bytes = new GLib.Bytes(new TextEncoder().encode(BAD));
    assertThrows(() => reader.load_bytes(bytes),
        Ptce.error_quark(), Ptce.Error.DANGLING_REFERENCE, 'load_bytes');
});

test('partial date', () => {
    const year = Ptce.Date.new_from_iso8601('2014');
    assertEqual(year.get_precision(), Ptce.DatePrecision.YEAR, 'precision');
    assertEqual([year.get_year(), year.get_month(), year.get_day()], [2014, 0, 0], 'fields');
    assertEqual(year.to_iso8601(), '2014', 'ISO 8601');
    assertEqual(year.get_last_julian() - year.get_first_julian(), 364, 'a year spans 365 days');
    const day = Ptce.Date.new(2014, 12, 1);
    assert(!year.equal(day), 'a year is not a day');
    assertThrows(() => Ptce.Date.new(2023, 2, 29),
        Ptce.error_quark(), Ptce.Error.INVALID_DATE, 'impossible date');
});

test('enums and flags', () => {
    assertEqual(Ptce.CooperationMode.PARTENARIAT, 2, 'enum value');
    assertEqual(GObject.enum_to_string(Ptce.CooperationMode.$gtype, Ptce.CooperationMode.MUTUALISATION),
        'PTCE_COOPERATION_MODE_MUTUALISATION', 'enum registered with GType');
    assertEqual(Ptce.MembershipRole.FOUNDING_MEMBER, 1, 'flag value');

    const dataset = loadSample();
    const memberships = [...items(dataset.lookup_pole('phares').get_memberships())];
    assertEqual(memberships.length, 8, 'eight memberships');
    const founders = memberships.filter(m => m.get_roles() & Ptce.MembershipRole.FOUNDING_MEMBER);
    assertEqual(founders.length, 7, 'seven founders');
    const animators = memberships.filter(m => m.has_role(Ptce.MembershipRole.ANIMATOR));
    assertEqual(animators.map(m => m.get_actor().get_id()), ['cite-phares'], 'the animator');

    const actor = Ptce.Actor.new('x', 'X');
    const roles = Ptce.MembershipRole.MEMBER | Ptce.MembershipRole.TENANT;
    const m = Ptce.Membership.new(actor, roles);
    assertEqual(m.roles, roles, 'roles property');
    assert(m.has_role(Ptce.MembershipRole.TENANT), 'has tenant');
    assert(!m.has_role(Ptce.MembershipRole.FUNDER), 'not funder');
});

test('notify', () => {
    const actor = Ptce.Actor.new('solibio', 'Solibio');
    const seen = [];
    actor.connect('notify::name', (obj, pspec) => seen.push([obj.name, pspec.get_name()]));
    actor.set_name('Solibio SCOP');
    assertEqual(seen, [['Solibio SCOP', 'name']], 'one notification');
    actor.set_name('Solibio SCOP');
    assertEqual(seen.length, 1, 'no notification without a change');
    actor.name = 'Solibio';
    assertEqual(seen.length, 2, 'property assignment notifies');
    assertEqual(seen[1], ['Solibio', 'name'], 'second notification');
});

test('stage history', () => {
    // An (out) boxed parameter, a signal, a nullable boxed property.
    const pole = loadSample().lookup_pole('phares');
    let emitted = 0;
    pole.connect('stages-changed', p => {
        assert(p === pole, 'the signal comes from the pole');
        emitted++;
    });
    const year2013 = Ptce.Date.new(2013, 0, 0);
    pole.set_stage(Ptce.Stage.CONSOLIDATION, year2013);
    assertEqual(emitted, 1, 'stages-changed emitted once');
    assertEqual(pole.get_n_stage_changes(), 1, 'one stage change');
    const [stage, since] = pole.get_stage_change(0);
    assertEqual(stage, Ptce.Stage.CONSOLIDATION, 'stage');
    assert(since.equal(year2013), 'since, through the out parameter');
    assertEqual(pole.get_stage_on(Ptce.Date.new(2020, 1, 1)), Ptce.Stage.CONSOLIDATION, 'stage on 2020');

    const premises = pole.lookup_cooperation('batiment-partage');
    premises.end = Ptce.Date.new(2030, 0, 0);
    assertEqual(premises.get_end().to_iso8601(), '2030', 'end set');
    premises.end = null;
    assertEqual(premises.get_end(), null, 'end cleared');
});

run();

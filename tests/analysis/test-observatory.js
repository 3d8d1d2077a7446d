// test-observatory.js: the observatory from GJS, through gi://Ptce and the
// uninstalled typelib: the same fixture and figures as test-observatory.c.
// Prints TAP; exits 1 when any case fails.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Ptce from 'gi://Ptce?version=1.0';
import {test, run, assert, assertEqual} from '../ptcetest.js';

const srcdir = GLib.getenv('G_TEST_SRCDIR');
function load() {
    return Ptce.JsonReader.new().load_file(`${srcdir}/data/analysis/observatory.json`);
}

function byId(model) {
    const out = {};
    for (let i = 0; i < model.get_n_items(); i++) {
        const indicator = model.get_item(i);
        out[`${indicator.id}/${indicator.category}`] = indicator;
    }
    return out;
}

test('bare objects', () => {
    for (const type of [Ptce.Observatory, Ptce.Indicator, Ptce.AreaFigures, Ptce.CsvWriter,
        Ptce.CsvImporter, Ptce.CsvProblem, Ptce.JsonldWriter]) {
        const object = new type();
        for (const pspec of GObject.Object.list_properties.call(type))
            object[pspec.name.replace(/-/g, '_')];
    }
});

test('an actor in two poles counts once in totals', () => {
    const dataset = load();
    const observatory = Ptce.Observatory.new(dataset);
    const year = Ptce.Date.new_from_iso8601('2022');
    const p1 = byId(observatory.compute_pole(dataset.lookup_pole('p1'), year));
    const p2 = byId(observatory.compute_pole(dataset.lookup_pole('p2'), year));
    const totals = byId(observatory.compute_totals(null, year));
    assertEqual([p1['members_total/'].value, p2['members_total/'].value,
        totals['members_total/'].value], [2, 2, 3], 'members');
    assertEqual(p1['jobs_direct/'].disagreement, true, 'disagreement');
    assertEqual(p1['jobs_direct/'].get_sources(), ['Source A', 'Source B'], 'sources');
    observatory.selection_rule = Ptce.SelectionRule.MINIMUM;
    assertEqual(byId(observatory.compute_pole(dataset.lookup_pole('p1'), year))['jobs_direct/'].value,
        10, 'minimum');
});

test('coverage', () => {
    const observatory = Ptce.Observatory.new(load());
    const nation = observatory.compute_coverage(null, Ptce.Date.new_from_iso8601('2022'));
    const geography = Ptce.Geography.get_default();
    const expected = ['63113', '63075', '63300']
        .map(c => geography.lookup_commune(c).get_population())
        .reduce((a, b) => a + b, 0);
    assertEqual(nation.population_covered, expected, 'population covered');
    assertEqual(nation.n_poles, 2, 'poles');
});

test('csv round trip of the actors', () => {
    const dataset = load();
    const exported = Ptce.CsvWriter.new_for_actors(dataset).to_bytes();
    const again = Ptce.Dataset.new();
    const importer = Ptce.CsvImporter.new();
    importer.read_actors(again, exported);
    assertEqual(importer.get_problems().get_n_items(), 0, 'no problem');
    assertEqual(importer.n_imported, 4, 'four actors');
    assertEqual(again.lookup_actor('a-assoc').seat_commune, '63113', 'seat kept as text');
    const bad = new TextEncoder().encode('id;name;siren\nx;X;123\n');
    importer.read_actors(again, new GLib.Bytes(bad));
    const problem = importer.get_problems().get_item(0);
    assertEqual([problem.row, problem.column], [2, 'siren'], 'the problem names its row');
});

test('jsonld writer', () => {
    const writer = Ptce.JsonldWriter.new();
    writer.base_iri = 'https://example.org/ptce/';
    const text = new TextDecoder().decode(writer.save_bytes(load()).toArray());
    assert(text.includes('"https://example.org/ptce/pole/p1"'), 'base IRI used');
});

run();

// test-report.js: PtceReport from JavaScript (GJS), through gi://Ptce and
// the uninstalled typelib: a pole report to GBytes, a territory report to a
// Gio.OutputStream and to a file, the errors, and construction property by
// property. Prints TAP; exits 1 when any case fails.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Ptce from 'gi://Ptce?version=1.0';
import {test, run, assert} from '../ptcetest.js';

const srcdir = GLib.getenv('G_TEST_SRCDIR');
const samples = GLib.build_filenamev([srcdir, '..', 'data', 'samples']);
const decoder = new TextDecoder('utf-8');

function load(name) {
    return new Ptce.JsonReader().load_file(GLib.build_filenamev([samples, name]));
}

function text(bytes) {
    return decoder.decode(bytes.toArray());
}

test('pole report to GBytes', () => {
    const report = Ptce.Report.new_for_pole(load('le-phares.json'), 'phares');
    report.set_date(Ptce.Date.new_from_iso8601('2025-06-30'));
    const html = text(report.to_bytes());
    assert(html.startsWith('<!DOCTYPE html>\n<html lang="en">'), 'doctype and lang');
    assert(html.includes('<h1><bdi>Le PHARES</bdi></h1>'), 'the pole name as h1');
    assert(html.includes('id="verdict"'), 'the verdict');
    assert(html.includes('data-rule="V6"'), 'finding V6');
    assert(!html.includes('<script'), 'no script');
});

test('territory report to a stream and to a file', () => {
    const report = Ptce.Report.new_for_territory(load('ptce-samples.json'), 'reg:84');
    report.date = Ptce.Date.new_from_iso8601('2025-06-30');
    const stream = Gio.MemoryOutputStream.new_resizable();
    assert(report.to_stream(stream, null), 'to_stream');
    stream.close(null);
    const html = text(stream.steal_as_bytes());
    assert(html.includes('Région Auvergne-Rhône-Alpes (84)'), 'the région');
    assert(html.includes('<bdi>Le Damier</bdi>'), 'Le Damier is there');
    assert(!html.includes('<bdi>Le PHARES</bdi>'), 'Le PHARES is not');

    const dir = GLib.dir_make_tmp('ptce-report-js-XXXXXX');
    const path = GLib.build_filenamev([dir, 'report.html']);
    assert(report.save_file(path), 'save_file');
    const [, contents] = GLib.file_get_contents(path);
    assert(decoder.decode(contents) === html, 'the file holds the same document');
    GLib.unlink(path);
    GLib.rmdir(dir);
});

test('errors are GLib errors', () => {
    let caught = null;
    try {
        Ptce.Report.new_for_pole(load('ptce-samples.json'), 'nope').to_bytes();
    } catch (e) {
        caught = e;
    }
    assert(caught !== null && caught.matches(Ptce.error_quark(), Ptce.Error.NOT_FOUND),
        'NOT_FOUND for an unknown pole');
});

test('construction property by property', () => {
    const dataset = load('le-damier.json');
    const props = {
        dataset,
        pole_id: 'le-damier',
        territory: 'dep:63',
        date: Ptce.Date.new_from_iso8601('2025-06-30'),
        geography: Ptce.Geography.get_default(),
        checker: new Ptce.Checker(),
    };
    for (const [name, value] of Object.entries(props)) {
        const report = new Ptce.Report({[name]: value});
        assert(report[name] !== null, `${name} set`);
        if (name !== 'dataset') {
            let threw = false;
            try {
                report.to_bytes();
            } catch (e) {
                threw = true;
            }
            assert(threw, `no dataset: to_bytes() throws (${name})`);
        }
    }
    assert(['en', 'fr'].includes(Ptce.Report.get_language()), 'language tag');
});

run();

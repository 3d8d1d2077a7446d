#!/usr/bin/env -S gjs -m
// observatory.js: an observatory's store from JavaScript (GJS)
//
//   gjs -m observatory.js STORE SAMPLES_DIR
//
// Keeps what an observatory receives in the store file STORE (created when
// missing): the CRESS's file of three poles (SAMPLES_DIR/ptce-samples.json),
// received in March 2023, then Le Damier's own file, received in June 2024,
// which says the pole entered its consolidation stage in 2024. Then reads
// Le Damier back as known at each date, says from which submission each
// version comes and what changed between them. The long calls are awaited:
// an application's main loop keeps running meanwhile (docs/store.md).
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Ptce from 'gi://Ptce?version=1.0';
import System from 'system';

Gio._promisify(Ptce.Store.prototype, 'import_file_async', 'import_file_finish');
Gio._promisify(Ptce.Store.prototype, 'load_pole_async', 'load_pole_finish');

const day = text => Ptce.Date.new_from_iso8601(text);

// The format's word for an enum value (GJS does not reach GEnumValue nicks).
function word(enumType, value) {
    return Ptce.enum_to_string(enumType.$gtype, value) ?? '?';
}

// Le Damier's own file: the CRESS's description, and a stage since 2024.
function damierOwnFile(samples) {
    const dataset = Ptce.JsonReader.new().load_file(GLib.build_filenamev([samples, 'le-damier.json']));
    dataset.lookup_pole('le-damier').set_stage(Ptce.Stage.CONSOLIDATION, day('2024'));
    return dataset;
}

async function run(storePath, samples) {
    const store = Ptce.Store.open(storePath, Ptce.StoreOpenFlags.CREATE);
    const cress = await store.import_file_async(GLib.build_filenamev([samples, 'ptce-samples.json']),
        'CRESS', 'Anne', day('2023-03-01'), null);
    print(`submission ${cress.id}: ${cress.n_poles} poles from ${cress.source}`);
    // a dataset built in memory is imported as it would be written
    const own = store.import_dataset(damierOwnFile(samples), 'the pole', null, day('2024-06-30'));
    print(`submission ${own.id}: ${own.n_poles} pole from ${own.source}`);

    for (const known of ['2023-12', '2024-12']) {
        const version = store.lookup_pole_version('le-damier', day(known));
        const dataset = await store.load_pole_async('le-damier', null, day(known), null);
        const pole = dataset.lookup_pole('le-damier');
        print(`Le Damier as known in ${known}: submission ${version.id} (${version.source}), ` +
            `stage on 2024-07-01: ${word(Ptce.Stage, pole.get_stage_on(day('2024-07-01')))}`);
    }
    const changes = store.diff_pole('le-damier', cress.id, own.id);
    for (let i = 0; i < changes.get_n_items(); i++) {
        const change = changes.get_item(i);
        print(`changed from ${cress.id} to ${own.id}: ${word(Ptce.StoreChangeKind, change.kind)} ` +
            `${change.before ?? '-'} -> ${change.after ?? '-'}`);
    }
    store.close();
}

function main(argv) {
    if (argv.length !== 2) {
        printerr(`usage: ${System.programInvocationName} STORE SAMPLES_DIR`);
        return 2;
    }
    const loop = new GLib.MainLoop(null, false);
    let status = 0;
    run(argv[0], argv[1]).catch(e => {
        if (!(e instanceof GLib.Error))
            throw e;
        printerr(`${System.programInvocationName}: ${e.message}`);
        status = 1;
    }).finally(() => loop.quit());
    loop.run();
    return status;
}

System.exit(main(ARGV));

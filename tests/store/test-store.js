// test-store.js: PtceStore from GJS, through the uninstalled typelib.
// Prints TAP; exits 1 when any case fails.
// SPDX-License-Identifier: LGPL-2.1-or-later

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Ptce from 'gi://Ptce?version=1.0';
import System from 'system';

const samples = GLib.build_filenamev([GLib.getenv('G_TEST_SRCDIR'), '..', 'data', 'samples']);
const dir = GLib.dir_make_tmp('ptce-store-gjs-XXXXXX');
let failed = 0;
let n = 0;

function check(name, fn) {
    n++;
    try {
        fn();
        print(`ok ${n} ${name}`);
    } catch (e) {
        failed++;
        print(`not ok ${n} ${name}: ${e}`);
    }
}

function assert(cond, what) {
    if (!cond)
        throw new Error(what);
}

check('import, read back, query', () => {
    const store = Ptce.Store.open(`${dir}/obs.ptcestore`, Ptce.StoreOpenFlags.CREATE);
    const sub = store.import_file(`${samples}/ptce-samples.json`, 'CRESS', 'me',
        Ptce.Date.new_from_iso8601('2024-01-15'));
    assert(sub.n_poles === 3, `n_poles ${sub.n_poles}`);
    assert(sub.sha256.length === 64, 'sha256');
    const again = store.import_file(`${samples}/ptce-samples.json`, null, null, null);
    assert(again.existed && again.id === sub.id, 'same bytes once');
    const ds = store.load_dataset(null, null);
    assert(ds.get_poles().get_n_items() === 3, 'three poles');
    const before = store.load_dataset(null, Ptce.Date.new_from_iso8601('2023'));
    assert(before.get_poles().get_n_items() === 0, 'nothing known in 2023');
    const ids = store.find_poles(Ptce.StorePoleField.REGION, '84', null);
    assert(ids.includes('le-damier'), `région 84: ${ids}`);
    const versions = store.list_pole_versions('le-damier');
    assert(versions.get_n_items() === 1, 'one version');
    const known = store.lookup_pole_version('le-damier', null);
    assert(known.id === sub.id && known.source === 'CRESS', `known from ${known.id} ${known.source}`);
    store.close();
});

check('errors are GLib.Error in the store domain', () => {
    let caught = null;
    try {
        Ptce.Store.open(`${dir}/missing.ptcestore`, Ptce.StoreOpenFlags.NONE);
    } catch (e) {
        caught = e;
    }
    assert(caught && caught.matches(Ptce.store_error_quark(), Ptce.StoreError.NOT_FOUND),
        `${caught}`);
    const s = new Ptce.Store();
    assert(s.path === null, 'path of an unopened store');
    const sub = new Ptce.Submission();
    assert(sub.id === 0 && sub.received === null, 'empty submission');
});

// The asynchronous calls, awaited as promises, with the main loop running.
Gio._promisify(Ptce.Store.prototype, 'import_file_async', 'import_file_finish');
Gio._promisify(Ptce.Store.prototype, 'load_dataset_async', 'load_dataset_finish');
Gio._promisify(Ptce.Store.prototype, 'load_pole_async', 'load_pole_finish');

let awaited = null;
const loop = new GLib.MainLoop(null, false);
(async () => {
    const store = Ptce.Store.open(`${dir}/async.ptcestore`, Ptce.StoreOpenFlags.CREATE);
    const sub = await store.import_file_async(`${samples}/le-phares.json`, 'the pole', 'Anne',
        Ptce.Date.new_from_iso8601('2024-06-30'), null);
    const [ds, pole] = await Promise.all([
        store.load_dataset_async(null, null, null),
        store.load_pole_async('phares', Ptce.Date.new_from_iso8601('2023-01-01'), null, null),
    ]);
    let missing = null;
    try {
        await store.load_pole_async('nope', null, null, null);
    } catch (e) {
        missing = e;
    }
    store.close();
    return {sub, ds, pole, missing};
})().then(r => {
    awaited = r;
}).catch(e => {
    awaited = e;
}).finally(() => loop.quit());
loop.run();

check('the asynchronous calls, as promises', () => {
    assert(!(awaited instanceof Error) && awaited !== null, `${awaited}`);
    const {sub, ds, pole, missing} = awaited;
    assert(sub.n_poles === 1 && sub.source === 'the pole', `submission ${sub.id} ${sub.source}`);
    assert(ds.get_poles().get_n_items() === 1 && ds.lookup_pole('phares') !== null, 'the dataset');
    assert(pole.lookup_pole('phares').get_memberships().get_n_items() > 0, 'the pole as of 2023');
    assert(missing && missing.matches(Ptce.store_error_quark(), Ptce.StoreError.NOT_FOUND),
        `an unknown pole: ${missing}`);
});

print(`1..${n}`);
for (const name of ['obs.ptcestore', 'obs.ptcestore-wal', 'obs.ptcestore-shm',
    'async.ptcestore', 'async.ptcestore-wal', 'async.ptcestore-shm'])
    GLib.unlink(`${dir}/${name}`);
GLib.rmdir(dir);
System.exit(failed ? 1 : 0);

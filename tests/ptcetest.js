// ptcetest.js: what the GJS tests share — cases, a TAP runner, the
// assertions and the walk of a Gio.ListModel — so each test file holds
// only its cases. Imported as a module beside the test files:
//
//     import {test, run, assert, assertEqual} from '../ptcetest.js';
//     test('a case', () => { … });
//     run();
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import System from 'system';

const cases = [];

export class AssertionError extends Error {}

/** Registers a case; run() calls them in order. */
export function test(name, fn) {
    cases.push({name, fn});
}

export function assert(cond, what) {
    if (!cond)
        throw new AssertionError(what);
}

/** Compares through JSON, so arrays and plain objects compare by value. */
export function assertEqual(actual, expected, what) {
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e)
        throw new AssertionError(`${what}: got ${a}, expected ${e}`);
}

export function assertClose(actual, expected, what, tolerance = 1e-12) {
    if (!(Math.abs(actual - expected) <= tolerance))
        throw new AssertionError(`${what}: got ${actual}, expected ${expected}`);
}

/**
 * Calls fn, which must throw a GLib.Error of domain (a quark, or an
 * enum-backed domain such as Ptce.Error) and code; returns the error.
 */
export function assertThrows(fn, domain, code, what) {
    try {
        fn();
    } catch (e) {
        assert(e instanceof GLib.Error, `${what}: threw a GLib.Error (got ${e})`);
        assert(e.matches(domain, code),
            `${what}: error ${e.domain}:${e.code} (${e.message}) matches ${domain}:${code}`);
        return e;
    }
    throw new AssertionError(`${what}: no error thrown`);
}

/**
 * The items of any Gio.ListModel, for for…of: GJS makes only Gio.ListStore
 * iterable, and the lists a dataset or a pole lends are read-only models.
 */
export function* items(model) {
    for (let i = 0, n = model.get_n_items(); i < n; i++)
        yield model.get_item(i);
}

/** A path under the tests' source directory (G_TEST_SRCDIR of the suite). */
export function srcPath(...parts) {
    return GLib.build_filenamev([GLib.getenv('G_TEST_SRCDIR'), ...parts]);
}

/** Runs the registered cases, prints TAP and exits 1 when any fails. */
export function run() {
    print(`1..${cases.length}`);
    let failed = 0;
    cases.forEach(({name, fn}, i) => {
        try {
            fn();
            print(`ok ${i + 1} - ${name}`);
        } catch (e) {
            failed++;
            print(`not ok ${i + 1} - ${name}`);
            for (const line of `${e}\n${e.stack ?? ''}`.trim().split('\n'))
                print(`# ${line}`);
        }
    });
    System.exit(failed ? 1 : 0);
}

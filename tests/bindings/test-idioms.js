// test-idioms.js: the answers GJS programs expect (issue 8): enum and
// flags words (GJS cannot read a nick), dates compared with methods, file
// names in load errors. Prints TAP.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Ptce from 'gi://Ptce?version=1.0';
import System from 'system';

const cases = [];
const test = (name, fn) => cases.push({name, fn});
function assert(cond, what) {
    if (!cond)
        throw new Error(what);
}

test('enum-words', () => {
    const word = Ptce.enum_to_string(Ptce.CooperationMode.$gtype, Ptce.CooperationMode.MUTUALISATION);
    assert(word === 'mutualisation', word);
    const [ok, mode] = Ptce.enum_from_string(Ptce.CooperationMode.$gtype, 'partenariat');
    assert(ok && mode === Ptce.CooperationMode.PARTENARIAT, `${mode}`);
    let threw = false;
    try {
        Ptce.enum_from_string(Ptce.CooperationMode.$gtype, 'coopération');
    } catch (e) {
        threw = e instanceof GLib.Error && e.matches(Ptce.error_quark(), Ptce.Error.INVALID_FORMAT);
    }
    assert(threw, 'an unknown word is a Ptce.Error');
});

test('flags-words', () => {
    const roles = Ptce.MembershipRole.FOUNDING_MEMBER | Ptce.MembershipRole.TENANT;
    const words = Ptce.flags_to_strv(Ptce.MembershipRole.$gtype, roles);
    assert(words.join() === 'founding-member,tenant', words.join());
    assert(Ptce.flags_to_strv(Ptce.MembershipRole.$gtype, 0).length === 0, 'no flag, no word');
    const [ok, back] = Ptce.flags_from_strv(Ptce.MembershipRole.$gtype, words);
    assert(ok && back === roles, `${back}`);
});

test('dates', () => {
    const a = Ptce.Date.new(2014, 0, 0), b = Ptce.Date.new_from_iso8601('2014-12');
    const b2 = Ptce.Date.new(2014, 12, 0);
    assert(b.equal(b2) && !(b === b2), 'equal() compares dates, === wrappers');
    assert(a.compare(b) < 0 && b.compare(a) > 0 && b.compare(b2) === 0, 'compare');
    const sorted = [b, a].sort((x, y) => x.compare(y)).map(d => d.to_iso8601());
    assert(sorted.join() === '2014,2014-12', sorted.join());
    const today = new Ptce.Date();    // documented: today
    assert(today.equal(Ptce.Date.new_today()), 'new Ptce.Date() is today');
    const g = GLib.Date.new_julian(b.get_first_julian());
    assert(g.get_day() === 1 && g.get_year() === 2014, 'to GLib.Date');
    assert(Ptce.Date.new_from_julian(g.get_julian()).to_iso8601() === '2014-12-01', 'from GLib.Date');
});

test('load-file-names-the-file', () => {
    // json-glib's form for a place in the text, FILE:LINE:COLUMN: message,
    // and FILE: $.path: message for the content
    for (const [text, after] of [
        ['{"format": "ptce/1",\n "actors": [ {"id": } ]}', ':2:21: expected a value'],
        ['{"format": "ptce/1", "actors": [ {"id": "", "name": "x"} ]}', ': $.actors[0].id: '],
    ]) {
        const [fd, path] = GLib.file_open_tmp('ptce-idioms-XXXXXX.json');
        GLib.close(fd);
        GLib.file_set_contents(path, text);
        try {
            Ptce.JsonReader.new().load_file(path);
            assert(false, 'loaded');
        } catch (e) {
            if (e.message === 'loaded')
                throw e;
            assert(e.message.startsWith(`${path}${after}`), e.message);
        } finally {
            GLib.unlink(path);
        }
    }
});

let failed = 0;
print(`1..${cases.length}`);
cases.forEach(({name, fn}, i) => {
    try {
        fn();
        print(`ok ${i + 1} ${name}`);
    } catch (e) {
        failed++;
        print(`not ok ${i + 1} ${name}: ${e.message}`);
    }
});
System.exit(failed ? 1 : 0);

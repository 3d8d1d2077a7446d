// test-construct-everything.js: no public type of libptce can take a GJS
// process down.
//
// The GJS twin of test_construct_everything.py: every class of the Ptce
// namespace, found through GIRepository (so types added later are covered),
// is constructed in a child process with no property and with each
// property alone, its properties are read back, and every method and
// function is called with null wherever the annotation allows it and a
// plain value elsewhere. One child per type: a crash fails that type's
// case only and names the last call. Construction must not emit a
// critical; a method given an argument outside its documented range may.
// Abstract types (the reference handles) must refuse `new`. Then the
// scenarios of issue 8 that crashed GJS. Prints TAP.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import GObject from 'gi://GObject';
import GIRepository from 'gi://GIRepository?version=2.0';
import Json from 'gi://Json?version=1.0';
import Ptce from 'gi://Ptce?version=1.0';
import System from 'system';

const repo = GIRepository.Repository.get_default();
const IT = GIRepository.InfoType;
const TT = GIRepository.TypeTag;
const STRICT = GLib.LogLevelFlags.LEVEL_ERROR | GLib.LogLevelFlags.LEVEL_CRITICAL |
    GLib.LogLevelFlags.LEVEL_WARNING;
const LENIENT = GLib.LogLevelFlags.LEVEL_ERROR;

function publicClasses() {
    const names = [];
    for (let i = 0; i < repo.get_n_infos('Ptce'); i++) {
        const info = repo.get_info('Ptce', i);
        if (info.get_type() === IT.OBJECT)
            names.push(info.get_name());
    }
    return names;
}

function step(message) {
    print(message);
}

function emptyInstance(gtype) {
    if (gtype === Gio.ListModel.$gtype)
        return new Gio.ListStore({item_type: GObject.Object.$gtype});
    if (gtype === Gio.File.$gtype)
        return Gio.File.new_for_path('/nonexistent/ptce');
    if (gtype === Gio.InputStream.$gtype)
        return Gio.MemoryInputStream.new();
    if (gtype === Gio.Cancellable.$gtype)
        return new Gio.Cancellable();
    if (GObject.type_test_flags(gtype, GObject.TypeFlags.ABSTRACT) ||
        GObject.type_is_a(gtype, GObject.TYPE_INTERFACE))
        return null;
    return GObject.Object.new(gtype, {});
}

function plainValue(typeInfo) {
    const tag = GIRepository.type_info_get_tag(typeInfo);
    switch (tag) {
    case TT.BOOLEAN: return false;
    case TT.INT8: case TT.UINT8: case TT.INT16: case TT.UINT16:
    case TT.INT32: case TT.UINT32: case TT.INT64: case TT.UINT64: case TT.UNICHAR:
        return 0;
    case TT.FLOAT: case TT.DOUBLE: return NaN;
    case TT.UTF8: case TT.FILENAME: return '';
    case TT.GTYPE: return GObject.TYPE_NONE;
    case TT.ARRAY: case TT.GLIST: case TT.GSLIST: return [];
    case TT.GHASH: return {};
    case TT.INTERFACE: {
        const iface = GIRepository.type_info_get_interface(typeInfo);
        const kind = iface.get_type();
        if (kind === IT.FLAGS)
            return 0;
        if (kind === IT.ENUM)
            return GIRepository.value_info_get_value(GIRepository.enum_info_get_value(iface, 0));
        if (kind === IT.CALLBACK)
            return null;
        const gtype = GIRepository.registered_type_info_get_g_type(iface);
        if (kind === IT.OBJECT || kind === IT.INTERFACE)
            return emptyInstance(gtype);
        if (gtype === Ptce.Date.$gtype)
            return Ptce.Date.new(2020, 1, 1);
        if (gtype === GLib.Bytes.$gtype)
            return new GLib.Bytes(new Uint8Array(0));
        if (gtype === Json.Node.$gtype)
            return Json.Node.new(Json.NodeType.NULL);
        break;
    }
    }
    throw new Error(`no value for type tag ${tag}`);
}

function callEverything(obj, info, label) {
    GLib.log_set_always_fatal(LENIENT);
    const owner = obj ?? Ptce[info.get_name()];
    const nMethods = GIRepository.object_info_get_n_methods(info);
    for (let m = 0; m < nMethods; m++) {
        const fnInfo = GIRepository.object_info_get_method(info, m);
        const flags = GIRepository.function_info_get_flags(fnInfo);
        const isMethod = (flags & GIRepository.FunctionInfoFlags.IS_METHOD) !== 0;
        if (isMethod !== (obj !== null))
            continue;
        const nArgs = GIRepository.callable_info_get_n_args(fnInfo);
        const hidden = new Set();
        for (let a = 0; a < nArgs; a++) {
            const arg = GIRepository.callable_info_get_arg(fnInfo, a);
            const ti = GIRepository.arg_info_get_type(arg);
            if (GIRepository.type_info_get_tag(ti) === TT.ARRAY)
                hidden.add(GIRepository.type_info_get_array_length(ti));
            hidden.add(GIRepository.arg_info_get_closure(arg));
            hidden.add(GIRepository.arg_info_get_destroy(arg));
        }
        const name = fnInfo.get_name();
        for (const useNull of [true, false]) {
            const args = [];
            for (let a = 0; a < nArgs; a++) {
                const arg = GIRepository.callable_info_get_arg(fnInfo, a);
                if (hidden.has(a) ||
                    GIRepository.arg_info_get_direction(arg) === GIRepository.Direction.OUT)
                    continue;
                if (useNull && GIRepository.arg_info_may_be_null(arg))
                    args.push(null);
                else
                    args.push(plainValue(GIRepository.arg_info_get_type(arg)));
            }
            step(`call ${label}.${name}(${args.map(String).join(', ')})`);
            try {
                owner[name](...args);
            } catch (e) {
                if (!(e instanceof GLib.Error) && !(e instanceof TypeError) &&
                    !(e instanceof RangeError) && !(e instanceof Error))
                    throw e;
            }
        }
    }
    GLib.log_set_always_fatal(STRICT);
}

function propertyValues(pspec) {
    const vt = pspec.value_type;
    if (vt === GObject.TYPE_STRING)
        return [null, '', 'x'];
    if (vt === GObject.TYPE_BOOLEAN)
        return [true, false];
    if (vt === GObject.TYPE_DOUBLE || vt === GObject.TYPE_FLOAT ||
        vt === GObject.TYPE_INT || vt === GObject.TYPE_UINT ||
        vt === GObject.TYPE_INT64 || vt === GObject.TYPE_UINT64)
        // GObject refuses NaN for a double property itself (a warning)
        return [pspec.get_default_value()];
    if (GObject.type_is_a(vt, GObject.TYPE_ENUM)) {
        const klass = GObject.type_class_ref(vt);
        const values = [];
        const info = GIRepository.Repository.get_default().find_by_gtype(vt);
        if (info !== null) {
            for (let i = 0; i < GIRepository.enum_info_get_n_values(info); i++)
                values.push(GIRepository.value_info_get_value(GIRepository.enum_info_get_value(info, i)));
        }
        void klass;
        return values.length ? values : [pspec.get_default_value()];
    }
    if (GObject.type_is_a(vt, GObject.TYPE_FLAGS)) {
        const info = GIRepository.Repository.get_default().find_by_gtype(vt);
        let all = 0;
        if (info !== null) {
            for (let i = 0; i < GIRepository.enum_info_get_n_values(info); i++)
                all |= GIRepository.value_info_get_value(GIRepository.enum_info_get_value(info, i));
        }
        return [0, all];
    }
    if (vt === Ptce.Date.$gtype)
        return [null, Ptce.Date.new(2020, 1, 1), Ptce.Date.new(2020, 0, 0)];
    if (vt === GObject.type_from_name('GStrv'))
        return [null, [], ['', 'x']];
    if (GObject.type_is_a(vt, GObject.TYPE_BOXED))
        return [null];
    if (GObject.type_is_a(vt, GObject.TYPE_OBJECT) || GObject.type_is_a(vt, GObject.TYPE_INTERFACE)) {
        const v = emptyInstance(vt);
        return v === null ? [null] : [null, v];
    }
    return [];
}

function readEverything(obj) {
    for (const pspec of GObject.Object.list_properties.call(obj.constructor)) {
        if (pspec.flags & GObject.ParamFlags.READABLE)
            void obj[pspec.name.replace(/-/g, '_')];
    }
}

function probe(name) {
    GLib.log_set_always_fatal(STRICT);
    const info = repo.find_by_name('Ptce', name);
    const klass = Ptce[name];
    const gtype = klass.$gtype;
    if (GObject.type_test_flags(gtype, GObject.TypeFlags.ABSTRACT)) {
        step(`construct ${name}() must throw`);
        let threw = false;
        try {
            void new klass();
        } catch (e) {
            threw = true;
        }
        if (!threw)
            throw new Error(`${name} is abstract but could be constructed`);
        callEverything(null, info, name);
        step('done');
        return;
    }
    step(`construct ${name}()`);
    let obj = new klass();
    readEverything(obj);
    callEverything(obj, info, `${name}()`);
    for (const pspec of GObject.Object.list_properties.call(klass)) {
        if (!(pspec.flags & GObject.ParamFlags.WRITABLE))
            continue;
        for (const value of propertyValues(pspec)) {
            const label = `${name}({${pspec.name}: ${value}})`;
            step(`construct ${label}`);
            obj = new klass({[pspec.name]: value});
            readEverything(obj);
            callEverything(obj, info, label);
        }
    }
    callEverything(null, info, name);
    step('done');
}

// ---------------------------------------------- the scenarios of issue 8

function expectError(code, fn) {
    try {
        fn();
    } catch (e) {
        if (!(e instanceof GLib.Error) || !e.matches(Ptce.error_quark(), code))
            throw new Error(`expected Ptce.Error ${code}, got ${e}`);
        return e.message;
    }
    throw new Error('no error thrown');
}

const SCENARIOS = {
    pole_by_keyword() {
        const ds = new Ptce.Dataset({title: 't'});
        const message = expectError(Ptce.Error.INVALID_FORMAT, () => ds.add_pole(new Ptce.Pole({name: 'P'})));
        if (!message.includes('id'))
            throw new Error(message);
        if (ds.get_poles().get_n_items() !== 0)
            throw new Error('a pole without an id was added');
    },
    actor_by_keyword() {
        const ds = new Ptce.Dataset();
        expectError(Ptce.Error.INVALID_FORMAT, () => ds.add_actor(new Ptce.Actor({name: 'Halage'})));
        ds.add_actor(new Ptce.Actor({id: 'halage', name: 'Halage'}));
        if (ds.lookup_actor('halage').name !== 'Halage')
            throw new Error('lookup');
    },
    cooperation_and_project_by_keyword() {
        const pole = Ptce.Pole.new('p', 'P');
        expectError(Ptce.Error.INVALID_FORMAT, () => pole.add_cooperation(
            new Ptce.Cooperation({mode: Ptce.CooperationMode.MUTUALISATION})));
        expectError(Ptce.Error.INVALID_FORMAT, () => pole.add_project(new Ptce.Project()));
    },
    membership_without_actor() {
        const ds = new Ptce.Dataset();
        const pole = Ptce.Pole.new('p', 'P');
        pole.add_membership(new Ptce.Membership());
        expectError(Ptce.Error.INVALID_FORMAT, () => ds.add_pole(pole));
        new Ptce.Checker().check(ds, pole, Ptce.Date.new(2024, 1, 1));
    },
    geography_constructed() {
        const geo = new Ptce.Geography();
        if (geo.lookup_commune('75056') !== null || geo.get_n_communes() !== 0)
            throw new Error('an empty geography found something');
        expectError(Ptce.Error.INVALID_IDENTIFIER, () => geo.check_commune('75056'));
    },
    reference_handles_refused() {
        for (const name of ['Commune', 'Epci', 'Departement', 'Region', 'LegalCategory',
            'ResolvedTerritory', 'Rule', 'Diagnosis']) {
            let threw = false;
            try {
                void new Ptce[name]();
            } catch (e) {
                threw = true;
            }
            if (!threw)
                throw new Error(`new Ptce.${name}() was constructed`);
        }
    },
    lent_lists_read_only() {
        const ds = new Ptce.Dataset();
        const actor = Ptce.Actor.new('a', 'A');
        ds.add_actor(actor);
        const pole = Ptce.Pole.new('p', 'P');
        pole.add_membership(Ptce.Membership.new(actor, Ptce.MembershipRole.MEMBER));
        ds.add_pole(pole);
        for (const model of [ds.get_actors(), ds.get_poles(), ds.get_observations(), ds.actors,
            pole.get_memberships(), pole.get_cooperations(), pole.get_projects(),
            pole.get_fundings(), actor.get_sites()]) {
            if (!(model instanceof Gio.ListModel) || model instanceof Gio.ListStore)
                throw new Error(`${model} is not a read-only list model`);
            for (const name of ['append', 'remove', 'insert', 'splice', 'remove_all'])
                if (typeof model[name] === 'function')
                    throw new Error(`${model} has ${name}()`);
        }
        const changes = [];
        const actors = ds.get_actors();
        actors.connect('items-changed', (model, ...args) => changes.push(args.join(',')));
        ds.add_actor(Ptce.Actor.new('b', 'B'));
        if (changes.join(';') !== '1,0,1' || actors.get_n_items() !== 2)
            throw new Error(`items-changed: ${changes}`);
    },
    observation_not_finite() {
        const ds = new Ptce.Dataset();
        ds.add_actor(Ptce.Actor.new('a', 'A'));
        for (const value of [NaN, Infinity, -Infinity]) {
            const observation = Ptce.Observation.new('a', 'jobs', value);
            expectError(Ptce.Error.INVALID_FORMAT, () => ds.add_observation(observation));
        }
    },
};

// ---------------------------------------------------------------- the driver

function runChild(args) {
    const launcher = new Gio.SubprocessLauncher({
        flags: Gio.SubprocessFlags.STDOUT_PIPE | Gio.SubprocessFlags.STDERR_PIPE,
    });
    launcher.setenv('G_DEBUG', 'gc-friendly,fatal-warnings', true);
    const self = GLib.filename_from_uri(import.meta.url)[0];
    const proc = launcher.spawnv(['gjs', '-m', self, ...args]);
    const [, stdout, stderr] = proc.communicate_utf8(null, null);
    const lines = stdout.trim().split('\n');
    return {
        ok: proc.get_if_exited() && proc.get_exit_status() === 0,
        status: proc.get_if_exited() ? `exit ${proc.get_exit_status()}` : `signal ${proc.get_term_sig()}`,
        last: lines[lines.length - 1],
        stderr,
    };
}

if (ARGV.length === 2 && ARGV[0] === '--probe') {
    probe(ARGV[1]);
} else if (ARGV.length === 2 && ARGV[0] === '--scenario') {
    SCENARIOS[ARGV[1]]();
    step('done');
} else {
    const cases = publicClasses().map(n => ({name: `construct-everything/${n}`, args: ['--probe', n]}))
        .concat(Object.keys(SCENARIOS).map(n => ({name: `scenario/${n}`, args: ['--scenario', n]})));
    let failed = 0;
    print(`1..${cases.length}`);
    cases.forEach((c, i) => {
        const r = runChild(c.args);
        if (r.ok && r.last === 'done') {
            print(`ok ${i + 1} ${c.name}`);
        } else {
            failed++;
            print(`not ok ${i + 1} ${c.name}: ${r.status} after “${r.last}”`);
            for (const line of r.stderr.split('\n').slice(-20))
                print(`# ${line}`);
        }
    });
    System.exit(failed ? 1 : 0);
}

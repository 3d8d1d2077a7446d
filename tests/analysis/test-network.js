// test-network.js: PtceNetwork from GJS, through gi://Ptce and the
// uninstalled typelib: the sample and the figures worked out by hand in
// test-network.c (tests/data/analysis/network-sample.json).
// Prints TAP; exits 1 when any case fails.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Ptce from 'gi://Ptce?version=1.0';
import {test, run, assert, assertEqual, assertClose, assertThrows} from '../ptcetest.js';

const srcdir = GLib.getenv('G_TEST_SRCDIR');
function load() {
    return Ptce.JsonReader.new().load_file(`${srcdir}/data/analysis/network-sample.json`);
}

function build(kind, pole, on, membersOnly) {
    const builder = Ptce.NetworkBuilder.new(load());
    builder.kind = kind;
    builder.members_only = membersOnly;
    if (pole !== null)
        builder.add_pole(pole);
    builder.set_date(Ptce.Date.new_from_iso8601(on));
    return builder.build();
}

function edgeBetween(network, a, b) {
    const u = network.lookup_node(a), v = network.lookup_node(b);
    assert(u >= 0 && v >= 0, `${a} and ${b} are nodes`);
    const ends = network.dup_edge_list();
    for (let e = 0; e < ends.length / 2; e++) {
        if ((ends[2 * e] === u && ends[2 * e + 1] === v) || (ends[2 * e] === v && ends[2 * e + 1] === u))
            return e;
    }
    return -1;
}

// Clairval on 2017-06-01: 9 nodes, 15 ties (see test-network.c).
test('actors on a date', () => {
    const network = build(Ptce.NetworkKind.ACTORS, 'clairval', '2017-06-01', false);
    assertEqual(network.get_n_nodes(), 9, 'nodes');
    assertEqual(network.get_n_edges(), 15, 'ties');
    assertClose(network.get_density(), 30 / 72, 'density 2m / n(n − 1)');
    assertEqual(network.get_n_components(), 1, 'one component');
    const sc = network.lookup_node('scop-batir');
    assertEqual(network.get_degree(sc), 7, 'degree of scop-batir');
    assertEqual(network.get_node_label(sc), 'SCOP Bâtir', 'label');
    assertEqual(network.get_node_category(sc), Ptce.NetworkCategory.ESS_ENTERPRISE, 'category');
    assertEqual(network.get_node_category_derivation(sc), Ptce.Derivation.INFERRED,
        'inferred from the legal category 5458');
    assertEqual(network.get_node_legal_category(sc), '5458', 'legal category');
    assertEqual(network.lookup_node('universite'), -1, 'not yet a member');
    const e = edgeBetween(network, 'ressourcerie', 'jardins');
    assertEqual(network.get_edge_weight(e), 2, 'two shared cooperations');
    assert(network.edge_has_mode(e, Ptce.CooperationMode.MUTUALISATION), 'mutualisation');
    assertEqual(network.count_ties_by_mode(Ptce.CooperationMode.PARTENARIAT), 4, 'partnership ties');
    assertEqual(network.count_ties_between(Ptce.NetworkCategory.ESS_ENTERPRISE,
        Ptce.NetworkCategory.OTHER_ENTERPRISE), 4, 'ESS ↔ other enterprises');
    assertClose(network.get_ei_index(), 1 / 15, 'E-I index');
    assertClose(network.get_animator_share(), 4 / 15, "the animator's share");
});

// The edge list and weights in bulk: what a NetworkX or any graph user needs.
test('edge list and weights in bulk', () => {
    const network = build(Ptce.NetworkKind.ACTORS, 'clairval', '2017-06-01', false);
    const ends = network.dup_edge_list();
    const weights = network.dup_edge_weights();
    assertEqual(ends.length, 30, 'two ends per tie');
    assertEqual(weights.length, 15, 'one weight per tie');
    assertEqual(weights.reduce((a, b) => a + b, 0), 16, 'fifteen ties, one of weight 2');
    const degree = new Array(network.get_n_nodes()).fill(0);
    for (const node of ends)
        degree[node]++;
    for (let i = 0; i < degree.length; i++)
        assertEqual(degree[i], network.get_degree(i), `degree of ${network.get_node_id(i)} from the list`);
});

test('betweenness and closeness', () => {
    const network = build(Ptce.NetworkKind.ACTORS, 'clairval', '2017-06-01', false);
    const raw = network.compute_betweenness(false, false);
    const normalized = network.compute_betweenness(true, false);
    const n = network.get_n_nodes();
    assertEqual(raw.length, n, 'one value per node');
    for (let i = 0; i < n; i++)
        assertClose(normalized[i], raw[i] / ((n - 1) * (n - 2) / 2), 'normalised by (n − 1)(n − 2) / 2');
    // scop-batir is the only path of formation and commune to the others
    const sc = network.lookup_node('scop-batir');
    assert(raw.every(v => v <= raw[sc]), 'scop-batir is the top broker');
    const sampled = network.compute_betweenness_sampled(false, false, n, 7);
    for (let i = 0; i < n; i++)
        assertClose(sampled[i], raw[i], 'k = n sources: the exact value');
    const closeness = network.compute_closeness(false);
    assertEqual(closeness.length, n, 'closeness of each node');
    assert(closeness.every(v => v > 0 && v <= 1), 'closeness in (0, 1] in one component');
});

test('members only, bipartite and poles', () => {
    const members = build(Ptce.NetworkKind.ACTORS, 'clairval', '2017-06-01', true);
    assertEqual([members.get_n_nodes(), members.get_n_edges(), members.get_n_components()],
        [8, 10, 3], 'members only');
    const bipartite = build(Ptce.NetworkKind.BIPARTITE, 'clairval', '2017-06-01', false);
    const c = bipartite.lookup_node('clairval#achats');
    assertEqual(bipartite.get_node_type(c), Ptce.NetworkNodeType.COOPERATION, 'a cooperation node');
    assertClose(bipartite.get_density(), 15 / 45, 'bipartite density m / (a c)');
    const poles = build(Ptce.NetworkKind.POLES, null, '2019-06-01', false);
    assertEqual([poles.get_n_nodes(), poles.get_n_edges(), poles.get_edge_weight(0)], [2, 1, 3],
        'two poles sharing three actors');
});

test('a period: new, ended and lasting ties', () => {
    const builder = Ptce.NetworkBuilder.new(load());
    builder.add_pole('clairval');
    builder.set_period(Ptce.Date.new_from_iso8601('2017'), Ptce.Date.new_from_iso8601('2018'));
    const network = builder.build();
    assertEqual([network.count_new_ties(), network.count_ended_ties(), network.count_lasting_ties()],
        [2, 3, 12], 'continuity');
    assertEqual(network.get_median_tie_duration(), 730, 'median duration in days');
    builder.weight = Ptce.NetworkWeight.MONTHS;
    const months = builder.build();
    assertEqual(months.get_edge_weight(edgeBetween(months, 'ressourcerie', 'jardins')), 24,
        'shared months');
});

test('exports', () => {
    const network = build(Ptce.NetworkKind.ACTORS, 'clairval', '2017-06-01', false);
    assert(network.to_dot().includes('"ressourcerie" -- "jardins"'), 'DOT tie');
    assert(network.to_graphml().includes('<graphml'), 'GraphML');
    assert(network.to_gexf().includes('version="1.3"'), 'GEXF 1.3');
    const json = network.to_json();
    assertEqual(json.get_object().get_array_member('nodes').get_length(), 9, 'JSON nodes');
});

test('errors', () => {
    const builder = Ptce.NetworkBuilder.new(load());
    builder.add_pole('nowhere');
    const e = assertThrows(() => builder.build(), Ptce.Error, Ptce.Error.NOT_FOUND, 'unknown pole');
    assert(e.message.includes('nowhere'), `the message names the pole: ${e.message}`);
    const reversed = Ptce.NetworkBuilder.new(load());
    reversed.set_period(Ptce.Date.new_from_iso8601('2018-05-02'), Ptce.Date.new_from_iso8601('2018-05-01'));
    assertThrows(() => reversed.build(), Ptce.Error, Ptce.Error.INVALID_DATE, 'reversed period');
    const empty = Ptce.NetworkBuilder.new(load());
    empty.set_period(Ptce.Date.new_from_iso8601('2018'), null);
    assertThrows(() => empty.build(), Ptce.Error, Ptce.Error.INVALID_DATE, 'period without an end');
    assertThrows(() => new Ptce.NetworkBuilder().build(), Ptce.Error, Ptce.Error.NOT_FOUND, 'no dataset');
});

test('construction from GJS', () => {
    const network = new Ptce.Network();
    assertEqual([network.get_n_nodes(), network.get_n_edges()], [0, 0], 'an empty network');
    assertEqual(network.compute_betweenness(true, true).length, 0, 'no betweenness');
    assert(network.to_dot().includes('graph ptce {'), 'an empty DOT graph');
    for (const pspec of GObject.Object.list_properties.call(Ptce.NetworkBuilder)) {
        if (!(pspec.flags & GObject.ParamFlags.WRITABLE))
            continue;
        const props = {};
        props[pspec.name] = pspec.get_default_value();
        const builder = new Ptce.NetworkBuilder(props);
        assert(builder !== null, `NetworkBuilder with ${pspec.name} alone`);
    }
});

run();

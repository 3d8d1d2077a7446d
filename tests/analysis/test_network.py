# test_network.py: every metric of PtceNetwork against NetworkX, on the
# fictional sample and on seeded random datasets of a few hundred actors
# (weighted and not, isolated actors, several components), to 1e-9.
# SPDX-License-Identifier: LGPL-2.1-or-later
import datetime
import math
import os
import random
import statistics

import gi
import pytest

gi.require_version('Ptce', '1.0')
from gi.repository import Ptce  # noqa: E402

import networkx as nx  # noqa: E402
from networkx.algorithms import bipartite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, '..', 'data', 'analysis', 'network-sample.json')
EPS = 1e-9

MODES = [Ptce.CooperationMode.MUTUALISATION, Ptce.CooperationMode.COOPERATION,
         Ptce.CooperationMode.PARTENARIAT]
KINDS = [(Ptce.ActorKind.ENTERPRISE, True), (Ptce.ActorKind.ENTERPRISE, False),
         (Ptce.ActorKind.LOCAL_AUTHORITY, False), (Ptce.ActorKind.RESEARCH_CENTRE, False),
         (Ptce.ActorKind.TRAINING_BODY, False), (Ptce.ActorKind.NATURAL_PERSON, False)]
CATEGORY = {0: 'ess-enterprise', 1: 'other-enterprise', 2: 'local-authority',
            3: 'research-training', 4: 'research-training', 5: 'other'}


def date(text):
    return Ptce.Date.new_from_iso8601(text)


def to_networkx(network):
    """The few lines of docs/network.md: a PtceNetwork as a NetworkX graph."""
    g = nx.Graph()
    for i in range(network.get_n_nodes()):
        g.add_node(network.get_node_id(i), label=network.get_node_label(i),
                   category=network.get_node_category(i).value_nick)
    ends = network.dup_edge_list()
    weights = network.dup_edge_weights()
    for e, w in enumerate(weights):
        g.add_edge(network.get_node_id(ends[2 * e]), network.get_node_id(ends[2 * e + 1]),
                   weight=w, distance=1.0 / w)
    return g


def random_dataset(seed, n_actors=300, n_coops=420, components=3, isolated=25):
    """A pole whose actors fall in @components groups (ties only inside a
    group) plus @isolated actors without ties; each cooperation ties two
    or three actors, often the same pair again (weights above 1), with a
    random mode and random dates between 2010 and 2024."""
    rng = random.Random(seed)
    ds = Ptce.Dataset.new()
    pole = Ptce.Pole.new('p', 'Random pole')
    actors = []
    kinds = {}
    for i in range(n_actors):
        a = Ptce.Actor.new('a%03d' % i, 'Actor %d' % i)
        k = rng.randrange(len(KINDS))
        kind, ess = KINDS[k]
        a.set_kind(kind)
        if kind == Ptce.ActorKind.ENTERPRISE:
            a.set_ess_basis(Ptce.EssBasis.BY_STATUS if ess else Ptce.EssBasis.NOT_ESS)
            if ess:
                a.set_ess_family(Ptce.EssFamily.ASSOCIATION)
        kinds[a.get_id()] = CATEGORY[k]
        ds.add_actor(a)
        actors.append(a)
        roles = Ptce.MembershipRole.ANIMATOR if i == 0 else Ptce.MembershipRole.MEMBER
        pole.add_membership(Ptce.Membership.new(a, roles))
    linked = n_actors - isolated
    groups = [list(range(g, linked, components)) for g in range(components)]
    coops = []
    pairs = []
    for c in range(n_coops):
        group = groups[rng.randrange(components)]
        if pairs and rng.random() < 0.25:
            members = list(rng.choice(pairs))
        else:
            members = rng.sample(group, 3 if rng.random() < 0.2 else 2)
            pairs.append(members[:2])
        coop = Ptce.Cooperation.new('c%04d' % c, rng.choice(MODES))
        y0 = rng.randrange(2010, 2024)
        start = datetime.date(y0, rng.randrange(1, 13), 1)
        coop.set_start(Ptce.Date.new(start.year, start.month, start.day))
        end = None
        if rng.random() < 0.6:
            end = start + datetime.timedelta(days=rng.randrange(30, 2000))
            coop.set_end(Ptce.Date.new(end.year, end.month, end.day))
        for m in members:
            coop.add_participant(actors[m])
        pole.add_cooperation(coop)
        coops.append((coop.get_id(), coop.get_mode(), [actors[m].get_id() for m in members],
                      start, end))
    ds.add_pole(pole)
    return ds, coops, kinds


def expected_graph(coops, actor_ids, first, last):
    """The actors network over [first, last], computed here from the
    cooperations alone: pair → (count, modes, set of days)."""
    g = nx.Graph()
    g.add_nodes_from(actor_ids)
    days = {}
    for cid, mode, members, start, end in coops:
        s = max(start, first)
        e = min(end, last) if end is not None else last
        if s > e:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = sorted((members[x], members[y]))
                if g.has_edge(a, b):
                    g[a][b]['weight'] += 1
                    g[a][b]['modes'].add(mode)
                else:
                    g.add_edge(a, b, weight=1, modes={mode})
                days.setdefault((a, b), set()).update(
                    range(s.toordinal(), e.toordinal() + 1))
    for a, b in g.edges():
        g[a][b]['distance'] = 1.0 / g[a][b]['weight']
    return g, days


def build(ds, first=None, last=None, on=None, kind=Ptce.NetworkKind.ACTORS):
    b = Ptce.NetworkBuilder.new(ds)
    b.set_kind(kind)
    if on is not None:
        b.set_date(date(on))
    else:
        b.set_period(date(first), date(last))
    return b.build()


def assert_close(ours, theirs):
    assert set(ours) == set(theirs)
    for key in theirs:
        assert abs(ours[key] - theirs[key]) <= EPS, (key, ours[key], theirs[key])


def by_id(network, values):
    return {network.get_node_id(i): v for i, v in enumerate(values)}


def compare_structure(network, g):
    assert network.get_n_nodes() == g.number_of_nodes()
    assert network.get_n_edges() == g.number_of_edges()
    ours = to_networkx(network)
    assert set(ours.nodes()) == set(g.nodes())
    assert {frozenset(e) for e in ours.edges()} == {frozenset(e) for e in g.edges()}
    for a, b in g.edges():
        assert ours[a][b]['weight'] == g[a][b]['weight']


def compare_metrics(network, g):
    n = network.get_n_nodes()
    assert abs(network.get_density() - nx.density(g)) <= EPS
    assert_close(by_id(network, [network.get_degree(i) for i in range(n)]), dict(g.degree()))
    assert_close(by_id(network, [network.get_weighted_degree(i) for i in range(n)]),
                 dict(g.degree(weight='weight')))
    # components: same number and the same partition
    assert network.get_n_components() == nx.number_connected_components(g)
    parts = {}
    for i in range(n):
        parts.setdefault(network.get_node_component(i), set()).add(network.get_node_id(i))
    assert {frozenset(p) for p in parts.values()} == \
        {frozenset(c) for c in nx.connected_components(g)}
    assert network.get_largest_component_size() == \
        max((len(c) for c in nx.connected_components(g)), default=0)
    # betweenness: normalised or not, weighted (distance 1/w) or not
    for normalized in (True, False):
        for weighted in (False, True):
            ours = by_id(network, network.compute_betweenness(normalized, weighted))
            theirs = nx.betweenness_centrality(g, normalized=normalized,
                                               weight='distance' if weighted else None)
            assert_close(ours, theirs)
    # closeness (Wasserman–Faust), unweighted and weighted
    assert_close(by_id(network, network.compute_closeness(False)), nx.closeness_centrality(g))
    assert_close(by_id(network, network.compute_closeness(True)),
                 nx.closeness_centrality(g, distance='distance'))
    # clustering, local and average
    assert_close(by_id(network, network.compute_clustering()), nx.clustering(g))
    if n > 0:
        assert abs(network.get_average_clustering() - nx.average_clustering(g)) <= EPS


@pytest.mark.parametrize('seed', [1, 2, 3])
def test_random_against_networkx(seed):
    ds, coops, kinds = random_dataset(seed)
    first, last = datetime.date(2014, 1, 1), datetime.date(2019, 12, 31)
    network = build(ds, '2014-01-01', '2019-12-31')
    g, days = expected_graph(coops, sorted(kinds), first, last)
    assert nx.number_connected_components(g) >= 4   # 3 groups and isolated actors
    assert any(d['weight'] > 1 for _, _, d in g.edges(data=True))
    compare_structure(network, g)
    compare_metrics(network, g)

    # ties by mode
    for mode in MODES:
        expected = sum(1 for _, _, d in g.edges(data=True) if mode in d['modes'])
        assert network.count_ties_by_mode(mode) == expected

    # categories: ties between, E-I index
    cat = kinds
    for x in set(cat.values()):
        for y in set(cat.values()):
            expected = sum(1 for a, b in g.edges() if {cat[a], cat[b]} == {x, y})
            assert network.count_ties_between(
                getattr(Ptce.NetworkCategory, x.upper().replace('-', '_')),
                getattr(Ptce.NetworkCategory, y.upper().replace('-', '_'))) == expected
    external = sum(1 for a, b in g.edges() if cat[a] != cat[b])
    internal = g.number_of_edges() - external
    assert abs(network.get_ei_index() - (external - internal) / (external + internal)) <= EPS

    # the animator (a000)
    animator_ties = sum(1 for a, b in g.edges() if 'a000' in (a, b))
    assert abs(network.get_animator_share() - animator_ties / g.number_of_edges()) <= EPS

    # continuity
    w0, w1 = first.toordinal(), last.toordinal()
    new = sum(1 for d in days.values() if min(d) > w0)
    ended = sum(1 for d in days.values() if max(d) < w1)
    lasting = sum(1 for d in days.values() if w0 in d and w1 in d)
    assert network.count_new_ties() == new
    assert network.count_ended_ties() == ended
    assert network.count_lasting_ties() == lasting
    assert network.get_median_tie_duration() == statistics.median(len(d) for d in days.values())

    # weighted by shared months
    b = Ptce.NetworkBuilder.new(ds)
    b.set_period(date('2014-01-01'), date('2019-12-31'))
    b.set_weight(Ptce.NetworkWeight.MONTHS)
    months = b.build()
    for e in range(months.get_n_edges()):
        a = months.get_node_id(months.get_edge_source(e))
        c = months.get_node_id(months.get_edge_target(e))
        key = tuple(sorted((a, c)))
        expected = {(datetime.date.fromordinal(d).year, datetime.date.fromordinal(d).month)
                    for d in days[key]}
        assert months.get_edge_weight(e) == len(expected)
        assert months.get_edge_months(e) == len(expected)
    gm = nx.Graph()
    gm.add_nodes_from(kinds)
    for a, c in g.edges():
        w = months.get_edge_weight(next(e for e in range(months.get_n_edges())
                                        if {months.get_node_id(months.get_edge_source(e)),
                                            months.get_node_id(months.get_edge_target(e))}
                                        == {a, c}))
        gm.add_edge(a, c, weight=w, distance=1.0 / w)
    compare_metrics(months, gm)


def test_random_on_a_date():
    ds, coops, kinds = random_dataset(7, n_actors=200, n_coops=300)
    day = datetime.date(2017, 3, 15)
    network = build(ds, on='2017-03-15')
    g, _ = expected_graph(coops, sorted(kinds), day, day)
    compare_structure(network, g)
    compare_metrics(network, g)


def test_bipartite_against_networkx():
    ds, coops, kinds = random_dataset(11, n_actors=150, n_coops=200)
    network = build(ds, '2012-01-01', '2022-12-31', kind=Ptce.NetworkKind.BIPARTITE)
    first, last = datetime.date(2012, 1, 1), datetime.date(2022, 12, 31)
    g = nx.Graph()
    g.add_nodes_from(kinds, bipartite=0)
    coop_nodes = []
    for cid, mode, members, start, end in coops:
        if start > last or (end is not None and end < first):
            continue
        coop_nodes.append('p#' + cid)
        g.add_node('p#' + cid, bipartite=1)
        for m in members:
            g.add_edge(m, 'p#' + cid, weight=1, distance=1.0)
    compare_structure(network, g)
    assert abs(network.get_density() - bipartite.density(g, coop_nodes)) <= EPS
    # every generic metric but the density
    n = network.get_n_nodes()
    assert network.get_n_components() == nx.number_connected_components(g)
    for normalized in (True, False):
        assert_close(by_id(network, network.compute_betweenness(normalized, False)),
                     nx.betweenness_centrality(g, normalized=normalized))
    assert_close(by_id(network, network.compute_closeness(False)), nx.closeness_centrality(g))
    assert_close(by_id(network, [network.get_degree(i) for i in range(n)]), dict(g.degree()))
    assert network.get_average_clustering() == 0


def test_sample_against_networkx():
    ds = Ptce.JsonReader.new().load_file(SAMPLE)
    for on in ('2016-01-01', '2017-06-01', '2019-06-01', '2021-01-01'):
        network = build(ds, on=on)
        compare_metrics(network, to_networkx(network))
    network = build(ds, '2015-01-01', '2022-12-31')
    compare_metrics(network, to_networkx(network))
    poles = build(ds, '2015-01-01', '2022-12-31', kind=Ptce.NetworkKind.POLES)
    compare_metrics(poles, to_networkx(poles))


def test_sampled_betweenness():
    """The estimate from k sources against the exact value (within the
    documented bound) and against NetworkX's k= estimate (statistically:
    both unbiased, with errors of the same size)."""
    ds, coops, kinds = random_dataset(5, n_actors=300, n_coops=500, components=2, isolated=10)
    network = build(ds, '2010-01-01', '2024-12-31')
    g = to_networkx(network)
    n = network.get_n_nodes()
    exact = by_id(network, network.compute_betweenness(True, False))
    k = 60
    runs = 20
    bound = network.get_betweenness_error_bound(k, 1 - 0.001 / n)
    assert 0 < bound < 1
    ours_err, theirs_err = [], []
    ours_mean = {v: 0.0 for v in exact}
    theirs_mean = {v: 0.0 for v in exact}
    for seed in range(runs):
        ours = by_id(network, network.compute_betweenness_sampled(True, False, k, seed))
        theirs = nx.betweenness_centrality(g, k=k, normalized=True, seed=seed)
        # within the documented bound, for every node
        assert max(abs(ours[v] - exact[v]) for v in exact) <= bound
        ours_err.append(math.sqrt(sum((ours[v] - exact[v]) ** 2 for v in exact) / n))
        theirs_err.append(math.sqrt(sum((theirs[v] - exact[v]) ** 2 for v in exact) / n))
        for v in exact:
            ours_mean[v] += ours[v] / runs
            theirs_mean[v] += theirs[v] / runs
    # the same error, within a factor of 1.5, as NetworkX's estimate
    ratio = statistics.mean(ours_err) / statistics.mean(theirs_err)
    assert 1 / 1.5 < ratio < 1.5, ratio
    # unbiased: the mean of 20 runs is closer to the exact value than one run
    mean_err = math.sqrt(sum((ours_mean[v] - exact[v]) ** 2 for v in exact) / n)
    assert mean_err < statistics.mean(ours_err) / 2
    nx_mean_err = math.sqrt(sum((theirs_mean[v] - exact[v]) ** 2 for v in exact) / n)
    assert mean_err < 2 * nx_mean_err
    # the same seed gives the same estimate; all sources give the exact value
    assert network.compute_betweenness_sampled(True, False, k, 3) == \
        network.compute_betweenness_sampled(True, False, k, 3)
    assert_close(by_id(network, network.compute_betweenness_sampled(True, False, n, 1)), exact)
    assert network.get_betweenness_error_bound(n, 0.95) == 0


def test_node_data_reaches_python():
    ds = Ptce.JsonReader.new().load_file(SAMPLE)
    network = build(ds, on='2017-06-01')
    i = network.lookup_node('scop-batir')
    assert i >= 0
    assert network.get_node_label(i) == 'SCOP Bâtir'
    assert network.get_node_type(i) == Ptce.NetworkNodeType.ACTOR
    assert network.get_node_category(i) == Ptce.NetworkCategory.ESS_ENTERPRISE
    assert network.get_node_category_derivation(i) == Ptce.Derivation.INFERRED
    assert network.get_node_ess_family(i) == Ptce.EssFamily.COOPERATIVE
    assert network.get_node_legal_category(i) == '5458'
    assert network.get_node_commune(i) == '63113'
    assert network.dup_node_start(i).to_iso8601() == '2017-06-01'
    assert network.lookup_node('nobody') == -1
    assert network.get_start().to_iso8601() == '2017-06-01'


def test_errors():
    ds = Ptce.JsonReader.new().load_file(SAMPLE)
    b = Ptce.NetworkBuilder.new(ds)
    b.add_pole('nowhere')
    with pytest.raises(gi.repository.GLib.Error) as err:
        b.build()
    assert 'nowhere' in err.value.message
    b = Ptce.NetworkBuilder.new(ds)
    b.set_period(date('2020'), date('2019'))
    with pytest.raises(gi.repository.GLib.Error) as err:
        b.build()
    assert 'reversed' in err.value.message
    b.set_period(None, date('2019'))
    with pytest.raises(gi.repository.GLib.Error) as err:
        b.build()
    assert 'empty' in err.value.message


def test_construction_safety():
    network = Ptce.Network()
    assert network.get_n_nodes() == 0
    assert network.compute_betweenness(True, True) == []
    builder = Ptce.NetworkBuilder()
    with pytest.raises(gi.repository.GLib.Error):
        builder.build()
    for prop, value in (('dataset', None), ('kind', Ptce.NetworkKind.POLES),
                        ('weight', Ptce.NetworkWeight.MONTHS), ('members-only', True)):
        b = Ptce.NetworkBuilder(**{prop.replace('-', '_'): value})
        assert b.get_property(prop) == value

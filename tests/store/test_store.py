# test_store.py: PtceStore from Python, through the uninstalled typelib.
# SPDX-License-Identifier: LGPL-2.1-or-later
import hashlib
import os

import gi
import pytest

gi.require_version('Ptce', '1.0')
from gi.repository import Gio, GLib, Ptce  # noqa: E402

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data', 'samples')


def day(text):
    return Ptce.Date.new_from_iso8601(text)


def canonical(dataset):
    return Ptce.JsonWriter.new().save_bytes(dataset).get_data()


@pytest.fixture
def store(tmp_path):
    s = Ptce.Store.open(str(tmp_path / 'obs.ptcestore'), Ptce.StoreOpenFlags.CREATE)
    yield s
    s.close()


def test_round_trip_every_sample(tmp_path):
    for name in sorted(os.listdir(SAMPLES)):
        path = os.path.join(SAMPLES, name)
        s = Ptce.Store.open(str(tmp_path / (name + '.ptcestore')), Ptce.StoreOpenFlags.CREATE)
        sub = s.import_file(path, 'the pole', 'observatory', day('2024-05-02'))
        data = open(path, 'rb').read()
        assert sub.props.sha256 == hashlib.sha256(data).hexdigest()
        assert sub.props.received.to_iso8601() == '2024-05-02'
        assert s.dup_submission_bytes(sub.props.id).get_data() == data
        original = Ptce.JsonReader.new().load_file(path)
        assert canonical(s.load_dataset(None, None)) == canonical(original)
        assert s.check()


def test_as_known_and_history(store):
    reader = Ptce.JsonReader.new()
    damier = reader.load_file(os.path.join(SAMPLES, 'le-damier.json'))
    first = store.import_dataset(damier, 'CRESS', 'Anne', day('2021-03'))
    pole = damier.lookup_pole('le-damier')
    pole.set_name('Le Damier (new name)')
    second = store.import_dataset(damier, 'the pole', 'Bob', day('2023-03'))
    assert not second.props.existed and second.props.id != first.props.id
    again = store.import_dataset(damier, 'x', 'y', None)
    assert again.props.existed and again.props.id == second.props.id

    old = store.load_pole('le-damier', None, day('2022'))
    assert old.lookup_pole('le-damier').get_name() == 'Le Damier'
    new = store.load_pole('le-damier', None, None)
    assert new.lookup_pole('le-damier').get_name() == 'Le Damier (new name)'
    # from whom each of them is known
    known_then = store.lookup_pole_version('le-damier', day('2022'))
    assert (known_then.props.id, known_then.props.source, known_then.props.submitter) == (first.props.id, 'CRESS', 'Anne')
    known_now = store.lookup_pole_version('le-damier', None)
    assert (known_now.props.id, known_now.props.received.to_iso8601()) == (second.props.id, '2023-03')
    with pytest.raises(GLib.Error) as caught:
        store.lookup_pole_version('le-damier', day('2020'))
    assert caught.value.matches(Ptce.store_error_quark(), Ptce.StoreError.NOT_FOUND)

    versions = store.list_pole_versions('le-damier')
    assert [v.props.id for v in versions] == [first.props.id, second.props.id]
    changes = list(store.diff_pole('le-damier', first.props.id, second.props.id))
    assert [(c.props.kind, c.props.subject) for c in changes] == [(Ptce.StoreChangeKind.FIELD, 'name')]

    assert store.find_poles(Ptce.StorePoleField.DEPARTEMENT, '63', None) == ['le-damier']
    assert store.list_poles_of_actor('association-le-damier', None) == ['le-damier']
    assert len(store.list_submissions()) == 2


def test_errors(tmp_path):
    bad = tmp_path / 'not-a-store'
    bad.write_text('hello, I am text and not a database at all' * 100)
    with pytest.raises(GLib.Error) as e:
        Ptce.Store.open(str(bad), Ptce.StoreOpenFlags.NONE)
    assert e.value.matches(Ptce.store_error_quark(), Ptce.StoreError.NOT_A_STORE)
    with pytest.raises(GLib.Error) as e:
        Ptce.Store.open(str(tmp_path / 'missing'), Ptce.StoreOpenFlags.NONE)
    assert e.value.matches(Ptce.store_error_quark(), Ptce.StoreError.NOT_FOUND)


def test_construction_safety():
    s = Ptce.Store()
    assert s.props.path is None and s.props.read_only is False
    with pytest.raises(GLib.Error) as e:
        s.list_submissions()
    assert e.value.matches(Ptce.store_error_quark(), Ptce.StoreError.NOT_OPEN)
    sub = Ptce.Submission()
    assert sub.props.id == 0 and sub.props.sha256 is None and sub.props.received is None
    change = Ptce.StoreChange()
    assert change.props.kind == Ptce.StoreChangeKind.FIELD and change.props.before is None
    match = Ptce.ActorMatch()
    assert match.props.id == 0 and match.props.actor is None and match.props.undone is False
    assert match.props.basis == Ptce.StoreMatchBasis.SIRET
    d = Ptce.StoreDisagreement()
    assert d.props.kind == Ptce.StoreDisagreementKind.IDENTIFIER and d.props.other_value is None


def actors_file(tmp_path, name, actors):
    path = tmp_path / name
    path.write_text('{"format": "ptce/1", "actors": [%s]}' % ', '.join(
        '{"id": "%s", "name": "%s", "kind": "enterprise"%s}' % (i, i, extra) for i, extra in actors))
    return str(path)


def test_matches_undo_and_disagreements(store, tmp_path):
    a = store.import_file(actors_file(tmp_path, 'a.json', [('anim', ', "siren": "552100554"'),
                                                          ('x', ', "rna": "W632001234"')]),
                          'the pole', None, day('2021'))
    b = store.import_file(actors_file(tmp_path, 'b.json', [('c1', ', "siren": "552100554"'),
                                                          ('x', ', "rna": "W632009999"')]),
                          'CRESS', None, day('2022'))
    matches = list(store.list_actor_matches(None))
    assert [(m.props.actor, m.props.other_actor, m.props.basis, m.props.value, m.props.submission)
            for m in matches] == [('anim', 'c1', Ptce.StoreMatchBasis.SIREN, '552100554', b.props.id)]
    assert store.list_same_actors('c1') == ['anim', 'c1']
    assert store.undo_actor_match(matches[0].props.id)
    assert store.list_same_actors('c1') == ['c1']
    assert store.list_actor_matches('anim')[0].props.undone
    d = list(store.list_disagreements(None))
    assert [(x.props.kind, x.props.subject, x.props.field, x.props.value, x.props.other_value,
             x.props.submission, x.props.other_submission) for x in d] == [
        (Ptce.StoreDisagreementKind.IDENTIFIER, 'x', 'rna', 'W632001234', 'W632009999',
         a.props.id, b.props.id)]
    assert len(store.list_disagreements(day('2021-06'))) == 0
    with pytest.raises(GLib.Error) as e:
        store.undo_actor_match(42)
    assert e.value.matches(Ptce.store_error_quark(), Ptce.StoreError.NOT_FOUND)


def test_local_ids_are_local_to_their_pole(store):
    # Two poles' own files both use "a1", for two different organisations:
    # two actors. The same SIRET under "a2" and "b7": matched.
    here = os.path.dirname(os.path.abspath(__file__))
    store.import_file(os.path.join(here, 'data', 'pole-a.json'), 'the pole', None, day('2023-03-10'))
    store.import_file(os.path.join(here, 'data', 'pole-b.json'), 'the pole', None, day('2023-04-02'))
    dataset = store.load_dataset(None, None)
    assert dataset.lookup_actor('a1').props.name == 'Association des jardins partagés'
    assert dataset.lookup_actor('pole-b/a1').props.name == 'Communauté de communes du Port'
    assert store.load_pole('pole-b', None, None).lookup_actor('a1').props.name == \
        'Communauté de communes du Port'
    assert store.list_poles_of_actor('pole-b/a1', None) == ['pole-b']
    matches = store.list_actor_matches(None)
    assert matches.get_n_items() == 1
    m = matches.get_item(0)
    assert (m.props.actor, m.props.other_actor) == ('a2', 'b7')
    assert m.props.basis == Ptce.StoreMatchBasis.SIRET


def test_async_calls_on_a_main_loop(store):
    # Each call runs in a thread; its callback comes back on this thread's
    # main loop, where the finish gives the result or raises the error.
    loop = GLib.MainLoop()
    results = {}

    def done(name, finish):
        def callback(source, result):
            try:
                results[name] = finish(result)
            except GLib.Error as e:
                results[name] = e
            if len(results) == expected:
                loop.quit()
        return callback

    expected = 1
    store.import_file_async(os.path.join(SAMPLES, 'le-damier.json'), 'CRESS', 'Anne', day('2023-03'),
                            None, done('import', store.import_file_finish))
    loop.run()
    assert results['import'].props.source == 'CRESS' and results['import'].props.n_poles == 1

    results.clear()
    expected = 3
    store.load_dataset_async(None, None, None, done('dataset', store.load_dataset_finish))
    store.load_pole_async('le-damier', None, None, None, done('pole', store.load_pole_finish))
    store.load_pole_async('nope', None, None, None, done('nope', store.load_pole_finish))
    loop.run()
    assert canonical(results['dataset']) == canonical(store.load_dataset(None, None))
    assert results['pole'].lookup_pole('le-damier') is not None
    assert results['nope'].matches(Ptce.store_error_quark(), Ptce.StoreError.NOT_FOUND)

    results.clear()
    expected = 2
    store.list_disagreements_async(None, None, done('disagreements', store.list_disagreements_finish))
    store.check_async(None, done('check', store.check_finish))
    loop.run()
    assert len(results['disagreements']) == 0 and results['check'] is True

    cancellable = Gio.Cancellable()
    cancellable.cancel()
    results.clear()
    expected = 1
    store.import_file_async(os.path.join(SAMPLES, 'le-phares.json'), None, None, None,
                            cancellable, done('cancelled', store.import_file_finish))
    loop.run()
    assert results['cancelled'].matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)
    assert len(store.list_submissions()) == 1

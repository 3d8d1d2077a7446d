# test_idioms.py: the answers Python programs expect (issue 8): enum and
# flags words, dates compared and converted, file names in load errors, a
# reversed membership reported by the checker in English and in French.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import datetime
import os
import subprocess
import sys

import gi

gi.require_version('Ptce', '1.0')
from gi.repository import GLib, GObject, Ptce  # noqa: E402

import pytest  # noqa: E402


def every_enum_and_flags_type():
    return [getattr(Ptce, name) for name in dir(Ptce)
            if isinstance(getattr(Ptce, name), type) and
            issubclass(getattr(Ptce, name), (GObject.GEnum, GObject.GFlags))]


def test_enum_words_round_trip():
    types = every_enum_and_flags_type()
    assert Ptce.CooperationMode in types and Ptce.MembershipRole in types
    for t in types:
        gtype = t.__gtype__
        if issubclass(t, GObject.GFlags):
            for bit in t.__flags_values__:
                words = Ptce.flags_to_strv(gtype, bit)
                ok, back = Ptce.flags_from_strv(gtype, words)
                assert ok and back == bit, (t, bit, words)
        else:
            for value in t.__enum_values__:
                word = Ptce.enum_to_string(gtype, value)
                assert word, (t, value)
                ok, back = Ptce.enum_from_string(gtype, word)
                assert ok and back == value


def test_enum_words_are_the_format_words():
    assert Ptce.enum_to_string(Ptce.CooperationMode.__gtype__,
                               Ptce.CooperationMode.MUTUALISATION) == 'mutualisation'
    roles = Ptce.MembershipRole.FOUNDING_MEMBER | Ptce.MembershipRole.TENANT
    assert Ptce.flags_to_strv(Ptce.MembershipRole.__gtype__, roles) == ['founding-member', 'tenant']
    # no flag is no word (Python's value_nicks would say 'none')
    assert Ptce.flags_to_strv(Ptce.MembershipRole.__gtype__, 0) == []
    assert Ptce.flags_from_strv(Ptce.MembershipRole.__gtype__, []) == (True, 0)
    with pytest.raises(GLib.Error) as error:
        Ptce.enum_from_string(Ptce.CooperationMode.__gtype__, 'coopération')
    assert error.value.matches(Ptce.error_quark(), Ptce.Error.INVALID_FORMAT)
    assert '“mutualisation”' in error.value.message
    with pytest.raises(GLib.Error):
        Ptce.flags_from_strv(Ptce.MembershipRole.__gtype__, ['member', 'none'])


def test_dates_compare_and_print():
    a, b = Ptce.Date.new(2014, 0, 0), Ptce.Date.new_from_iso8601('2014-12')
    assert a.compare(b) < 0 and not a.equal(b) and a < b
    assert b.equal(Ptce.Date.new(2014, 12, 0)) and b == Ptce.Date.new(2014, 12, 0)
    assert str(b) == b.to_iso8601() == '2014-12'


def test_dates_convert():
    day = datetime.date(2014, 12, 1)
    d = Ptce.Date.new(day.year, day.month, day.day)
    assert datetime.date.fromordinal(d.get_first_julian()) == day
    month = Ptce.Date.new(2014, 12, 0)
    assert datetime.date.fromordinal(month.get_last_julian()) == datetime.date(2014, 12, 31)
    g = GLib.Date.new_julian(d.get_first_julian())
    assert (g.get_year(), int(g.get_month()), g.get_day()) == (2014, 12, 1)
    assert Ptce.Date.new_from_julian(g.get_julian()) == d


@pytest.mark.parametrize('text,after', [
    # json-glib's own form for a place in the text: FILE:LINE:COLUMN: message
    ('{"format": "ptce/1",\n "actors": [ {"id": } ]}', ':2:21: expected a value, found “}”'),
    ('{"format": "ptce/1", "actors": [ {"id": "", "name": "x"} ]}', ': $.actors[0].id: '),
])
def test_load_file_names_the_file_first(tmp_path, text, after):
    path = tmp_path / 'pole.json'
    path.write_text(text)
    with pytest.raises(GLib.Error) as error:
        Ptce.JsonReader.new().load_file(str(path))
    assert error.value.message.startswith(f'{path}{after}'), error.value.message
    # bytes from memory have no file name: the place alone
    with pytest.raises(GLib.Error) as error:
        Ptce.JsonReader.new().load_bytes(GLib.Bytes.new(text.encode()))
    assert not error.value.message.startswith(str(path)), error.value.message


# A membership that ends before it starts, built through the API (the reader
# refuses one): the checker says so instead of dropping the member silently.
REVERSED = '''
import gi, locale, sys
locale.setlocale(locale.LC_ALL, '')
gi.require_version('Ptce', '1.0')
from gi.repository import Ptce
D = Ptce.Date.new_from_iso8601
ds = Ptce.Dataset()
pole = Ptce.Pole.new('pole', 'Pole')
for n in ('a', 'b', 'c'):
    actor = Ptce.Actor.new(n, n.upper())
    ds.add_actor(actor)
    m = Ptce.Membership.new(actor, Ptce.MembershipRole.MEMBER)
    m.set_start(D('2015-03'))
    if n == 'b':
        m.set_end(D('2014'))
    pole.add_membership(m)
ds.add_pole(pole)
diagnosis = Ptce.Checker.new().check(ds, pole, D('2016-01-01'))
findings = diagnosis.get_findings()
found = [findings.get_item(i) for i in range(findings.get_n_items())]
v0 = [f for f in found if f.get_rule_id() == 'V0'
      and f.get_status() == Ptce.FindingStatus.UNDETERMINED]
assert len(v0) == 1, len(v0)
f = v0[0]
objects = f.get_objects()
assert objects.get_n_items() == 1
assert objects.get_item(0).get_actor().get_id() == 'b'
assert f.get_level() == Ptce.FindingLevel.EVIDENCE
assert not f.get_has_measure()
print(f.get_message())
print(f.get_remedy())
'''


def run_reversed(language):
    env = dict(os.environ, LANGUAGE=language, LC_ALL='C.UTF-8')
    result = subprocess.run([sys.executable, '-c', REVERSED], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_reversed_membership_is_reported():
    message, remedy = run_reversed('en')
    assert message.startswith('1 membership ends before it starts (B from 2015-03 to 2014)')
    assert 'who the members are cannot be told' in message
    assert remedy == ('Correct the start or the end of the membership of B, '
                      'so that it does not end before it starts.')


def test_reversed_membership_is_reported_in_french():
    message, remedy = run_reversed('fr')
    assert message.startswith('1 adhésion prend fin avant d\'avoir commencé (B (début : ')
    assert 'ne peuvent pas être établis' in message
    assert remedy.startswith('Corriger le début ou la fin de l\'adhésion de B')

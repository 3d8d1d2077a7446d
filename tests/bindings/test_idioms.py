# test_idioms.py: the answers Python programs expect (issue 8): enum and
# flags words, dates compared and converted, file names in load errors.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import datetime
import os

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
    ('{"format": "ptce/1",\n "actors": [ {"id": } ]}', 'line 2, column 21: '),
    ('{"format": "ptce/1", "actors": [ {"id": "", "name": "x"} ]}', '$.actors[0].id: '),
])
def test_load_file_names_the_file_first(tmp_path, text, after):
    path = tmp_path / 'pole.json'
    path.write_text(text)
    with pytest.raises(GLib.Error) as error:
        Ptce.JsonReader.new().load_file(str(path))
    assert error.value.message.startswith(f'{path}: {after}'), error.value.message

# Ptce.py: PyGObject override for libptce
#
# One thing only: Python's operators on Ptce.Date. A boxed type compares by
# address in PyGObject, so without this `a == b` is False for two equal dates
# and `a < b` answers at random -- a silent wrong answer in a library whose
# every question is asked "as of a date". The operators call the C functions
# (ptce_date_equal, ptce_date_compare, ptce_date_hash, ptce_date_to_iso8601),
# so Python orders dates exactly as C, GJS and Vala do: by first day, the
# less precise first ("2014" < "2014-01" < "2014-01-01").
#
# Following PyGObject's override guidelines: monkey-patching only, no new
# __init__, no changed signatures; the C methods stay available as they are.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

from ..module import get_introspection_module

Ptce = get_introspection_module('Ptce')

__all__ = []


def _compare(self, other):
    if not isinstance(other, Ptce.Date):
        return NotImplemented
    return self.compare(other)


def _eq(self, other):
    if not isinstance(other, Ptce.Date):
        return NotImplemented
    return self.equal(other)


def _ne(self, other):
    if not isinstance(other, Ptce.Date):
        return NotImplemented
    return not self.equal(other)


def _ordering(test):
    def method(self, other):
        result = _compare(self, other)
        return result if result is NotImplemented else test(result)
    return method


Ptce.Date.__eq__ = _eq
Ptce.Date.__ne__ = _ne
Ptce.Date.__lt__ = _ordering(lambda c: c < 0)
Ptce.Date.__le__ = _ordering(lambda c: c <= 0)
Ptce.Date.__gt__ = _ordering(lambda c: c > 0)
Ptce.Date.__ge__ = _ordering(lambda c: c >= 0)
Ptce.Date.__hash__ = lambda self: self.hash()
Ptce.Date.__str__ = lambda self: self.to_iso8601()
Ptce.Date.__repr__ = lambda self: f"<Ptce.Date '{self.to_iso8601()}'>"

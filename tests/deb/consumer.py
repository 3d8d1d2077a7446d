#!/usr/bin/python3
# consumer.py: Debian's Python loads the installed typelib (gir1.2-ptce-1.0)
# and the installed override (Ptce.Date operators), nothing else.
# SPDX-License-Identifier: LGPL-2.1-or-later
import sys

import gi

gi.require_version('Ptce', '1.0')
from gi.repository import Ptce  # noqa: E402

assert Ptce.__file__ is not None
dataset = Ptce.JsonReader.new().load_file(sys.argv[1])
poles = dataset.get_poles()
a = Ptce.Date.new(2016, 1, 1)
b = Ptce.Date.new(2020, 6, 1)
# The operators come from the override in gi/overrides/Ptce.py.
assert a < b and not b < a, 'the Ptce override is not loaded'
print('Python: %d poles, typelib %s' % (len(poles), gi.Repository.get_default().get_typelib_path('Ptce')))
sys.exit(0 if len(poles) > 0 else 1)

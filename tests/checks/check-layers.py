#!/usr/bin/python3
# check-layers.py LIBPTCE_SRCDIR [GENERATED_HEADER…]: the layer rule of
# DESIGN.md §2, checked over the #include lines of every file under
# libptce/. Layers, bottom up:
#
#   model < reference < formats < analysis < store < report
#
# A file may include headers of its own layer and of the layers under it,
# and the shared headers at the top of libptce/ (version, i18n, util). It
# may not include a header of a layer above, nor the umbrella libptce.h
# (which includes every layer).
#
#   check-layers.py --self-test   builds a tree that breaks the rule and
#                                 checks that it is caught.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptcetest import Failure, main  # noqa: E402

LAYERS = ['model', 'reference', 'formats', 'analysis', 'store', 'report']
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*[<"]([^>"]+)[>"]', re.M)
UMBRELLA = 'libptce.h'


def layer_of(path, root):
    rel = os.path.relpath(path, root).split(os.sep)
    return rel[0] if len(rel) > 1 else None


def violations(root):
    """Returns a list of 'file:line: message' for root (a libptce/ dir)."""
    headers = {}           # basename -> layer (None: shared, top level)
    sources = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            if name.endswith('.h'):
                headers[name] = layer_of(path, root)
            if name.endswith(('.c', '.h')):
                sources.append(path)

    found = []
    for path in sorted(sources):
        layer = layer_of(path, root)
        if layer is None:
            continue                     # the top level may see everything
        if layer not in LAYERS:
            found.append('%s: folder "%s" is no layer of DESIGN.md §2 (%s)'
                         % (os.path.relpath(path, root), layer, ', '.join(LAYERS)))
            continue
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        for m in INCLUDE.finditer(text):
            target = os.path.basename(m.group(1))
            lineno = text.count('\n', 0, m.start()) + 1
            where = '%s:%d' % (os.path.relpath(path, root), lineno)
            if target == UMBRELLA:
                found.append('%s: includes the umbrella <libptce/libptce.h>, '
                             'which includes every layer' % where)
                continue
            target_layer = headers.get(target)
            if target_layer is None or target_layer not in LAYERS:
                continue                 # system, shared or generated header
            if LAYERS.index(target_layer) > LAYERS.index(layer):
                found.append('%s: %s (%s) includes %s from %s, a layer above it'
                             % (where, os.path.basename(path), layer, target, target_layer))
    return found


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        for layer in LAYERS:
            os.makedirs(os.path.join(tmp, layer))

        def write(rel, text):
            with open(os.path.join(tmp, rel), 'w') as f:
                f.write(text)
        write('ptce-version.h', '')
        write('model/ptce-pole.h', '#include "ptce-version.h"\n')
        write('analysis/ptce-checker.h', '#include "ptce-pole.h"\n')
        write('formats/ptce-json.h', '#include <libptce/ptce-pole.h>\n')
        if violations(tmp):
            raise Failure('self-test: a tree that keeps the rule was refused:\n'
                          + '\n'.join(violations(tmp)))
        write('model/ptce-pole.c', '#include "ptce-pole.h"\n\n#include "ptce-checker.h"\n')
        write('reference/ptce-geo.c', '#  include <libptce/ptce-json.h>\n')
        write('formats/ptce-csv.c', '#include "libptce.h"\n')
        found = violations(tmp)
        expect = ['model/ptce-pole.c:3', 'reference/ptce-geo.c:1', 'formats/ptce-csv.c:1']
        missed = [e for e in expect if not any(v.startswith(e + ':') for v in found)]
        if missed or len(found) != len(expect):
            raise Failure('self-test: expected violations at %s, got:\n%s'
                          % (', '.join(expect), '\n'.join(found)))


def check_tree():
    found = violations(sys.argv[1])
    if found:
        raise Failure('\n'.join(found))


if sys.argv[1:] == ['--self-test']:
    main([('the layer check catches includes from a layer above', self_test)])
else:
    main([('no file includes a header from a layer above its own', check_tree)])

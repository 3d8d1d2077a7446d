#!/usr/bin/python3
# check-docs.py BUILDDIR MODULE MAIN_XML: runs gtkdoc-check on the gtk-doc
# output in BUILDDIR and, when it fails, prints what is undocumented,
# undeclared or unused, so the test log says what to fix.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import subprocess
import sys

builddir, module, main_xml = sys.argv[1:4]
check = os.environ.get('GTKDOC_CHECK', 'gtkdoc-check')

env = dict(os.environ, DOC_MODULE=module, DOC_MAIN_SGML_FILE=main_xml,
           BUILDDIR=builddir)
result = subprocess.run([check], cwd=builddir, env=env)

if result.returncode != 0:
    for suffix in ('undocumented', 'undeclared', 'unused'):
        path = os.path.join(builddir, '%s-%s.txt' % (module, suffix))
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read().strip()
        except OSError:
            continue
        if text:
            print('\n--- %s-%s.txt ---' % (module, suffix))
            print(text)
    print('\nDocument every public symbol in its .c file (a gtk-doc block with '
          'Since:), give every public header a SECTION block, and keep '
          'private functions out of /** */ blocks. gtk-doc 1.33 does not '
          'expand G_DECLARE_FINAL_TYPE: document the instance type '
          '("PtceThing:") and its PTCE_TYPE_THING macro like any symbol.',
          file=sys.stderr)
sys.exit(1 if result.returncode != 0 else 0)

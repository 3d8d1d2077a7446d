#!/usr/bin/python3
"""Print the names of the tests of a build dir that run a compiled program.

    compiled-tests.py BUILDDIR

The valgrind phase of tools/run-tests.sh runs these under memcheck: the C
and Vala test programs and examples, whose program is an ELF executable of
the build tree. Tests run by an interpreter or a tool (python3, gjs, sh,
valac…) are left out, whatever their suite: valgrind would check the
interpreter, not libptce (toolchain notes, pitfall 20). Chosen from what
each test runs, the list needs no upkeep when suites are added.
"""

import json
import os
import subprocess
import sys


def is_elf(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def main():
    builddir = os.path.realpath(sys.argv[1])
    out = subprocess.run(["meson", "introspect", "--tests", builddir],
                         capture_output=True, text=True, check=True).stdout
    names = []
    for test in json.loads(out):
        program = os.path.realpath(test["cmd"][0])
        suites = {s.split(":", 1)[-1] for s in test.get("suite", [])}
        # A program of the tree that did not build stays in the list, so
        # that its absence fails the phase instead of shrinking it.
        if program.startswith(builddir + os.sep) and (is_elf(program) or not os.path.exists(program)):
            if not {"python", "gjs"} & suites:
                names.append(test["name"])
    print(" ".join(sorted(set(names))))


if __name__ == "__main__":
    main()

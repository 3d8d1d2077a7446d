#!/usr/bin/python3
"""Write the reliability figures of a test run (docs/reliability.md).

    reliability-report.py --source SRCDIR --output FILE \\
        [--tree LABEL=BUILDDIR[:SETUP]]...

Every figure comes from the logs of the run, never from this script:

- the hostile-input corpus: the "# hostile-cases <reader> <family> <n>"
  lines that the tests of tests/reliability/ print (from the first tree
  given that has them), and the hand-written files and crash regressions
  kept under tests/data/hostile/;
- fuzzing: the "fuzz-summary ..." line of each 'fuzz-run' test
  (tests/fuzz/run-fuzzer.sh);
- crash safety: the "# crash-safety ..." lines of tests/reliability/;
- for each tree: tests run, passed and failed, from meson's
  meson-logs/testlog.json, or testlog-SETUP.json for a test setup such as
  valgrind.

Prints the report and writes it to --output. Exits 1 when a log is
missing: a report without its figures would say nothing.
"""

import argparse
import datetime
import json
import os
import re
import subprocess
import sys

OK_RESULTS = {"OK", "EXPECTEDFAIL"}
SKIP_RESULTS = {"SKIP"}


def read_testlog(path):
    tests = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                tests.append(json.loads(line))
    return tests


def suites_of(test):
    # "libptce:c+reliability / hostile-date" -> ["c", "reliability"]
    head = test["name"].split(" / ", 1)[0]
    project_suites = head.split(":", 1)[1] if ":" in head else ""
    return [s for s in project_suites.split("+") if s]


def short_name(test):
    return test["name"].split(" / ", 1)[-1]


def tally(tests):
    passed = sum(1 for t in tests if t["result"] in OK_RESULTS)
    skipped = sum(1 for t in tests if t["result"] in SKIP_RESULTS)
    failed = [t for t in tests if t["result"] not in OK_RESULTS | SKIP_RESULTS]
    return passed, skipped, failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--tree", action="append", default=[],
                        help="LABEL=BUILDDIR[:SETUP]")
    args = parser.parse_args()

    trees = []
    missing = []
    for spec in args.tree:
        label, _, rest = spec.partition("=")
        builddir, _, setup = rest.partition(":")
        name = "testlog-%s.json" % setup if setup else "testlog.json"
        path = os.path.join(builddir, "meson-logs", name)
        if not os.path.exists(path):
            missing.append("%s (%s)" % (label, path))
            continue
        trees.append((label, builddir, setup, read_testlog(path)))

    hostile = {}          # reader -> {family: n}
    crash_safety = []     # lines
    fuzz = []             # dicts
    gaps = {}             # test path -> message of a "# TODO" subtest
    for label, _, _, tests in trees:
        seen_hostile = bool(hostile)
        for t in tests:
            out = t.get("stdout") or ""
            for m in re.finditer(r"^# hostile-cases (\S+) (\S+) (\d+)$", out, re.M):
                if not seen_hostile:
                    hostile.setdefault(m.group(1), {})[m.group(2)] = int(m.group(3))
            for m in re.finditer(r"^not ok \d+ (\S+) # TODO (.*)$", out, re.M):
                gaps.setdefault(m.group(1), "%s (seen in %s)" % (m.group(2), label))
            for m in re.finditer(r"^# crash-safety (.*)$", out, re.M):
                if not crash_safety or label == trees[0][0]:
                    crash_safety.append("%s: %s" % (label, m.group(1)))
            for m in re.finditer(r"^fuzz-summary (.*)$", out, re.M):
                fields = dict(kv.split("=", 1) for kv in m.group(1).split())
                fields["result"] = t["result"]
                fuzz.append(fields)
            if "fuzz-run" in suites_of(t) and "fuzz-summary" not in out:
                fuzz.append({"name": short_name(t), "seconds": "?", "executions": "0",
                             "corpus": "?", "crashes": "?", "status": "no summary",
                             "result": t["result"]})

    hostile_root = os.path.join(args.source, "tests", "data", "hostile")
    files_by_reader = {}
    regressions = {}
    if os.path.isdir(hostile_root):
        for reader in sorted(os.listdir(hostile_root)):
            rdir = os.path.join(hostile_root, reader)
            if not os.path.isdir(rdir):
                continue
            n_files = 0
            n_reg = 0
            for dirpath, _, filenames in os.walk(rdir):
                for fn in filenames:
                    if fn.startswith("README"):
                        continue
                    if os.path.basename(dirpath) == "regressions":
                        n_reg += 1
                    elif fn != "cases.tsv":
                        n_files += 1
            files_by_reader[reader] = n_files
            regressions[reader] = n_reg

    try:
        commit = subprocess.run(["git", "-C", args.source, "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", args.source, "status", "--porcelain",
                                "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
        if dirty:
            commit += " (with uncommitted changes)"
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = []
    lines.append("# libptce reliability report")
    lines.append("")
    lines.append("Generated by tools/reliability-report.py on %s, commit %s." % (now, commit))
    lines.append("")

    lines.append("## Hostile-input corpus")
    lines.append("")
    if hostile:
        lines.append("| reader | cases run | by family | hand-written input files | crash regressions |")
        lines.append("| --- | ---: | --- | ---: | ---: |")
        total = 0
        for reader in sorted(set(hostile) | set(files_by_reader)):
            fams = hostile.get(reader, {})
            n = sum(fams.values())
            total += n
            by = ", ".join("%s %d" % (k, v) for k, v in sorted(fams.items())) or "—"
            lines.append("| %s | %d | %s | %d | %d |" % (reader, n, by,
                         files_by_reader.get(reader, 0), regressions.get(reader, 0)))
        lines.append("| **total** | **%d** | | %d | %d |" % (
            total, sum(files_by_reader.values()), sum(regressions.values())))
    else:
        lines.append("No hostile-case counts in the logs (tests/reliability did not run).")
    lines.append("")

    lines.append("## Fuzzing (libFuzzer, clang, ASan+UBSan)")
    lines.append("")
    if fuzz:
        lines.append("| harness | seconds | executions | exec/s | corpus | crashes | result |")
        lines.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
        total_exec = 0
        for f in sorted(fuzz, key=lambda f: f["name"]):
            ex = int(f.get("executions", "0") or 0)
            total_exec += ex
            try:
                rate = "%d" % (ex / float(f["seconds"]))
            except (ValueError, ZeroDivisionError):
                rate = "?"
            lines.append("| %s | %s | %d | %s | %s | %s | %s |" % (
                f["name"], f["seconds"], ex, rate, f["corpus"], f["crashes"], f["result"]))
        lines.append("")
        lines.append("Total: %d executions; crash regressions replayed on every tree: %d." % (
            total_exec, sum(regressions.values())))
    else:
        lines.append("No fuzz run in the logs.")
    lines.append("")

    lines.append("## Crash safety")
    lines.append("")
    if crash_safety:
        for c in crash_safety:
            lines.append("- " + c)
    else:
        lines.append("No crash-safety figures in the logs.")
    lines.append("")

    lines.append("## Known gaps (TODO subtests: they pass, and fail once fixed)")
    lines.append("")
    if gaps:
        for path, msg in sorted(gaps.items()):
            lines.append("- %s: %s" % (path, msg))
    else:
        lines.append("None.")
    lines.append("")

    lines.append("## Test trees")
    lines.append("")
    lines.append("| tree | tests | passed | skipped | failed |")
    lines.append("| --- | ---: | ---: | ---: | --- |")
    any_failed = False
    for label, builddir, setup, tests in trees:
        passed, skipped, failed = tally(tests)
        any_failed = any_failed or bool(failed)
        shown = ", ".join("%s (%s)" % (short_name(t), t["result"]) for t in failed) or "0"
        lines.append("| %s | %d | %d | %d | %s |" % (label, len(tests), passed, skipped, shown))
    for m in missing:
        lines.append("| %s | — | — | — | log missing |" % m)
    lines.append("")

    text = "\n".join(lines)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
    print(text)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

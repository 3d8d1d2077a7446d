#!/bin/sh
# bench-smoke.sh BENCH-GEN BENCH-PTCE PTCE: generates S, runs the whole
# benchmark on it once (after its warm-up) and checks that every step ran
# and that the JSON results hold each of them. No timing is asserted.
set -eu
gen=$1 bench=$2 ptce=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$gen" S -o "$dir/S.json"
# the generator is deterministic: the same size and seed, the same bytes
"$gen" S | cmp -s - "$dir/S.json" || { echo "bench-gen S is not deterministic" >&2; exit 1; }
"$bench" --runs 1 --ptce "$ptce" --json "$dir/out.json" "$dir/S.json" > "$dir/table.md"
cat "$dir/table.md"
if grep -q '| failed |' "$dir/table.md"; then
  echo "a step of the benchmark failed" >&2
  exit 1
fi
/usr/bin/python3 - "$dir/out.json" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
steps = out["files"][0]["steps"]
want = ["read", "json-glib", "python-load", "python-dump", "load", "load-json-glib",
        "save-pretty", "save-compact", "diagnosis", "indicators", "verify", "summary", "check",
        "store-import", "store-dataset", "store-pole"]
missing = [s for s in want if s not in steps or steps[s]["median_s"] <= 0]
assert not missing, f"steps without a measure: {missing}"
assert all(steps[s]["peak_rss_kb"] > 0 for s in want), "a step without its peak RSS"
no_cpu = [s for s in want if steps[s]["cpu_median_s"] <= 0 or len(steps[s]["cpu_runs_s"]) != 1]
assert not no_cpu, f"steps without their CPU time: {no_cpu}"
assert "load / Python json.load" in out["files"][0]["ratios"]
assert "store: one pole as of a date / load" in out["files"][0]["ratios"]
assert "load / Python json.load" in out["files"][0]["ratios_cpu"]
assert out["files"][0]["store_bytes"] > 0
print("bench-smoke: every step measured")
PY

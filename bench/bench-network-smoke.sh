#!/bin/sh
# bench-network-smoke.sh BENCH-GEN BENCH-NETWORK: generates a tiny dataset,
# runs bench-network on it once (after its warm-up) and checks that every
# metric was measured in both libraries. bench-network itself exits 1 when
# libptce and igraph disagree. No timing is asserted.
set -eu
gen=$1 bench=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$gen" 4:80:120 -o "$dir/tiny.json"
"$bench" --runs 1 --json "$dir/out.json" "$dir/tiny.json"
/usr/bin/python3 - "$dir/out.json" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
assert out["nodes"] > 10 and out["edges"] > 10, out
metrics = out["metrics"]
want = ["betweenness", "components", "degree", "density"]
missing = [m for m in want if m not in metrics
           or metrics[m]["libptce_median_s"] <= 0 or metrics[m]["igraph_median_s"] <= 0]
assert not missing, f"metrics without a measure: {missing}"
print("bench-network-smoke: every metric measured in both libraries")
PY

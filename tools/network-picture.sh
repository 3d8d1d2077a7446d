#!/bin/sh
# network-picture.sh [PTCE]: writes the picture of docs/network.md, the
# cooperation network of the fictional sample's pole Clairval on
# 2017-06-01 (the worked example), as docs/network-sample.dot (what
# `ptce network --format dot` writes) and docs/network-sample.svg (that DOT
# laid out by Graphviz's dot). Run it from the source tree after a change
# of the DOT export; tests/analysis/test_network_cli.py fails while the
# committed DOT differs from what ptce writes.
#   tools/network-picture.sh _build/tools/ptce
set -eu
ptce=${1:-_build/tools/ptce}
src=$(cd "$(dirname "$0")/.." && pwd)
LC_ALL=C.UTF-8 LANGUAGE= "$ptce" network "$src/tests/data/analysis/network-sample.json" \
  --pole clairval --date 2017-06-01 --format dot --output "$src/docs/network-sample.dot"
dot -Tsvg "$src/docs/network-sample.dot" -o "$src/docs/network-sample.svg"
echo "wrote docs/network-sample.dot and docs/network-sample.svg"

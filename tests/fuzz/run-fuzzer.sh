#!/bin/sh
# run-fuzzer.sh: run one libFuzzer harness for a bounded time (a meson test
# of the fuzzing tree, suite 'fuzz-run'; see docs/reliability.md).
#
#   run-fuzzer.sh NAME EXECUTABLE WORKDIR MAX_LEN DICT|- SEED_DIR…
#
# PTCE_FUZZ_SECONDS (default 45) bounds the run. The corpus grows in
# WORKDIR/corpus (kept between local runs of the same build tree); crash,
# leak, timeout and out-of-memory inputs land in WORKDIR/artifacts/. The
# test fails on any of them, prints the offending input in hex so that the
# CI log alone is enough to reproduce it, and always ends with one line
#
#   fuzz-summary name=NAME seconds=S executions=N corpus=C crashes=K status=ok|failed
#
# that tools/reliability-report.py collects.
set -u

name=$1 exe=$2 workdir=$3 max_len=$4 dict=$5
shift 5

seconds=${PTCE_FUZZ_SECONDS:-45}
corpus=$workdir/corpus
artifacts=$workdir/artifacts
log=$workdir/fuzz.log
mkdir -p "$corpus" "$artifacts"
rm -f "$artifacts"/* "$log"

seeds=
for dir in "$@"; do
  [ -d "$dir" ] && seeds="$seeds $dir"
done

dict_arg=
[ "$dict" != "-" ] && dict_arg="-dict=$dict"

# GObject leaks are invisible to LeakSanitizer without this (toolchain-notes,
# pitfall 15); UBSan does not stop by itself (pitfall 16).
export G_SLICE=always-malloc
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"

# One input may take at most 10 s (a hang is a failure); 2 GiB of RSS or a
# single allocation that large is an out-of-memory failure.
# shellcheck disable=SC2086
"$exe" \
  -max_total_time="$seconds" \
  -max_len="$max_len" \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -print_final_stats=1 \
  -artifact_prefix="$artifacts/" \
  $dict_arg \
  "$corpus" $seeds >"$log" 2>&1
status=$?

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
corpus_size=$(find "$corpus" -type f | wc -l)
crashes=$(find "$artifacts" -type f | wc -l)

# The log is long (one line per new coverage); keep its head and its end.
head -n 20 "$log"
echo "[…]"
tail -n 60 "$log"

if [ -z "$executions" ]; then
  echo "run-fuzzer: $name printed no final statistics: it did not run to its end"
  status=1
fi
if [ "$crashes" -gt 0 ]; then
  status=1
  for f in "$artifacts"/*; do
    echo "run-fuzzer: $name: $(basename "$f") ($(wc -c <"$f") bytes), hex:"
    od -An -tx1 -v "$f" | head -n 64
  done
fi

if [ "$status" -eq 0 ]; then result=ok; else result=failed; fi
echo "fuzz-summary name=$name seconds=$seconds executions=${executions:-0} corpus=$corpus_size crashes=$crashes status=$result"
exit "$status"

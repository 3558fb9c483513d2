#!/usr/bin/env bash
# Runs each libFuzzer target in BUILD_DIR/tests/fuzz for SECONDS (default 60), one after another
# and niced, starting from a copy of its corpus in tests/fuzz/corpus (new inputs stay in
# BUILD_DIR/fuzz-corpus; copy the ones worth keeping, small, into the repository corpus).
# Prints executions and time per target; a crash, leak, timeout or out-of-memory input is saved
# as BUILD_DIR/fuzz-artifacts/NAME/crash-* and the script exits 1.
# usage: tests/fuzz/run.sh BUILD_DIR [SECONDS] [TARGET...]
set -uo pipefail

build=${1:?usage: run.sh BUILD_DIR [SECONDS] [TARGET...]}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(report_parser worksheet_reader icd10_order icd10_tabular hcpcs pfs pos)
fi

status=0
printf '%-18s %10s %8s %12s  %s\n' target executions seconds exec/s result
for name in "${targets[@]}"; do
    binary="$build/tests/fuzz/fuzz_$name"
    if [ ! -x "$binary" ]; then
        echo "run.sh: $binary is missing: build the fuzz preset first (make fuzz)" >&2
        exit 2
    fi
    corpus="$build/fuzz-corpus/$name"
    artifacts="$build/fuzz-artifacts/$name"
    mkdir -p "$corpus" "$artifacts"
    log="$build/fuzz-artifacts/$name.log"
    # -rss_limit_mb: the readers are bounded; -timeout: a linear reader takes milliseconds.
    start=$(date +%s)
    nice -n 10 "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "$source_dir/tests/fuzz/corpus/$name" >"$log" 2>&1
    code=$?
    took=$(( $(date +%s) - start ))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    result=ok
    if [ $code -ne 0 ]; then
        result="FAILED (exit $code; see $log)"
        status=1
    fi
    printf '%-18s %10s %8s %12s  %s\n' "$name" "${runs:-?}" "${took:-?}" "${rate:-?}" "$result"
done
exit $status

#!/usr/bin/env bash
# Runs every CodeDesk benchmark against a build folder and prints the figures.
# usage: tests/benchmarks/run.sh [BUILD_DIR]   (default build/release; `make bench` builds it first)
set -uo pipefail
build=${1:-build/release}
here=$(cd "$(dirname "$0")" && pwd)
data=${CODEDESK_SHARED_DATA:-$here/../../../shared/data}

section() { printf '\n== %s ==\n' "$1"; }

section "start-up"
"$build/tests/benchmarks/bench_startup" "$build/codedesk" "$build/tests/benchmarks/bench_bare_window" 20

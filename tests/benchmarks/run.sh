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

section "search as you type (bundled + 10,000 imported reports, real window offscreen)"
"$build/tests/benchmarks/bench_browser" 10000

section "worksheet view (typing in a cell of a 1,000-line worksheet)"
"$build/tests/benchmarks/bench_worksheetview" 1000

section "worksheet (10,000 lines: validate, save, open, export)"
"$build/tests/benchmarks/bench_worksheet" 10000 15

section "report parser (seeds, 20,000 modifier rows, catalog load and search)"
"$build/tests/benchmarks/bench_parser" 21

section "pathological code-set inputs (generated: notes, attributes, PFS banner)"
for case in "notes-in-one 40000" "chapter-notes 10000" "attributes 50000" "pfs-banner 2000000"; do
    # shellcheck disable=SC2086
    "$build/tests/benchmarks/bench_importlimits" $case
done
section "library load with a 3.9 MB imported report (outlines only; the text when a page asks)"
"$build/tests/benchmarks/bench_libraryload" 3900000 15

section "NCCI PTP (generated 2,000,000-pair file: import, look-up per claim)"
"$build/tests/benchmarks/bench_ncci" 2000000

section "code sets (ICD-10-CM order file import, index load, search vs. FTS5, whole process)"
icd="$data/icd10cm-2021"
codeset_tmp=$(mktemp -d)
codeset_args=()
[ -f "$icd/icd10cm-order-Jan-2021.txt" ] && codeset_args+=("$icd/icd10cm-order-Jan-2021.txt")
[ -f "$icd/icd10cm_tabular_2021.xml" ] && codeset_args+=(--tabular "$icd/icd10cm_tabular_2021.xml")
[ -f "$data/hcpcs-2020/HCPC2020_ANWEB_w_disclaimer.txt" ] && codeset_args+=(--hcpcs "$data/hcpcs-2020/HCPC2020_ANWEB_w_disclaimer.txt")
[ -f "$data/pfs-rvu-2025-oct-excerpt.csv" ] && codeset_args+=(--pfs "$data/pfs-rvu-2025-oct-excerpt.csv")
"$build/tests/benchmarks/bench_codesets" "${codeset_args[@]}" --codedesk "$build/codedesk" \
    --fts-db "$codeset_tmp/fts.sqlite" --rounds 5
if command -v hyperfine >/dev/null && [ -f "$icd/icd10cm-order-Jan-2021.txt" ]; then
    mkdir -p "$codeset_tmp/home"
    HOME="$codeset_tmp/home" "$build/codedesk" codeset import icd10cm "$icd/icd10cm-order-Jan-2021.txt" >/dev/null
    HOME="$codeset_tmp/home" hyperfine -N --warmup 5 --runs 50 \
        "$build/codedesk codeset search icd10cm 'sec mal liv'" \
        "sqlite3 $codeset_tmp/fts.sqlite \"SELECT code, title FROM fts WHERE fts MATCH '\\\"sec\\\"* AND \\\"mal\\\"* AND \\\"liv\\\"*' ORDER BY rank LIMIT 20\""
fi
rm -rf "$codeset_tmp"

section "printing (procedure worksheets per seed; 300- and 1,000-line claim worksheets; PDF, Letter and A4)"
"$build/tests/benchmarks/bench_print" 9

section "code pages (all code sets imported: page data, page shown, keystroke to repainted lists, start-up)"
if [ -f "$data/icd10cm-2021/icd10cm_tabular_2021.xml" ]; then
    "$build/tests/benchmarks/bench_codepages" "$data"
else
    echo "skipped: needs the official files in $data (set CODEDESK_SHARED_DATA)"
fi

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 caseline authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The end-to-end benchmark: caseline as a user runs it, one process per run, on seeded synthetic databases.
# Run it through `.ci/dev bench --e2e [--sizes 1000,10000,100000] [--runs 5]`, which builds first, or directly:
#
#   tests/benchmarks/e2e/run.sh [--build DIR] [--sizes N,N,...] [--runs N] [--seed S] [--cache DIR] [--only LIST]
#
#   --build DIR   the build with caseline and caseline_benchdb (default build/testing: Release with the tests)
#   --sizes LIST  synthetic decisions per database (default 1000,10000,100000; 1000000 on request: it takes long)
#   --runs N      runs per measure; the median, min and max are reported (default 5)
#   --seed S      the generator's seed (default 20260101)
#   --cache DIR   where the generated databases and import files are kept and reused (default build/bench-e2e)
#   --only LIST   only these measures, comma-separated (default: all, see below)
#
# For each size it generates (once per seed, size and generator: reused from the cache) a database of the bundled
# data plus N decisions with realistic text, and the same N decisions as JSON and CSV import files; then runs:
#   window.first_paint  caseline --database DB --screenshot x.png --size 1280x720: "first paint: N ms" (stderr)
#   window.wall         the same processes, start to exit
#   stats               caseline stats --database DB
#   export.timeline     caseline export timeline -o x.png --database DB
#   list.json           caseline list --format json --database DB > /dev/null
#   export_data.json    caseline export-data -o x.json --database DB
#   import.json         caseline import N.json --database FRESH (a new copy of the bundled-data database per run)
#   import.csv          caseline import N.csv --database FRESH
# Wall time is taken around each process; peak memory is the kernel's maximum resident set size of the process
# (GNU time's %M, "Maximum resident set size" of `/usr/bin/time -v`), the largest of the runs.
# Output: one JSON line per measure and size on stdout, a summary table on stderr. The page cache is warm (the
# files were just written or read), QT_QPA_PLATFORM=offscreen, and HOME points to a scratch folder so that the
# user's settings are neither read nor written.
set -euo pipefail
cd "$(dirname "$0")/../../.."

build=build/testing
sizes=1000,10000,100000
runs=5
seed=20260101
cache=build/bench-e2e
only=""
usage() {
    sed -n '7,15p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=${2:?}; shift 2 ;;
    --sizes) sizes=${2:?}; shift 2 ;;
    --runs) runs=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --cache) cache=${2:?}; shift 2 ;;
    --only) only=${2:?}; shift 2 ;;
    -h | --help) usage ;;
    *) echo "run.sh: unknown option '$1'" >&2; usage ;;
    esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs needs a positive number" >&2; exit 2; }
[[ "$sizes" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "run.sh: --sizes needs numbers separated by commas" >&2; exit 2; }
[[ "$seed" =~ ^[0-9]+$ ]] || { echo "run.sh: --seed needs a number" >&2; exit 2; }

caseline=$build/app/caseline
benchdb=$build/tests/benchmarks/caseline_benchdb
for f in "$caseline" "$benchdb"; do
    [ -x "$f" ] || { echo "run.sh: $f is missing: build caseline and caseline_benchdb first (.ci/dev bench --e2e does)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is missing (Debian package 'time')" >&2; exit 1; }

# The cache is keyed by what decides the generated files: the generator, the bundled data and the schema.
key=$(cat tests/benchmarks/benchdb.cpp tests/benchmarks/syntheticdecisions.cpp resources/data/*.json resources/sql/*.sql \
    | sha256sum | cut -c1-12)
data=$cache/seed-$seed-$key
work=$cache/work
scratch=$cache/home
mkdir -p "$data" "$work" "$scratch"
export QT_QPA_PLATFORM=offscreen HOME=$PWD/$scratch XDG_CONFIG_HOME=$PWD/$scratch/config \
    XDG_DATA_HOME=$PWD/$scratch/data XDG_CACHE_HOME=$PWD/$scratch/cache

wanted() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; }

# Runs "$@" once; sets ms (wall, from the shell's clock), rss_kb (from GNU time) and status; stderr in $work/err.
ms=0 rss_kb=0 status=0
run_once() {
    local start end
    start=$EPOCHREALTIME
    status=0
    /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/err" || status=$?
    end=$EPOCHREALTIME
    ms=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) * 1000 }')
    rss_kb=$(tail -n 1 "$work/rss")
}

# Prints the JSON line of a measure from its values (milliseconds, one per line) and the largest RSS in kB.
report() {
    local measure=$1 n=$2 values=$3 rss=$4
    printf '%s\n' "$values" | sort -g | awk -v m="$measure" -v n="$n" -v rss="$rss" -v seed="$seed" '
        { v[NR] = $1 }
        END {
            median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "{\"measure\":\"%s\",\"n\":%d,\"median_ms\":%.1f,\"min_ms\":%.1f,\"max_ms\":%.1f,\"peak_rss_mb\":%.1f,\"runs\":%d,\"seed\":%s}\n",
                m, n, median, v[1], v[NR], rss / 1024, NR, seed
        }' | tee -a "$work/results.jsonl"
}

fail() {
    local measure=$1 n=$2
    echo "run.sh: $measure at n=$n failed (exit $status):" >&2
    sed 's/^/    /' "$work/err" | tail -n 20 >&2
    printf '{"measure":"%s","n":%d,"error":"exit %d","runs":0,"seed":%s}\n' "$measure" "$n" "$status" "$seed" \
        | tee -a "$work/results.jsonl"
}

# measure NAME N PREPARE COMMAND...: runs COMMAND $runs times (PREPARE before each run, untimed) and reports.
measure() {
    local name=$1 n=$2 prepare=$3
    shift 3
    wanted "$name" || return 0
    local values="" peak=0 i
    for ((i = 1; i <= runs; i++)); do
        $prepare
        run_once "$@"
        if [ "$status" -ne 0 ]; then
            fail "$name" "$n"
            return 0
        fi
        values+="$ms"$'\n'
        [ "$rss_kb" -gt "$peak" ] && peak=$rss_kb
    done
    report "$name" "$n" "${values%$'\n'}" "$peak"
}

# The window: one set of processes gives both the first paint (printed by caseline) and the wall time.
measure_window() {
    local n=$1 db=$2
    wanted window.first_paint || wanted window.wall || return 0
    local paints="" walls="" peak=0 i paint
    for ((i = 1; i <= runs; i++)); do
        run_once "$caseline" --database "$db" --screenshot "$work/window.png" --size 1280x720
        paint=$(sed -n 's/^first paint: \([0-9]*\) ms$/\1/p' "$work/err" | head -n 1)
        if [ "$status" -ne 0 ] || [ -z "$paint" ]; then
            fail window.first_paint "$n"
            return 0
        fi
        paints+="$paint"$'\n'
        walls+="$ms"$'\n'
        [ "$rss_kb" -gt "$peak" ] && peak=$rss_kb
    done
    wanted window.first_paint && report window.first_paint "$n" "${paints%$'\n'}" "$peak"
    wanted window.wall && report window.wall "$n" "${walls%$'\n'}" "$peak"
    return 0
}

fresh_copy() {
    rm -f "$work/import.db" "$work/import.db-wal" "$work/import.db-shm" "$work/import.db-journal"
    cp "$data/fresh.db" "$work/import.db"
}
nothing() { :; }

: >"$work/results.jsonl"
echo "caseline end-to-end benchmark: sizes $sizes, $runs run(s) each, seed $seed; $(nproc) CPU(s), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
[ -f "$data/fresh.db" ] || "$benchdb" --count 0 --fresh "$data/fresh.db"
IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
    dir=$data/n-$n
    if [ ! -f "$dir/complete" ]; then
        echo "generating $n decisions into $dir" >&2
        rm -rf "$dir"
        mkdir -p "$dir"
        "$benchdb" --count "$n" --seed "$seed" --database "$dir/bench.db" --json "$dir/import.json" --csv "$dir/import.csv"
        touch "$dir/complete"
    fi
    echo "n = $n: database $(du -m "$dir/bench.db" | cut -f1) MB, import files $(du -m "$dir/import.json" | cut -f1) MB (JSON)," \
        "$(du -m "$dir/import.csv" | cut -f1) MB (CSV)" >&2
    db=$dir/bench.db
    measure_window "$n" "$db"
    measure stats "$n" nothing "$caseline" stats --database "$db"
    measure export.timeline "$n" nothing "$caseline" export timeline -o "$work/timeline.png" --database "$db"
    measure list.json "$n" nothing "$caseline" list --format json --database "$db"
    measure export_data.json "$n" nothing "$caseline" export-data -o "$work/export.json" --database "$db"
    measure import.json "$n" fresh_copy "$caseline" import "$dir/import.json" --database "$work/import.db"
    measure import.csv "$n" fresh_copy "$caseline" import "$dir/import.csv" --database "$work/import.db"
done

# The summary for people, from the JSON lines.
{
    printf '\n%-20s %9s %11s %11s %11s %10s\n' measure n median_ms min_ms max_ms peak_MB
    sed -e 's/[{}"]//g' "$work/results.jsonl" | awk -F, '
        { delete f; for (i = 1; i <= NF; i++) { split($i, kv, ":"); f[kv[1]] = kv[2] } }
        f["error"] != "" { printf "%-20s %9s %s\n", f["measure"], f["n"], "failed: " f["error"]; next }
        { printf "%-20s %9s %11s %11s %11s %10s\n", f["measure"], f["n"], f["median_ms"], f["min_ms"], f["max_ms"], f["peak_rss_mb"] }'
} >&2

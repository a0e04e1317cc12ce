#!/usr/bin/env bash
# customer_analytics benchmark: each capability next to the plain SQL an analyst
# writes today, on the same data in the same run.  Started by `bash .ci/harness bench`
# (throwaway cluster, PG* variables set).  Prints, per workload: rows, extension ms
# (median of CA_BENCH_RUNS, default 3), baseline ms, ratio, the floor (count(*) GROUP BY
# over the same rows) and the ratio to it, backend peak memory, and the time with 2
# parallel workers.  Then whether each target holds.
#
#   CA_BENCH_SIZES="1000000 10000000"   event counts (default both)
#   CA_BENCH_TIMEOUT=300                seconds before a baseline is cut off (shown as >N)
#   CA_BENCH_ONLY=regex                 run only the workloads whose name matches (e.g. window_funnel)
#   CA_BENCH_SESSIONS="10:3 30:3"       also, at each size, the window_funnel rows on data whose
#                                       sessions average V views and C carts (V:C; default none):
#                                       how the chained-join baseline grows with denser sessions.
#                                       Rows named window_funnel@N/vVcC; not a target.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PSQL=${PSQL:-/usr/lib/postgresql/${CA_PG_VERSION:-15}/bin/psql}
SIZES=${CA_BENCH_SIZES:-"1000000 10000000"}
RUNS=${CA_BENCH_RUNS:-3}
TIMEOUT=${CA_BENCH_TIMEOUT:-300}
OUT=$ROOT/bench/out
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: >"$RESULTS"

"$PSQL" -Xq -c "CREATE DATABASE bench" >/dev/null 2>&1
export PGDATABASE=bench
"$PSQL" -Xq -c "CREATE EXTENSION IF NOT EXISTS customer_analytics" >/dev/null

SERIAL="SET max_parallel_workers_per_gather = 0;"
PARALLEL="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;"

# one run in a fresh backend: prints "ms peak_kB"
run_once() {
	local settings=$1 query=$2
	"$PSQL" -XAtq -v ON_ERROR_STOP=1 \
		-c "SET statement_timeout = '${TIMEOUT}s'; SET work_mem = '256MB'; SET jit = off; $settings" \
		-c "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) $query" \
		-c "SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s+(\d+)'))[1]" 2>"$OUT/err.log" |
		tr '\n' ' ' | perl -ne 'if (/"Execution Time": ([0-9.]+).*\]\s+(\d+)/s) { printf "%.1f %d\n", $1, $2 } else { print "timeout 0\n" }'
}

# median of RUNS runs: prints "ms peak_kB"
measure() {
	local settings=$1 query=$2 i
	for i in $(seq "$RUNS"); do run_once "$settings" "$query"; done |
		sort -g | awk -v n="$RUNS" '{ms[NR]=$1; kb[NR]=$2} END { m=int((n+1)/2); print ms[m], kb[m] }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || b == 0) print "-"; else printf "%.2f", a / b }'; }

printf '%-28s %10s %10s %10s %8s %10s %8s %8s %10s %8s\n' \
	workload rows ext_ms base_ms base/ext floor_ms ext/floor peak_MB par2_ms speedup
row() {
	local name=$1 rows=$2 ext=$3 base=$4 floor=$5 kb=$6 par=$7
	local r1 r2 sp
	r1=$(ratio "$base" "$ext"); r2=$(ratio "$ext" "$floor"); sp=$(ratio "$ext" "$par")
	printf '%-28s %10s %10s %10s %8s %10s %8s %8s %10s %8s\n' "$name" "$rows" "$ext" "$base" "$r1" "$floor" "$r2" \
		"$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')" "$par" "$sp"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rows" "$ext" "$base" "$floor" "$kb" "$par" "$sp" >>"$RESULTS"
}

selected() {
	[[ -z "${CA_BENCH_ONLY:-}" || "$1" =~ ${CA_BENCH_ONLY} ]] &&
	[[ -z "${SHAPE_ONLY:-}" || "$1" =~ ${SHAPE_ONLY} ]]
}

# Baseline and floor timings measured once and shared by several rows (the two
# forms of window_funnel): BASE_MS / FLOOR_MS set by shared_base, used by
# bench_one when its base / floor query is "=shared".
# BENCH_SET: extra settings of a workload, for all its queries; BASE_SET, when set (even
# empty), replaces it for the baseline (a setting meant for the extension's plan).
shared_base() {   # base_query floor_query
	read -r BASE_MS _ < <(measure "$SERIAL ${BASE_SET-${BENCH_SET:-}}" "$1")
	read -r FLOOR_MS _ < <(measure "$SERIAL ${BENCH_SET:-}" "$2")
}

bench_one() {   # name rows ext_query base_query floor_query
	local name=$1 rows=$2 ext=$3 base=$4 floor=$5
	local e b f p
	local set=${BENCH_SET:-} bset=${BASE_SET-${BENCH_SET:-}}
	selected "$name" || return 0
	read -r e kb < <(measure "$SERIAL $set" "$ext")
	if [ "$base" = "=shared" ]; then b=$BASE_MS
	elif [ -n "$base" ]; then read -r b _ < <(measure "$SERIAL $bset" "$base"); else b="-"; fi
	if [ "$floor" = "=shared" ]; then f=$FLOOR_MS
	elif [ -n "$floor" ]; then read -r f _ < <(measure "$SERIAL $set" "$floor"); else f="-"; fi
	read -r p _ < <(measure "$PARALLEL $set" "$ext")
	row "$name" "$rows" "$e" "$b" "$f" "$kb" "$p"
}

generate() {   # events tag [psql -v settings]: the data, then ROWS and OROWS
	local events=$1 tag=$2; shift 2
	echo "-- generating $events events $* (deterministic)" >&2
	"$PSQL" -Xq -v ON_ERROR_STOP=1 -v events="$events" "$@" -f "$ROOT/bench/data.sql" >"$OUT/data-${tag//\//-}.log" ||
		{ cat "$OUT/data-${tag//\//-}.log"; exit 1; }
	ROWS=$("$PSQL" -XAtq -c "SELECT count(*) FROM bench.events")
	OROWS=$("$PSQL" -XAtq -c "SELECT count(*) FROM bench.orders")
}
FLOOR_EV="SELECT user_id, count(*) FROM bench.events GROUP BY user_id"
FLOOR_OR="SELECT user_id, count(*) FROM bench.orders GROUP BY user_id"

for SIZE in $SIZES; do
	N=$SIZE SHAPE_ONLY=""
	generate "$SIZE" "$N"
	source "$ROOT/bench/workloads.sh"
	for SHAPE in ${CA_BENCH_SESSIONS:-}; do   # V:C, denser sessions: the funnel rows only
		N="$SIZE/v${SHAPE%%:*}c${SHAPE##*:}" SHAPE_ONLY="^window_funnel"
		generate "$SIZE" "$N" -v views="${SHAPE%%:*}" -v carts="${SHAPE##*:}"
		source "$ROOT/bench/workloads.sh"
	done
done

echo
echo "Targets (from the issues):"
perl "$ROOT/bench/targets.pl" "$RESULTS"

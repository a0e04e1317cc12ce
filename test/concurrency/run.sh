#!/usr/bin/env bash
# Concurrency check: 8 pgbench clients run the report queries (RFM segments from the
# functions and from a materialized view, funnel by channel, cohort matrix, churn
# watch list), each compared with the answer computed once before, while another
# pgbench client refreshes the materialized view CONCURRENTLY, for a bounded time.
# Then a running query is cancelled from a second session.  Prints TAP lines.
#
# Needs PGHOST/PGPORT/PGUSER (a superuser) of a running cluster where
# customer_analytics is installable; PGBIN (default the system's PostgreSQL 15).
# CA_CONC_SECONDS (default 20) bounds the pgbench run.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
SECS=${CA_CONC_SECONDS:-20}
DB=ca_conc
WORK=$(mktemp -d /tmp/ca-conc.XXXXXX)
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT
n=0
tap() {	# tap OK|FAIL description
	n=$((n + 1))
	if [ "$1" = OK ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}
psql_db() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

echo "1..6"
# ---------- set-up: demo data, materialized view, expected answers
if "$PGBIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >"$WORK/setup.log" 2>&1 &&
	psql_db -c "CREATE EXTENSION customer_analytics" >>"$WORK/setup.log" 2>&1 &&
	psql_db -f "$ROOT/demo/data.sql" >>"$WORK/setup.log" 2>&1 &&
	psql_db -f "$HERE/setup.sql" >>"$WORK/setup.log" 2>&1; then
	tap OK "demo data, materialized view with a unique index, expected answers"
else
	sed 's/^/# /' "$WORK/setup.log"
	tap FAIL "demo data, materialized view with a unique index, expected answers"
	exit 1
fi

# ---------- 8 report clients and 1 refresher, at the same time
"$PGBIN/pgbench" -n -c 8 -j 2 -T "$SECS" -f "$HERE/reports.sql" "$DB" >"$WORK/reports.log" 2>&1 &
rep=$!
"$PGBIN/pgbench" -n -c 1 -j 1 -T "$SECS" -f "$HERE/refresh.sql" "$DB" >"$WORK/refresh.log" 2>&1 &
ref=$!
wait $rep; rep_rc=$?
wait $ref; ref_rc=$?
check_pgbench() {	# log rc what
	local done failed
	done=$(grep -Eo 'number of transactions actually processed: [0-9]+' "$1" | grep -Eo '[0-9]+$')
	failed=$(grep -Eo 'number of failed transactions: [0-9]+' "$1" | grep -Eo '[0-9]+' | head -1)
	# pgbench before 15 prints no failed count: a failing client aborts the run instead
	grep -q 'number of failed transactions' "$1" || failed=0
	if [ "$2" = 0 ] && [ -n "$done" ] && [ "$done" -gt 0 ] && [ "${failed:-x}" = 0 ] && ! grep -q 'aborted' "$1"; then
		tap OK "$3: $done transactions, 0 failed, every answer equal to the expected one"
	else
		sed 's/^/# /' "$1" | grep -v '^# progress' | head -40
		tap FAIL "$3 (exit $2, processed ${done:-?}, failed ${failed:-?})"
	fi
}
check_pgbench "$WORK/reports.log" $rep_rc "8 report clients for ${SECS}s"
check_pgbench "$WORK/refresh.log" $ref_rc "REFRESH MATERIALIZED VIEW CONCURRENTLY in a loop meanwhile"

# ---------- after the run: the view and the reports still give the expected answers
bad=$(psql_db -At -c "SELECT count(*) FROM conc_expected WHERE conc_report(name) IS DISTINCT FROM md5" 2>&1)
if [ "$bad" = 0 ]; then tap OK "after the run every report still equals its expected answer"
else echo "# $bad"; tap FAIL "after the run every report still equals its expected answer"; fi

# ---------- cancel a running query from a second session
CLV="SELECT customer_lifetime_value('(r=0.24, alpha=4.41, a=0.79, b=2.43, log_likelihood=-9582.43, customers=2357, iterations=30, converged=true)', '(p=6.25, q=3.74, v=15.45, log_likelihood=-4020.5, customers=946, iterations=20, converged=true)', 2, 30.43, 38.86, 22.35, 2147483647, 0.01, 4.345)"
PGAPPNAME=ca_conc_cancel "$PGBIN/psql" -X -q -d "$DB" -c "$CLV" >"$WORK/cancel.log" 2>&1 &
bg=$!
cancelled=f
for _ in $(seq 1 100); do
	cancelled=$(psql_db -At -c "SELECT coalesce(bool_or(pg_cancel_backend(pid)), false) FROM pg_stat_activity
		WHERE application_name = 'ca_conc_cancel' AND state = 'active' AND query LIKE '%customer_lifetime_value%'" 2>/dev/null)
	[ "$cancelled" = t ] && break
	sleep 0.1
done
# the long query runs for hours unless the cancel works: give it 60 s
for _ in $(seq 1 600); do kill -0 $bg 2>/dev/null || break; sleep 0.1; done
if kill -0 $bg 2>/dev/null; then
	kill $bg 2>/dev/null
	tap FAIL "pg_cancel_backend stops customer_lifetime_value over 2^31 - 1 months (still running after 60 s)"
elif [ "$cancelled" = t ] && grep -q 'canceling statement due to user request' "$WORK/cancel.log"; then
	tap OK "pg_cancel_backend from a second session stops customer_lifetime_value over 2^31 - 1 months"
else
	sed 's/^/# /' "$WORK/cancel.log"
	tap FAIL "pg_cancel_backend stops customer_lifetime_value over 2^31 - 1 months"
fi
wait $bg 2>/dev/null

# ---------- the server is up
if [ "$("$PGBIN/psql" -X -At -d "$DB" -c "SELECT 1" 2>&1)" = 1 ]; then tap OK "the server is alive"
else tap FAIL "the server is alive"; fi
"$PGBIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1

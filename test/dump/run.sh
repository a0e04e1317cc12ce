#!/usr/bin/env bash
# Backup and restore: a database owner (not a superuser) keeps materialized views, a table
# of fitted models, a view and an expression index over the extension's functions and
# types (setup.sql, over the demo data).  pg_dump in custom format, pg_restore into a new
# database by the same owner, and pg_dump in plain format replayed by psql, must both
# give back the same rows (fingerprint.sql), the same answers after REFRESH MATERIALIZED
# VIEW, and no error.  The restore runs with the empty search_path pg_dump sets.
# Prints TAP lines.
#
# Needs PGHOST/PGPORT/PGUSER (a superuser) of a running cluster where customer_analytics
# is installable; PGBIN (default the system's PostgreSQL 15).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
OWNER=ca_dump_owner
SRC=ca_dump_src
WORK=$(mktemp -d /tmp/ca-dump.XXXXXX)
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT
n=0
tap() {	# tap OK|FAIL description [log to show on failure]
	n=$((n + 1))
	if [ "$1" = OK ]; then echo "ok $n - $2"; else
		[ -n "${3:-}" ] && grep -v '^$' "$3" | sed 's/^/# /' | head -30
		echo "not ok $n - $2"
	fi
}
su_psql() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
own_psql() { local db=$1; shift; "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -U "$OWNER" -d "$db" "$@"; }
fingerprint() { own_psql "$1" -At -f "$HERE/fingerprint.sql"; }
newdb() { su_psql -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 OWNER $OWNER"; }

echo "1..7"
# ---------- the owner's database: extension, demo data, the user's objects
log="$WORK/setup.log"
if { su_psql -c "DROP ROLE IF EXISTS $OWNER" -c "CREATE ROLE $OWNER LOGIN" && newdb "$SRC" &&
	own_psql "$SRC" -c "CREATE EXTENSION customer_analytics" &&
	own_psql "$SRC" -f "$ROOT/demo/data.sql" && own_psql "$SRC" -f "$HERE/setup.sql" &&
	fingerprint "$SRC" >"$WORK/src.fp"; } >"$log" 2>&1 && [ "$(wc -l <"$WORK/src.fp")" = 9 ] &&
	! grep -q '|0|' "$WORK/src.fp"; then
	tap OK "a database owner's materialized views, model table, view and expression index over the extension"
else
	tap FAIL "a database owner's materialized views, model table, view and expression index over the extension" "$log"
	exit 1
fi

# dump SRC in format F (c or p) and restore it into database DB as the owner (pg_restore,
# or psql for the plain script); then compare DB's fingerprint with SRC's.  2 TAP lines.
dump_restore() {	# F DB how
	local f=$1 db=$2 how=$3 log="$WORK/$2.log" ok=1
	{ "$PGBIN/pg_dump" -U "$OWNER" -F"$f" -f "$WORK/$db.dump" "$SRC" && newdb "$db" &&
		if [ "$f" = c ]; then "$PGBIN/pg_restore" -U "$OWNER" -d "$db" --exit-on-error "$WORK/$db.dump"
		else own_psql "$db" -f "$WORK/$db.dump"; fi; } >"$log" 2>&1 || ok=0
	grep -q 'ERROR' "$log" && ok=0
	if [ $ok = 1 ]; then tap OK "$how by the database owner, without error"
	else tap FAIL "$how by the database owner, without error" "$log"; fi
	fingerprint "$db" >"$WORK/$db.fp" 2>"$log"
	if cmp -s "$WORK/src.fp" "$WORK/$db.fp"; then
		tap OK "$how: the same rows in every object"
	else
		diff "$WORK/src.fp" "$WORK/$db.fp" >>"$log"
		tap FAIL "$how: the same rows in every object" "$log"
	fi
}

dump_restore c ca_dump_custom "pg_dump -Fc, pg_restore"

# ---------- the restored views recompute: REFRESH (CONCURRENTLY where it has a unique index)
log="$WORK/refresh.log"
if { own_psql ca_dump_custom -c "REFRESH MATERIALIZED VIEW CONCURRENTLY reports.rfm" \
	-c "REFRESH MATERIALIZED VIEW reports.funnel" -c "REFRESH MATERIALIZED VIEW reports.paths" \
	-c "REFRESH MATERIALIZED VIEW reports.cohorts" -c "REFRESH MATERIALIZED VIEW reports.churn" \
	-c "REFRESH MATERIALIZED VIEW reports.btyd" && fingerprint ca_dump_custom >"$WORK/refresh.fp"; } >"$log" 2>&1 &&
	cmp -s "$WORK/src.fp" "$WORK/refresh.fp"; then
	tap OK "REFRESH MATERIALIZED VIEW in the restored database gives the same answers"
else
	[ -f "$WORK/refresh.fp" ] && diff "$WORK/src.fp" "$WORK/refresh.fp" >>"$log"
	tap FAIL "REFRESH MATERIALIZED VIEW in the restored database gives the same answers" "$log"
fi

# ---------- the stored models round-trip exactly through their text form
log="$WORK/models.log"
# (compared as float8 parameters, not as text: a lossy text form would compare equal)
same=$(own_psql ca_dump_custom -At -c "SELECT bgnbd_params(f.bg) = bgnbd_params(m.bg) AND gamma_gamma_params(f.gg) = gamma_gamma_params(m.gg)
	FROM (SELECT bgnbd_fit(frequency, recency, t) AS bg, gamma_gamma_fit(frequency, monetary_value) AS gg FROM reports.btyd) f,
	     reports.models m" 2>"$log")
if [ "$same" = t ]; then
	tap OK "models fitted again in the restored database equal the restored ones, digit for digit"
else
	echo "got: $same" >>"$log"
	tap FAIL "models fitted again in the restored database equal the restored ones, digit for digit" "$log"
fi

# ---------- plain format replayed by psql
dump_restore p ca_dump_plain "pg_dump -Fp replayed by psql"

su_psql -c "DROP DATABASE IF EXISTS ca_dump_custom" -c "DROP DATABASE IF EXISTS ca_dump_plain" \
	-c "DROP DATABASE IF EXISTS $SRC" -c "DROP ROLE IF EXISTS $OWNER" >/dev/null 2>&1

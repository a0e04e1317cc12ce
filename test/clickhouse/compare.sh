#!/bin/bash
# Differential check against a real ClickHouse: the same random event streams go into
# PostgreSQL (this extension) and ClickHouse, and every group's window_funnel, retention,
# sequence_match and sequence_count is compared with windowFunnel, retention,
# sequenceMatch and sequenceCount, under a hashed and a sorted plan.  Not part
# of CI (the project must not depend on ClickHouse); run it by hand:
#
#   bash .ci/harness clickhouse [GROUPS]
#
# installs Debian's clickhouse-server and clickhouse-client if missing, starts the
# throwaway PostgreSQL cluster and runs this script there.  The script starts its own
# throwaway ClickHouse server (a temporary folder, loopback, a free port; as the
# clickhouse OS user when run as root) unless CA_CLICKHOUSE names the client command of a
# server already running.  GROUPS (default CA_CHK_GROUPS, else 20000) random groups of 1
# to 14 events.
# Prints one line per case and plan, and a last line "N comparisons ..., N differ, N
# cases refused by ClickHouse"; exits 1 when a group differs or ClickHouse refuses a case.
# CA_CLICKHOUSE=none runs only the PostgreSQL side, as .ci/harness test does so that the
# script cannot rot unseen: every case's query, under both plans, must give every group a
# result; it prints one TAP line.
#
# ClickHouse 18.16 (what Debian packages) has windowFunnel's default mode only (its modes
# came later), retention, sequenceMatch and sequenceCount, without (?t==N).  It differs
# from current ClickHouse, whose semantics this extension follows, on a row that matches
# several conditions: its windowFunnel adds a row's conditions last step first, so one row
# never serves two consecutive steps, and its retention keeps only a row's first true
# condition; current releases do neither.  So windowFunnel and retention are compared on
# conditions of which a row meets at most one (x1 .. x4 in data.sql), sequenceMatch and
# sequenceCount on both kinds.  Times within a group are distinct (see data.sql).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
groups=${1:-${CA_CHK_GROUPS:-20000}}
work=$(mktemp -d)
chpid=""
cleanup() {
	if [ -n "$chpid" ]; then kill "$chpid" 2>/dev/null; wait "$chpid" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

if [ "${CA_CLICKHOUSE:-}" = none ]; then
	ch=""
elif [ -n "${CA_CLICKHOUSE:-}" ]; then
	ch=$CA_CLICKHOUSE
else
	# a throwaway server: its own folder, loopback only, a free port
	server=$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)
	[ -x "$server" ] ||
		{ echo "compare.sh: clickhouse-server not found (apt-get install clickhouse-server clickhouse-client)" >&2; exit 2; }
	port=$((20000 + RANDOM % 20000))
	while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
	mkdir -p "$work/ch/data" "$work/ch/tmp"
	cat > "$work/ch/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <logger><level>warning</level><log>$work/ch/server.log</log><errorlog>$work/ch/error.log</errorlog></logger>
    <tcp_port>$port</tcp_port>
    <listen_host>127.0.0.1</listen_host>
    <path>$work/ch/data/</path>
    <tmp_path>$work/ch/tmp/</tmp_path>
    <users_config>/etc/clickhouse-server/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <mark_cache_size>1073741824</mark_cache_size>
</yandex>
XML
	if [ "$(id -u)" = 0 ] && id clickhouse >/dev/null 2>&1; then
		chmod 755 "$work"
		chown -R clickhouse "$work/ch"
		setpriv --reuid=clickhouse --regid="$(id -g clickhouse)" --init-groups \
			"$server" --config-file="$work/ch/config.xml" > "$work/ch/stdout.log" 2>&1 &
	else
		"$server" --config-file="$work/ch/config.xml" > "$work/ch/stdout.log" 2>&1 &
	fi
	chpid=$!
	ch="clickhouse-client --host 127.0.0.1 --port $port"
	for _ in $(seq 60); do $ch -q "SELECT 1" >/dev/null 2>&1 && break; sleep 0.5; done
	$ch -q "SELECT 1" >/dev/null || {
		cat "$work/ch/stdout.log" "$work/ch/error.log" >&2 2>/dev/null
		echo "compare.sh: the throwaway ClickHouse server did not start" >&2
		exit 2
	}
fi
[ -n "$ch" ] && echo "ClickHouse $($ch -q 'SELECT version()'), PostgreSQL $(psql -X -At -c 'SHOW server_version')," \
	"customer_analytics $(psql -X -At -c "SELECT extversion FROM pg_extension WHERE extname = 'customer_analytics'"), $groups groups"

psql -X -q -v ON_ERROR_STOP=1 -v groups="$groups" -f "$here/data.sql"
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE TABLE chk.ch (g int, r text)"
# rows in an order unrelated to time, as real tables are
[ -n "$ch" ] && psql -X -q -v ON_ERROR_STOP=1 -c "\\copy (SELECT g, i, t, c1::int, c2::int, c3::int, c4::int, x1::int, x2::int, x3::int, x4::int FROM chk.ev ORDER BY hashint4(g * 7 + i)) TO '$work/ev.tsv'"
[ -n "$ch" ] && $ch -q "DROP TABLE IF EXISTS ca_chk_ev"
[ -n "$ch" ] && $ch -q "CREATE TABLE ca_chk_ev (g UInt32, i UInt32, t UInt32, c1 UInt8, c2 UInt8, c3 UInt8, c4 UInt8, x1 UInt8, x2 UInt8, x3 UInt8, x4 UInt8) ENGINE = Memory"
[ -n "$ch" ] && $ch -q "INSERT INTO ca_chk_ev FORMAT TabSeparated" < "$work/ev.tsv"
CH_FROM="(SELECT g, c1, c2, c3, c4, x1, x2, x3, x4, toDateTime(1735689600 + t) AS ts FROM ca_chk_ev)"

# cases: name | PostgreSQL expression | ClickHouse expression, both per group, as text
cases=()
for w in 0 1 2 3 5 8 13 1000000; do
	cases+=("funnel x1..x4 w=$w|window_funnel(make_interval(secs => $w), ts, x1, x2, x3, x4)::text|toString(windowFunnel($w)(ts, x1, x2, x3, x4))")
	cases+=("funnel x2, x1, x3 w=$w|window_funnel(make_interval(secs => $w), ts, x2, x1, x3)::text|toString(windowFunnel($w)(ts, x2, x1, x3))")
	cases+=("funnel x1, x2, x1, x2 w=$w|window_funnel(make_interval(secs => $w), ts, x1, x2, x1, x2)::text|toString(windowFunnel($w)(ts, x1, x2, x1, x2))")
	cases+=("funnel names '1'..'4' w=$w|window_funnel(make_interval(secs => $w), ts, e::text, ARRAY['1', '2', '3', '4'])::text|toString(windowFunnel($w)(ts, x1, x2, x3, x4))")
done
cases+=("funnel x3 w=5|window_funnel('5 seconds', ts, x3)::text|toString(windowFunnel(5)(ts, x3))")
cases+=("funnel 8 steps w=20|window_funnel('20 seconds', ts, x1, x2, x3, x4, x1, x2, x3, x4)::text|toString(windowFunnel(20)(ts, x1, x2, x3, x4, x1, x2, x3, x4))")
cases+=("retention x1..x4|array_to_string(retention(x1, x2, x3, x4), ',')|arrayStringConcat(arrayMap(x -> toString(x), retention(x1, x2, x3, x4)), ',')")
cases+=("retention x3, x1|array_to_string(retention(x3, x1), ',')|arrayStringConcat(arrayMap(x -> toString(x), retention(x3, x1)), ',')")
for p in '(?1)(?2)' '(?1).*(?2)' '(?1)(?2)(?3)' '(?1).(?2)' '(?1)..(?3)' '(?2)(?1)' \
	'(?1)(?1)' '(?1).*(?1).*(?1)' '.(?1)' '(?1).' '(?3).*' '.*(?2)' '(?4).*(?3).*(?2).*(?1)' \
	'(?1)(?t<=3)(?2)' '(?1)(?t<3)(?2)' '(?1)(?t>=4)(?2)' '(?1)(?t>4)(?2)' \
	'(?1)(?t<=5)(?2)(?t<=5)(?3)' '(?1).*(?t>2)(?2)' '(?4)(?t<=10)(?4)' '(?1)(?2).*(?3)(?t>1)(?4)' \
	'(?1)(?t>=0)(?2)' '(?2)(?t<=1)(?3)(?t<=1)(?4)' '(?1).(?t<=6)(?2)' '(?1)(?t<=0)(?1)' \
	'' '.*' '.' '.*.*(?2)' '..' '(?1).*.*(?2)(?t<=2)(?3)'; do
	for v in c x; do
		cases+=("match $p on $v|sequence_match('$p', ts, ${v}1, ${v}2, ${v}3, ${v}4)::int::text|toString(sequenceMatch('$p')(ts, ${v}1, ${v}2, ${v}3, ${v}4))")
		cases+=("count $p on $v|sequence_count('$p', ts, ${v}1, ${v}2, ${v}3, ${v}4)::text|toString(sequenceCount('$p')(ts, ${v}1, ${v}2, ${v}3, ${v}4))")
	done
done

plan_sql() {
	[ "$1" = hashed ] && echo "SET enable_sort = off; SET enable_hashagg = on" ||
		echo "SET enable_sort = on; SET enable_hashagg = off"
}

if [ -z "$ch" ]; then
	# PostgreSQL side only: one script, one line per case and plan
	for c in "${cases[@]}"; do
		IFS='|' read -r name pg chx <<<"$c"
		for plan in hashed sorted; do
			printf "%s;\nSELECT '%s', count(*), count(r) FROM (SELECT g, %s AS r FROM chk.ev GROUP BY g) s;\n" \
				"$(plan_sql $plan)" "$plan ${name//\'/\'\'}" "$pg"
		done
	done > "$work/pg.sql"
	bad=$(psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 -f "$work/pg.sql" 2>&1 |
		awk -v g="$groups" '{ n = $(NF - 1); r = $NF; $(NF - 1) = ""; $NF = ""; k++ } n != g || r != g { print } END { if (k != '$((${#cases[@]} * 2))') print "only " k " results" }') || bad="psql failed"
	psql -X -q -c "SET client_min_messages = warning" -c "DROP SCHEMA chk CASCADE"
	if [ -z "$bad" ]; then
		echo "ok 1 - the ClickHouse comparison's ${#cases[@]} cases run in PostgreSQL under both plans, a result for each of $groups groups"
	else
		echo "not ok 1 - the ClickHouse comparison's PostgreSQL side: $(tr -s ' \n' ' ;' <<<"$bad" | head -c 400)"
	fi
	exit 0
fi

ncases=0; ngroups=0; ndiff=0; nrefused=0
for c in "${cases[@]}"; do
	IFS='|' read -r name pg chx <<<"$c"
	if ! $ch -q "SELECT g, $chx FROM $CH_FROM GROUP BY g FORMAT TabSeparated" > "$work/ch.tsv" 2> "$work/ch.err"; then
		printf '%-44s ClickHouse refused it: %s\n' "$name" "$(head -c 160 "$work/ch.err" | tr '\n' ' ')"
		nrefused=$((nrefused + 1))
		continue
	fi
	psql -X -q -v ON_ERROR_STOP=1 -c "TRUNCATE chk.ch" -c "\\copy chk.ch (g, r) FROM '$work/ch.tsv'"
	# both plans: hashed (the planner's choice here; groups keep their events in one log)
	# and sorted (each group's events in its own state)
	for plan in hashed sorted; do
		set_plan=$(plan_sql $plan)
		res=$(psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 <<SQL
$set_plan;
WITH pg AS (SELECT g, $pg AS r FROM chk.ev GROUP BY g)
SELECT count(*),
       count(*) FILTER (WHERE pg.r IS DISTINCT FROM ch.r),
       coalesce(string_agg(format('g=%s pg=%s ch=%s', coalesce(pg.g, ch.g), pg.r, ch.r), '; ' ORDER BY coalesce(pg.g, ch.g))
                FILTER (WHERE pg.r IS DISTINCT FROM ch.r), '')
  FROM pg FULL JOIN chk.ch ch USING (g);
SQL
)
		read -r n d rest <<<"$res"
		ncases=$((ncases + 1)); ngroups=$((ngroups + n)); ndiff=$((ndiff + d))
		if [ "$d" = 0 ]; then
			printf '%-44s %-6s %6d groups, all equal\n' "$name" $plan "$n"
		else
			printf '%-44s %-6s %6d groups, %d DIFFER: %s\n' "$name" $plan "$n" "$d" "$(cut -c1-300 <<<"$rest")"
		fi
	done
done
$ch -q "DROP TABLE ca_chk_ev"
psql -X -q -c "SET client_min_messages = warning" -c "DROP SCHEMA chk CASCADE"
echo "$ncases comparisons (cases x plans), $ngroups groups compared, $ndiff differ, $nrefused cases refused by ClickHouse"
[ "$ndiff" = 0 ] && [ "$nrefused" = 0 ]

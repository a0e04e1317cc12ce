#!/bin/bash
# Differential check against a real ClickHouse: the same random event streams go into
# PostgreSQL (this extension) and ClickHouse, and every group's window_funnel, retention,
# sequence_match and sequence_count is compared with windowFunnel, retention,
# sequenceMatch and sequenceCount, under a hashed and a sorted plan.  Not part of CI (the
# project must not depend on ClickHouse); run it by hand:
#
#   bash .ci/harness clickhouse [GROUPS]                  # Debian's ClickHouse 18.16
#   CA_CHDB=npm bash .ci/harness clickhouse [GROUPS]      # current ClickHouse, from chDB
#
# The harness installs Debian's clickhouse-server and clickhouse-client if missing, starts
# the throwaway PostgreSQL cluster and runs this script there.  The script then starts its
# own throwaway ClickHouse server (a temporary folder, loopback, a free port; as the
# clickhouse OS user when run as root).  CA_CHDB instead uses chDB, ClickHouse as a library:
# the path of a libchdb.so, or "npm" to fetch the @chdb/lib-linux-x64-gnu package from the
# npm registry into /var/tmp/ca-chdb (about 180 MB; version CA_CHDB_VERSION, default
# 26.7.3-stable.1, the one chdb 3.4.0 uses: ClickHouse 26.7); test/clickhouse/chq.c, a
# small command-line client for it, is built with gcc.  CA_CLICKHOUSE names the client command
# of a server already running instead.
# GROUPS (default CA_CHK_GROUPS, else 20000) random groups of 1 to 14 events (data.sql).
# Prints one line per case and plan, and a last line "N comparisons ..., N differ, N
# cases refused by ClickHouse"; exits 1 when a group differs or ClickHouse refuses a case.
# CA_CLICKHOUSE=none runs only the PostgreSQL side, as .ci/harness test does so that the
# script cannot rot unseen: every case's query, under both plans, must give every group a
# result, and chq.c must compile; it prints one TAP line.
#
# Cases marked "current" need a current ClickHouse (20.1 and later) and are left out with
# ClickHouse 18.16, the version Debian 12 packages.  18.16 has windowFunnel's default mode
# only, no (?t==N), and differs from current releases on a row that matches several
# conditions (its windowFunnel adds such a row's conditions last step first, so one row
# never serves two consecutive steps; its retention keeps only a row's first true
# condition) and on events of equal time (it orders them by arrival).  This extension
# follows current releases.  With 18.16, funnels and retention are compared on conditions
# of which a row meets at most one (x1 .. x4) and on distinct times (chk.ev).
# Sequences are compared on distinct times only, with any ClickHouse (see below).
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

start_server() {
	# a throwaway server: its own folder, loopback only, a free port
	local server port
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
}

use_chdb() {
	local lib=$1 ver=${CA_CHDB_VERSION:-26.7.3-stable.1} dir
	if [ "$lib" = npm ]; then
		dir=/var/tmp/ca-chdb/$ver
		lib=$dir/package/libchdb.so
		if [ ! -f "$lib" ]; then
			mkdir -p "$dir"
			(cd "$dir" && npm pack --silent "@chdb/lib-linux-x64-gnu@$ver" >/dev/null && tar xzf chdb-lib-linux-x64-gnu-*.tgz && rm -f chdb-lib-linux-x64-gnu-*.tgz) ||
				{ echo "compare.sh: could not fetch @chdb/lib-linux-x64-gnu@$ver from the npm registry" >&2; exit 2; }
		fi
	fi
	[ -f "$lib" ] || { echo "compare.sh: $lib not found" >&2; exit 2; }
	gcc -O1 -Wall -Werror -o "$work/chq" "$here/chq.c" -L"$(dirname "$lib")" -lchdb -Wl,-rpath,"$(dirname "$lib")"
	mkdir -p "$work/chdb"
	ch="$work/chq --path $work/chdb"
}

if [ "${CA_CLICKHOUSE:-}" = none ]; then
	ch=""
elif [ -n "${CA_CLICKHOUSE:-}" ]; then
	ch=$CA_CLICKHOUSE
elif [ -n "${CA_CHDB:-}" ]; then
	use_chdb "$CA_CHDB"
else
	start_server
fi
current=yes
if [ -n "$ch" ]; then
	chv=$($ch -q 'SELECT version()')
	[ "${chv%%.*}" -ge 20 ] || current=""
	echo "ClickHouse $chv, PostgreSQL $(psql -X -At -c 'SHOW server_version')," \
		"customer_analytics $(psql -X -At -c "SELECT extversion FROM pg_extension WHERE extname = 'customer_analytics'"), $groups groups"
fi

psql -X -q -v ON_ERROR_STOP=1 -v groups="$groups" -f "$here/data.sql"
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE TABLE chk.ch (g int, r text)"
# ch_load NAME TABLE ORDER: ClickHouse table NAME gets the rows of chk.TABLE in ORDER
ch_load() {
	psql -X -q -v ON_ERROR_STOP=1 -c "\\copy (SELECT g, i, t, c1::int, c2::int, c3::int, c4::int, x1::int, x2::int, x3::int, x4::int FROM chk.$2 ORDER BY $3) TO '$work/$1.tsv'"
	$ch -q "DROP TABLE IF EXISTS $1"
	$ch -q "CREATE TABLE $1 (g UInt32, i UInt32, t UInt32, c1 UInt8, c2 UInt8, c3 UInt8, c4 UInt8, x1 UInt8, x2 UInt8, x3 UInt8, x4 UInt8) ENGINE = Log"
	$ch -q "INSERT INTO $1 FORMAT TabSeparated" < "$work/$1.tsv"
}
# a row's time in ClickHouse: data.sql's 2025-01-01 00:00 UTC plus t seconds
CH_TS="toDateTime(1735689600 + t)"
if [ -n "$ch" ]; then
	# rows in an order unrelated to time, as real tables are
	ch_load ca_chk_ev ev "hashint4(g * 7 + i)"
	ch_load ca_chk_tie tie "hashint4(g * 7 + i)"
fi

# cases: name | table | needs (any / current) | PostgreSQL expression | ClickHouse
# expression, both per group, as text
cases=()
add() { cases+=("$1|$2|$3|$4|$5"); }
for tab in ev tie; do
	for w in 0 1 2 3 5 8 13 1000000; do
		W="make_interval(secs => $w)"
		for m in '' strict_order strict_deduplication strict_increase 'strict_order, strict_deduplication' \
			'strict_order, strict_increase' 'strict_deduplication, strict_increase' \
			'strict_order, strict_deduplication, strict_increase' 'strict_order, allow_reentry'; do
			chm=""; [ -n "$m" ] && chm=", '${m//, /\', \'}'"
			pgm=""; [ -n "$m" ] && pgm=", '$m'"
			for v in x c; do
				need=current
				[ $tab = ev ] && [ $v = x ] && [ -z "$m" ] && need=any
				add "$tab funnel ${v}1..${v}4 w=$w ${m:-default}" $tab $need \
					"window_funnel($W, ts$pgm, ${v}1, ${v}2, ${v}3, ${v}4)::text" \
					"toString(windowFunnel($w$chm)(ts, ${v}1, ${v}2, ${v}3, ${v}4))"
			done
		done
		need=current; [ $tab = ev ] && need=any
		add "$tab funnel x2, x1, x3 w=$w" $tab $need \
			"window_funnel($W, ts, x2, x1, x3)::text" "toString(windowFunnel($w)(ts, x2, x1, x3))"
		add "$tab funnel x1, x2, x1, x2 w=$w" $tab $need \
			"window_funnel($W, ts, x1, x2, x1, x2)::text" "toString(windowFunnel($w)(ts, x1, x2, x1, x2))"
		add "$tab funnel names '1'..'4' w=$w" $tab $need \
			"window_funnel($W, ts, e::text, ARRAY['1', '2', '3', '4'])::text" "toString(windowFunnel($w)(ts, x1, x2, x3, x4))"
		add "$tab funnel c1, c2, c1, c2 w=$w" $tab current \
			"window_funnel($W, ts, c1, c2, c1, c2)::text" "toString(windowFunnel($w)(ts, c1, c2, c1, c2))"
	done
	need=current; [ $tab = ev ] && need=any
	add "$tab funnel x3 w=5" $tab $need "window_funnel('5 seconds', ts, x3)::text" "toString(windowFunnel(5)(ts, x3))"
	add "$tab funnel 8 steps w=20" $tab $need \
		"window_funnel('20 seconds', ts, x1, x2, x3, x4, x1, x2, x3, x4)::text" \
		"toString(windowFunnel(20)(ts, x1, x2, x3, x4, x1, x2, x3, x4))"
	for v in x c; do
		need=current; [ $v = x ] && need=any
		add "$tab retention ${v}1..${v}4" $tab $need "array_to_string(retention(${v}1, ${v}2, ${v}3, ${v}4), ',')" \
			"arrayStringConcat(arrayMap(x -> toString(x), retention(${v}1, ${v}2, ${v}3, ${v}4)), ',')"
		add "$tab retention ${v}3, ${v}1" $tab $need "array_to_string(retention(${v}3, ${v}1), ',')" \
			"arrayStringConcat(arrayMap(x -> toString(x), retention(${v}3, ${v}1)), ',')"
	done
	# sequences on distinct times only: ClickHouse orders events of equal time as the rows
	# arrive (the same rows in another order give other sequenceCount results, in 26.7 too),
	# where this extension orders them by condition bitmask
	[ $tab = tie ] && continue
	for p in '(?1)(?2)' '(?1).*(?2)' '(?1)(?2)(?3)' '(?1).(?2)' '(?1)..(?3)' '(?2)(?1)' \
		'(?1)(?1)' '(?1).*(?1).*(?1)' '.(?1)' '(?1).' '(?3).*' '.*(?2)' '(?4).*(?3).*(?2).*(?1)' \
		'(?1)(?t<=3)(?2)' '(?1)(?t<3)(?2)' '(?1)(?t>=4)(?2)' '(?1)(?t>4)(?2)' '(?1)(?t==3)(?2)' \
		'(?1)(?t<=5)(?2)(?t<=5)(?3)' '(?1).*(?t>2)(?2)' '(?4)(?t<=10)(?4)' '(?1)(?2).*(?3)(?t>1)(?4)' \
		'(?1)(?t>=0)(?2)' '(?2)(?t<=1)(?3)(?t<=1)(?4)' '(?1).(?t<=6)(?2)' '(?1)(?t<=0)(?1)' \
		'' '.*' '.' '.*.*(?2)' '..' '(?1).*.*(?2)(?t<=2)(?3)'; do
		need=any
		[[ "$p" == *'=='* ]] && need=current
		for v in c x; do
			add "$tab match $p on $v" $tab $need "sequence_match('$p', ts, ${v}1, ${v}2, ${v}3, ${v}4)::int::text" \
				"toString(sequenceMatch('$p')(ts, ${v}1, ${v}2, ${v}3, ${v}4))"
			add "$tab count $p on $v" $tab $need "sequence_count('$p', ts, ${v}1, ${v}2, ${v}3, ${v}4)::text" \
				"toString(sequenceCount('$p')(ts, ${v}1, ${v}2, ${v}3, ${v}4))"
		done
	done
done

plan_sql() {
	[ "$1" = hashed ] && echo "SET enable_sort = off; SET enable_hashagg = on" ||
		echo "SET enable_sort = on; SET enable_hashagg = off"
}

if [ -z "$ch" ]; then
	# PostgreSQL side only: one script, one line per case and plan
	for c in "${cases[@]}"; do
		IFS='|' read -r name tab need pg chx <<<"$c"
		for plan in hashed sorted; do
			printf "%s;\nSELECT '%s', count(*), count(r) FROM (SELECT g, %s AS r FROM chk.%s GROUP BY g) s;\n" \
				"$(plan_sql $plan)" "$plan ${name//\'/\'\'}" "$pg" "$tab"
		done
	done > "$work/pg.sql"
	bad=$(psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 -f "$work/pg.sql" 2>&1 |
		awk -v g="$groups" '{ n = $(NF - 1); r = $NF; $(NF - 1) = ""; $NF = ""; k++ } n != g || r != g { print } END { if (k != '$((${#cases[@]} * 2))') print "only " k " results" }') || bad="psql failed"
	psql -X -q -c "SET client_min_messages = warning" -c "DROP SCHEMA chk CASCADE"
	gcc -fsyntax-only -Wall -Werror "$here/chq.c" > "$work/cc.log" 2>&1 || bad="$bad chq.c does not compile: $(head -c 200 "$work/cc.log")"
	if [ -z "$bad" ]; then
		echo "ok 1 - the ClickHouse comparison's ${#cases[@]} cases run in PostgreSQL under both plans, a result for each of $groups groups; chq.c compiles"
	else
		echo "not ok 1 - the ClickHouse comparison's PostgreSQL side: $(tr -s ' \n' ' ;' <<<"$bad" | head -c 400)"
	fi
	exit 0
fi

ncases=0; ngroups=0; ndiff=0; nrefused=0; nleft=0
for c in "${cases[@]}"; do
	IFS='|' read -r name tab need pg chx <<<"$c"
	if [ "$need" = current ] && [ -z "$current" ]; then
		nleft=$((nleft + 1))
		continue
	fi
	if ! $ch -q "SELECT g, $chx FROM (SELECT g, c1, c2, c3, c4, x1, x2, x3, x4, $CH_TS AS ts FROM ca_chk_$tab) GROUP BY g FORMAT TabSeparated" > "$work/ch.tsv" 2> "$work/ch.err"; then
		printf '%-52s ClickHouse refused it: %s\n' "$name" "$(head -c 160 "$work/ch.err" | tr '\n' ' ')"
		nrefused=$((nrefused + 1))
		continue
	fi
	psql -X -q -v ON_ERROR_STOP=1 -c "TRUNCATE chk.ch" -c "\\copy chk.ch (g, r) FROM '$work/ch.tsv'"
	# both plans: hashed (the planner's choice here; groups keep their events in one log)
	# and sorted (each group's events in its own state; parallel at 100,000 groups)
	for plan in hashed sorted; do
		res=$(psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 <<SQL
$(plan_sql $plan);
WITH pg AS (SELECT g, $pg AS r FROM chk.$tab GROUP BY g)
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
			printf '%-52s %-6s %6d groups, all equal\n' "$name" $plan "$n"
		else
			printf '%-52s %-6s %6d groups, %d DIFFER: %s\n' "$name" $plan "$n" "$d" "$(cut -c1-300 <<<"$rest")"
		fi
	done
done
if [ -n "$current" ]; then
	# why sequences are not compared on equal times: ClickHouse's own answer depends on
	# the order the rows arrive in (informational, not counted)
	ch_load ca_chk_tie2 tie "hashint4(g * 13 + i * 5)"
	q="SELECT g, sequenceCount('(?1)(?2)')($CH_TS, c1, c2, c3, c4) FROM %s GROUP BY g ORDER BY g FORMAT TabSeparated"
	# shellcheck disable=SC2059
	$ch -q "$(printf "$q" ca_chk_tie)" > "$work/tie1.out"
	# shellcheck disable=SC2059
	$ch -q "$(printf "$q" ca_chk_tie2)" > "$work/tie2.out"
	nchg=$(diff "$work/tie1.out" "$work/tie2.out" | grep -c '^<' || true)
	echo "equal times: ClickHouse's sequenceCount('(?1)(?2)') changes for $nchg of $groups groups when the same rows arrive in another order"
	$ch -q "DROP TABLE ca_chk_tie2"
fi
$ch -q "DROP TABLE ca_chk_ev"
$ch -q "DROP TABLE ca_chk_tie"
psql -X -q -c "SET client_min_messages = warning" -c "DROP SCHEMA chk CASCADE"
echo "$ncases comparisons (cases x plans), $ngroups groups compared, $ndiff differ, $nrefused cases refused by ClickHouse$([ "$nleft" = 0 ] || echo ", $nleft cases left out (they need a current ClickHouse)")"
[ "$ndiff" = 0 ] && [ "$nrefused" = 0 ]

-- cohort_retention: properties against an independent plain-SQL oracle
-- (date_trunc + min) in several time zones (DST, half-hour DST, DST at
-- midnight), every unit, rows in random, ascending and descending order;
-- the timestamp overload; parallel plans; every error path.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(62);

SELECT setseed(0.1357);
-- 400 users, 1-14 rows each, over 2.5 years; a third of the rows on whole
-- hours, some one microsecond before one (local midnights and period
-- boundaries in every whole-hour zone), stored in random order
CREATE TEMP TABLE cr AS
SELECT uid, ts FROM (
  SELECT u AS uid,
         timestamptz '2022-06-01 00:00:00+00'
           + floor(random() * 400)::int * interval '1 day'            -- the user's start
           + (power(random(), 2) * 500)::int * interval '1 day'         -- long-tailed return
           + CASE WHEN random() < 0.35 THEN floor(random() * 24) * interval '1 hour'
                  WHEN random() < 0.5 THEN floor(random() * 24) * interval '1 hour' - interval '1 microsecond'
                  ELSE random() * interval '1 day' END AS ts
  FROM generate_series(1, 400) u, LATERAL generate_series(1, 1 + (u * 7919) % 14) g
) s ORDER BY random();
-- a few NULL timestamps: skipped
INSERT INTO cr SELECT u, NULL FROM generate_series(1, 400, 37) u;
-- one user with only NULL rows: no cohort at all
INSERT INTO cr VALUES (9999, NULL);

SELECT ok((SELECT count(DISTINCT uid) = 401 AND count(*) > 2500 FROM cr), '401 users, over 2500 rows');

-- The oracle: cohort = min(date_trunc(unit, ts)); retained[k+1] = the user has a row
-- whose date_trunc(unit, ts) is date_trunc(unit, cohort + k units).
CREATE FUNCTION pg_temp.cohort_mismatches(z text, u text, n int, ord text) RETURNS bigint
LANGUAGE plpgsql AS $f$
DECLARE
  step interval := CASE u WHEN 'day' THEN '1 day' WHEN 'week' THEN '7 days' WHEN 'month' THEN '1 month'
                          WHEN 'quarter' THEN '3 months' ELSE '1 year' END;
  r bigint;
BEGIN
  PERFORM set_config('TimeZone', z, true);
  EXECUTE format($q$
    WITH got AS (
      SELECT uid, (c).cohort, (c).retained
      FROM (SELECT uid, cohort_retention(ts, %1$L, %2$s %3$s) AS c FROM cr GROUP BY uid) s),
    f AS (SELECT uid, min(date_trunc(%1$L, ts)) AS cohort FROM cr WHERE ts IS NOT NULL GROUP BY uid),
    a AS (SELECT DISTINCT uid, date_trunc(%1$L, ts) AS p FROM cr WHERE ts IS NOT NULL),
    want AS (
      SELECT f.uid, f.cohort,
             array_agg((a.uid IS NOT NULL)::int::smallint ORDER BY k) AS retained
      FROM f CROSS JOIN generate_series(0, %2$s - 1) k
      LEFT JOIN a ON a.uid = f.uid AND a.p = date_trunc(%1$L, f.cohort + k * %4$L::interval)
      GROUP BY f.uid, f.cohort
      UNION ALL SELECT 9999, NULL, NULL)
    SELECT count(*) FROM ((SELECT * FROM got EXCEPT SELECT * FROM want)
                          UNION ALL (SELECT * FROM want EXCEPT SELECT * FROM got)) x
  $q$, u, n, ord, step) INTO r;
  RETURN r;
END $f$;

-- every zone x unit, rows in table (random) order
SELECT is(pg_temp.cohort_mismatches(z, u, n, ''), 0::bigint,
          format('cohort_retention(ts, %L, %s) equals the oracle in %s', u, n, z))
FROM (VALUES ('UTC'), ('Europe/Berlin'), ('America/New_York'), ('Australia/Lord_Howe'),
             ('America/Santiago'), ('Asia/Kathmandu')) zz(z),
     (VALUES ('day', 70), ('week', 9), ('month', 13), ('quarter', 5), ('year', 3)) uu(u, n)
ORDER BY z, u;

-- rows arriving in ascending and descending time order (every row moves the base)
SELECT is(pg_temp.cohort_mismatches(z, u, n, o), 0::bigint,
          format('cohort_retention(ts, %L, %s %s) equals the oracle in %s', u, n, o, z))
FROM (VALUES ('Europe/Berlin', 'day', 130, 'ORDER BY ts'), ('Europe/Berlin', 'day', 130, 'ORDER BY ts DESC'),
             ('America/Santiago', 'week', 64, 'ORDER BY ts DESC'), ('Australia/Lord_Howe', 'month', 30, 'ORDER BY ts DESC'),
             ('UTC', 'day', 1, 'ORDER BY ts DESC'), ('UTC', 'month', 1024, 'ORDER BY ts DESC'),
             ('America/New_York', 'quarter', 11, 'ORDER BY ts')) v(z, u, n, o);

-- the brief definition: where date_trunc is monotone, the cohort is date_trunc(unit, min(ts))
SET LOCAL TimeZone = 'America/New_York';
SELECT is_empty($$
  SELECT uid FROM cr WHERE ts IS NOT NULL GROUP BY uid
  HAVING (cohort_retention(ts, 'week', 2)).cohort <> date_trunc('week', min(ts))
      OR (cohort_retention(ts, 'month', 2)).cohort <> date_trunc('month', min(ts))
$$, 'the cohort is date_trunc(unit, min(ts))');

SELECT ok((SELECT count(DISTINCT (c).retained) >= 20 AND bool_and((c).retained[1] = 1)
           FROM (SELECT cohort_retention(ts, 'week', 9) AS c FROM cr WHERE uid <> 9999 GROUP BY uid) s),
          'the users cover many retention patterns and retained[1] is always 1');

-- the timestamp overload: the same answer as the timestamptz one read in UTC
SET LOCAL TimeZone = 'UTC';
SELECT is_empty($q$
  (SELECT uid, (c).cohort, (c).retained FROM (SELECT uid, cohort_retention(ts::timestamp, u, 15) AS c FROM cr, (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) uu(u) GROUP BY uid, u) s
   EXCEPT
   SELECT uid, (c).cohort::timestamp, (c).retained FROM (SELECT uid, cohort_retention(ts, u, 15) AS c FROM cr, (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) uu(u) GROUP BY uid, u) s)
$q$, 'cohort_retention(timestamp) equals cohort_retention(timestamptz) in UTC, every unit');
SET LOCAL TimeZone = 'Asia/Kathmandu';
SELECT is_empty($q$
  (SELECT uid, (c).cohort, (c).retained FROM (SELECT uid, cohort_retention(ts::timestamp, 'month', 7) AS c FROM cr GROUP BY uid) s
   EXCEPT
   SELECT uid, (c).cohort::timestamp, (c).retained FROM (SELECT uid, cohort_retention(ts, 'month', 7) AS c FROM cr GROUP BY uid) s)
$q$, 'cohort_retention(ts::timestamp) is the local-time answer in Asia/Kathmandu');
SELECT is((SELECT cohort_retention(t, 'year', 2)
           FROM (VALUES (timestamp '2023-12-31 23:59:59.999999'), ('2023-01-01 00:00')) v(t)),
          ROW(timestamp '2023-01-01', '{1,0}'::smallint[])::cohort_retention_local,
          'timestamp: the last microsecond of a year is in that year');

-- unit spellings are date_trunc's, case-insensitive
SELECT is((SELECT array_agg(DISTINCT r::text)
           FROM (SELECT (cohort_retention(t, u, 2)).retained AS r
                 FROM (VALUES ('MONTH'), ('months'), ('mon'), ('Mons')) uu(u),
                      (VALUES (timestamp '2024-01-31'), ('2024-02-01')) v(t) GROUP BY u) s),
          ARRAY['{1,1}'], 'unit spellings: MONTH, months, mon, Mons');

-- the matrix shape: retention_sum per cohort equals counting users
SET LOCAL TimeZone = 'Europe/Berlin';
SELECT is_empty($$
  (SELECT (c).cohort, retention_sum((c).retained) AS s
   FROM (SELECT cohort_retention(ts, 'month', 4) AS c FROM cr GROUP BY uid) s WHERE c IS NOT NULL GROUP BY 1
   EXCEPT
   SELECT cohort, ARRAY[count(*) FILTER (WHERE r[1] = 1), count(*) FILTER (WHERE r[2] = 1),
                        count(*) FILTER (WHERE r[3] = 1), count(*) FILTER (WHERE r[4] = 1)]
   FROM (SELECT (c).cohort, (c).retained AS r FROM (SELECT cohort_retention(ts, 'month', 4) AS c FROM cr GROUP BY uid) s) t
   WHERE cohort IS NOT NULL GROUP BY cohort)
$$, 'retention_sum of the retained arrays gives the cohort matrix');

-- NULLs and empty input
SELECT is((SELECT cohort_retention(ts, 'day', 3) FROM cr WHERE false), NULL::cohort_retention,
          'no rows: NULL');
SELECT is((SELECT cohort_retention(NULL::timestamptz, 'day', 3) FROM generate_series(1, 3)), NULL::cohort_retention,
          'only NULL timestamps: NULL');

-- parallel plans on a regular table: equal to the serial run
SET LOCAL TimeZone = 'America/New_York';
CREATE TABLE cr_par AS SELECT (uid % 50) AS g, uid, ts FROM cr, generate_series(1, 20) rep;
ANALYZE cr_par;
\ir include/plan.sql
CREATE TEMP TABLE serial_g AS SELECT g, cohort_retention(ts, 'week', 70) AS c FROM cr_par GROUP BY g;
CREATE TEMP TABLE serial_all AS SELECT cohort_retention(ts, 'day', 200) AS c FROM cr_par;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT matches(pg_temp.explain_text($$SELECT g, cohort_retention(ts, 'week', 70) FROM cr_par GROUP BY g$$),
               'Partial (Hash|Group)?Aggregate', 'grouped cohort_retention gets a partial-aggregate parallel plan');
SELECT is_empty($$
  (SELECT g, cohort_retention(ts, 'week', 70) FROM cr_par GROUP BY g EXCEPT SELECT * FROM serial_g)
  UNION ALL
  (SELECT * FROM serial_g EXCEPT SELECT g, cohort_retention(ts, 'week', 70) FROM cr_par GROUP BY g)
$$, 'parallel grouped cohort_retention equals the serial run');
SELECT matches(pg_temp.explain_text($$SELECT cohort_retention(ts, 'day', 200) FROM cr_par$$),
               'Partial Aggregate', 'ungrouped cohort_retention gets a partial-aggregate parallel plan');
SELECT is((SELECT cohort_retention(ts, 'day', 200) FROM cr_par), (SELECT c FROM serial_all),
          'parallel ungrouped cohort_retention equals the serial run');
RESET max_parallel_workers_per_gather;

-- errors
SELECT throws_ok($$SELECT cohort_retention(ts, 'fortnight', 3) FROM cr$$,
                 '22023', 'cohort_retention unit "fortnight" not recognized', 'unknown unit');
SELECT throws_ok($$SELECT cohort_retention(ts, 'hour', 3) FROM cr$$,
                 '22023', 'cohort_retention unit "hour" is not supported', 'a unit below a day');
SELECT throws_ok($$SELECT cohort_retention(ts, 'decade', 3) FROM cr$$,
                 '22023', 'cohort_retention unit "decade" is not supported', 'a unit above a year');
SELECT throws_ok($$SELECT cohort_retention(ts, NULL, 3) FROM cr$$,
                 '22023', 'cohort_retention unit must not be NULL', 'NULL unit');
SELECT throws_ok($$SELECT cohort_retention(ts, 'day', NULL) FROM cr$$,
                 '22023', 'cohort_retention periods must not be NULL', 'NULL periods');
SELECT throws_ok($$SELECT cohort_retention(ts, 'day', 0) FROM cr$$,
                 '22023', 'cohort_retention periods must be at least 1', 'zero periods');
SELECT throws_ok($$SELECT cohort_retention(ts, 'day', 1025) FROM cr$$,
                 '54000', 'cohort_retention periods must be at most 1024', 'too many periods');
SELECT throws_ok($$SELECT cohort_retention(ts, CASE WHEN uid % 2 = 0 THEN 'day' ELSE 'week' END, 3) FROM cr$$,
                 '22023', 'cohort_retention unit and periods must be the same in every row of a group', 'unit changing within a group');
SELECT throws_ok($$SELECT cohort_retention(ts, 'day', 3 + uid % 2) FROM cr$$,
                 '22023', 'cohort_retention unit and periods must be the same in every row of a group', 'periods changing within a group');
SELECT throws_ok($$SELECT cohort_retention(t, 'day', 3) FROM (VALUES (now()), ('infinity')) v(t)$$,
                 '22008', 'cohort_retention ts must be a finite timestamp', 'infinite timestamptz');
SELECT throws_ok($$SELECT cohort_retention(t, 'day', 3) FROM (VALUES (timestamp '-infinity')) v(t)$$,
                 '22008', 'cohort_retention ts must be a finite timestamp', 'infinite timestamp');

SELECT * FROM finish();
ROLLBACK;

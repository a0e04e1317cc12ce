-- retention / retention_sum / retention_rates: properties against plain SQL,
-- parallel plans, every error path.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(20);

SELECT setseed(0.4242);
-- 3000 users, 1-15 rows each, 5 conditions with NULLs; some users never meet cond1
CREATE TEMP TABLE rt AS
SELECT u AS uid,
       CASE WHEN r < 0.05 THEN NULL ELSE random() < 0.25 + (u % 3) * 0.2 END AS c1,
       CASE WHEN random() < 0.05 THEN NULL ELSE random() < 0.3 END AS c2,
       CASE WHEN random() < 0.05 THEN NULL ELSE random() < 0.2 END AS c3,
       random() < 0.1 AS c4,
       CASE WHEN random() < 0.5 THEN NULL ELSE random() < 0.5 END AS c5
FROM generate_series(1, 3000) u, LATERAL (SELECT random() AS r, g FROM generate_series(1, 1 + (u * 7919) % 15) g) s;

SELECT ok((SELECT count(DISTINCT uid) = 3000 AND count(*) > 20000 FROM rt), '3000 random users, over 20000 rows');

-- the oracle: bool_or per condition, element k = cond1 AND cond k
CREATE TEMP VIEW rt_oracle AS
SELECT uid, ARRAY[(coalesce(bool_or(c1), false))::int,
                  (coalesce(bool_or(c1), false) AND coalesce(bool_or(c2), false))::int,
                  (coalesce(bool_or(c1), false) AND coalesce(bool_or(c3), false))::int,
                  (coalesce(bool_or(c1), false) AND coalesce(bool_or(c4), false))::int,
                  (coalesce(bool_or(c1), false) AND coalesce(bool_or(c5), false))::int]::smallint[] AS r
FROM rt GROUP BY uid;

SELECT is_empty($$
  (SELECT uid, retention(c1, c2, c3, c4, c5) FROM rt GROUP BY uid
   EXCEPT SELECT uid, r FROM rt_oracle)
  UNION ALL
  (SELECT uid, r FROM rt_oracle
   EXCEPT SELECT uid, retention(c1, c2, c3, c4, c5) FROM rt GROUP BY uid)
$$, 'retention equals the bool_or oracle on 3000 random users');

SELECT ok((SELECT count(DISTINCT r) >= 8 FROM rt_oracle), 'the random users cover many different retention arrays');

SELECT is(
  (SELECT retention_sum(r) FROM (SELECT retention(c1, c2, c3, c4, c5) AS r FROM rt GROUP BY uid) s),
  (SELECT ARRAY[sum(r[1]), sum(r[2]), sum(r[3]), sum(r[4]), sum(r[5])]::bigint[] FROM rt_oracle),
  'retention_sum equals element-wise sum()');

SELECT is(
  (SELECT retention_rates(retention_sum(r)) FROM rt_oracle),
  (SELECT ARRAY[1.0, sum(r[2])::float8 / sum(r[1]), sum(r[3])::float8 / sum(r[1]),
                sum(r[4])::float8 / sum(r[1]), sum(r[5])::float8 / sum(r[1])]::float8[] FROM rt_oracle),
  'retention_rates divides by the cohort size');

-- cohort matrix in one query: per cohort (uid % 4) sums match the oracle
SELECT is_empty($$
  (SELECT uid % 4 AS cohort, retention_sum(r) FROM (SELECT uid, retention(c1, c2, c3, c4, c5) AS r FROM rt GROUP BY uid) s GROUP BY 1
   EXCEPT
   SELECT uid % 4, ARRAY[sum(r[1]), sum(r[2]), sum(r[3]), sum(r[4]), sum(r[5])]::bigint[] FROM rt_oracle GROUP BY 1)
$$, 'retention_sum per cohort equals the oracle');

\ir include/plan.sql
-- fixed-arity forms: separate boolean arguments (1 to 8) resolve to the non-VARIADIC
-- overloads, which the oracle tests above ran through; tie them to the VARIADIC form
CREATE FUNCTION pg_temp.ret_arity_diffs(n int) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE conds text; r bigint;
BEGIN
  SELECT string_agg(CASE WHEN k <= 5 THEN 'c' || k ELSE format('(uid * %s) %% 5 = 0', k) END, ', ' ORDER BY k)
    INTO conds FROM generate_series(1, n) k;
  EXECUTE format($f$
    SELECT count(*) FROM (SELECT uid, retention(%1$s) AS a, retention(VARIADIC ARRAY[%1$s]) AS b FROM rt GROUP BY uid) x
    WHERE a IS DISTINCT FROM b$f$, conds) INTO r;
  RETURN r;
END $$;
SELECT is((SELECT sum(pg_temp.ret_arity_diffs(n)) FROM generate_series(1, 8) n), 0::numeric,
          'fixed-arity retention, 1 to 8 conditions: equals the VARIADIC form on 3000 random users');
SELECT is((SELECT count(*) FROM generate_series(1, 8) n
           WHERE pg_temp.explain_text(format('SELECT retention(%s) FROM rt',
                                             (SELECT string_agg('c1', ', ') FROM generate_series(1, n))), 'VERBOSE')
                 ~ 'VARIADIC'), 0::bigint,
          'separate boolean arguments, 1 to 8 conditions, resolve to the fixed-arity retention forms (no array per row)');
SELECT matches(pg_temp.explain_text(format('SELECT retention(%s) FROM rt',
                                           (SELECT string_agg('c1', ', ') FROM generate_series(1, 9))), 'VERBOSE'),
               'VARIADIC', 'nine or more retention conditions resolve to the VARIADIC form');

-- parallel plans: a regular table so workers can scan it
CREATE TABLE rt_par AS SELECT uid % 97 AS g, * FROM rt;
ANALYZE rt_par;
CREATE TEMP TABLE serial_r AS SELECT g, retention(c1, c2, c3, c4, c5) AS r FROM rt_par GROUP BY g;
CREATE TEMP TABLE serial_total AS SELECT retention(c1, c2, c3, c4, c5) AS r, retention_sum(ARRAY[c1::int, c2::int]::smallint[]) AS s FROM rt_par WHERE c1 IS NOT NULL AND c2 IS NOT NULL;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT matches(pg_temp.explain_text('SELECT g, retention(c1, c2, c3, c4, c5) FROM rt_par GROUP BY g'),
               'Partial (Hash|Group)?Aggregate', 'grouped retention gets a partial-aggregate parallel plan');
SELECT is_empty($$
  (SELECT g, retention(c1, c2, c3, c4, c5) FROM rt_par GROUP BY g EXCEPT SELECT * FROM serial_r)
  UNION ALL
  (SELECT * FROM serial_r EXCEPT SELECT g, retention(c1, c2, c3, c4, c5) FROM rt_par GROUP BY g)
$$, 'parallel grouped retention equals the serial run');
SELECT matches(pg_temp.explain_text('SELECT retention(c1, c2), retention_sum(ARRAY[c1::int]::smallint[]) FROM rt_par'),
               'Partial Aggregate', 'ungrouped retention and retention_sum get a partial-aggregate parallel plan');
SELECT results_eq(
  $$SELECT retention(c1, c2, c3, c4, c5) AS r, retention_sum(ARRAY[c1::int, c2::int]::smallint[]) AS s FROM rt_par WHERE c1 IS NOT NULL AND c2 IS NOT NULL$$,
  $$SELECT r, s FROM serial_total$$,
  'parallel ungrouped retention and retention_sum equal the serial run');
RESET max_parallel_workers_per_gather;

-- errors
SELECT throws_ok($$SELECT retention(VARIADIC array_fill(true, ARRAY[33]))$$, '54000',
                 'retention accepts at most 32 conditions', 'more than 32 conditions: 54000');
SELECT throws_ok($$SELECT retention(VARIADIC ARRAY[]::bool[])$$, '22023',
                 'retention needs at least one condition', 'no conditions: 22023');
SELECT throws_ok($$SELECT retention(VARIADIC c) FROM (VALUES (ARRAY[true, false]), (ARRAY[true])) v(c)$$, '22023',
                 'number of retention conditions must be the same in every row of a group', 'varying condition count: 22023');
SELECT throws_ok($$SELECT retention(VARIADIC ARRAY[[true], [false]])$$, '22023',
                 'retention conditions must be a one-dimensional array', 'two-dimensional conditions: 22023');
SELECT throws_ok($$SELECT retention_sum(r) FROM (VALUES ('{1,0}'::smallint[]), ('{1}')) v(r)$$, '22023',
                 'retention arrays must all have the same length', 'retention_sum of different lengths: 22023');
SELECT throws_ok($$SELECT retention_sum(r) FROM (VALUES ('{1,NULL}'::smallint[])) v(r)$$, '22023',
                 'retention array must not contain nulls', 'retention_sum with a NULL element: 22023');
SELECT throws_ok($$SELECT retention_rates('{-2,1}')$$, '22023',
                 'retention counts must not be negative', 'retention_rates of a negative cohort: 22023');

SELECT * FROM finish();
ROLLBACK;

-- churn: churn_signals / activity_drop / churn_flag against independent
-- plain-SQL oracles, parallel plans, and every error path with its SQLSTATE.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(72);

SET LOCAL TimeZone = 'UTC';

-- ------------------------------------------------------------------ data
-- ~2,000 customers with 1..12 orders each (customer % 13 = 0: none), order
-- days over 2023-01-01 .. 2024-02-24 (as_of 2024-02-01, so some orders are
-- later), half at midnight (same-day ties), 1% NULL ts or amount, 3% zero
-- amounts, customers with % 50 = 7 ordering everything at one instant.
CREATE TABLE churn_tap_orders (customer int, ts timestamptz, amount numeric);
SELECT setseed(0.4242);
INSERT INTO churn_tap_orders
SELECT c,
       CASE WHEN random() < 0.01 THEN NULL
            WHEN c % 50 = 7 THEN timestamptz '2023-06-01 12:00+00'
            ELSE timestamptz '2023-01-01 00:00+00' + floor(random() * 420) * interval '1 day'
                 + CASE WHEN random() < 0.5 THEN interval '0' ELSE random() * interval '1 day' END
       END,
       CASE WHEN random() < 0.01 THEN NULL
            WHEN random() < 0.03 THEN 0
            ELSE round((random() * 300)::numeric, 2)
       END
FROM generate_series(1, 2100) AS c, generate_series(1, c % 13) AS i;
-- constructed exact-threshold customers: ratio exactly 2, change exactly -30%
INSERT INTO churn_tap_orders VALUES
  (3001, '2024-01-02 00:00+00', 99.90), (3001, '2024-01-12 00:00+00', 99.91),
  (3001, '2024-01-22 00:00+00', 69.92), (3001, '2024-01-22 00:00+00', 69.94),
  (3001, '2024-01-22 00:00+00', 69.93), (3001, '2024-01-02 00:00+00', 99.89),
  (3002, '2024-01-02 00:00+00', 10), (3002, '2024-01-12 00:00+00', 10), (3002, '2024-01-22 00:00+00', 7);
ANALYZE churn_tap_orders;

-- The oracle: window functions over each history (lag for the gaps,
-- row_number for the recent orders), exact numeric arithmetic.
CREATE FUNCTION churn_tap_oracle(as_of timestamptz, gf float8, ad float8, r int)
RETURNS TABLE (customer int, orders bigint, last_order timestamptz, days_since_last float8,
               mean_gap_days float8, gap_ratio float8, aov_history float8, aov_recent float8,
               aov_change float8, overdue boolean, aov_dropped boolean, churn_risk text)
LANGUAGE sql STABLE AS $$
WITH cust AS (
  SELECT DISTINCT customer FROM churn_tap_orders
), o AS (
  SELECT customer, ts, amount,
         row_number() OVER (PARTITION BY customer ORDER BY ts DESC, amount DESC) AS rn_desc,
         lag(ts) OVER (PARTITION BY customer ORDER BY ts, amount) AS prev_ts
  FROM churn_tap_orders
  WHERE ts IS NOT NULL AND amount IS NOT NULL AND ts <= as_of
), g AS (
  SELECT customer, count(*) AS n, max(ts) AS last_ts,
         extract(epoch FROM as_of - max(ts)) AS since_s,
         coalesce(sum(extract(epoch FROM ts - prev_ts)), 0) AS span_s,
         sum(amount) FILTER (WHERE rn_desc <= r) AS sr, count(*) FILTER (WHERE rn_desc <= r) AS k,
         sum(amount) FILTER (WHERE rn_desc > r) AS sh, count(*) FILTER (WHERE rn_desc > r) AS m
  FROM o GROUP BY customer
), x AS (
  SELECT c.customer, coalesce(g.n, 0) AS n, g.last_ts, g.since_s / 86400 AS days_since,
         CASE WHEN g.n >= 2 THEN g.span_s / (g.n - 1) / 86400 END AS mean_gap,
         CASE WHEN g.n >= 2 AND g.span_s > 0 THEN g.since_s * (g.n - 1) / g.span_s END AS ratio,
         CASE WHEN g.m > 0 THEN g.sh / g.m END AS aov_h,
         g.sr / g.k AS aov_r,
         CASE WHEN g.m > 0 AND g.sh > 0 THEN (g.sr * g.m - g.sh * g.k) / (g.sh * g.k) END AS chg
  FROM cust c LEFT JOIN g USING (customer)
), f AS (
  SELECT x.*, coalesce(ratio >= gf::numeric, false) AS od, coalesce(chg <= -ad::numeric, false) AS dr
  FROM x
)
SELECT customer, n, last_ts, days_since::float8, mean_gap::float8, ratio::float8, aov_h::float8,
       aov_r::float8, chg::float8, od, dr,
       CASE WHEN od AND dr THEN 'high' WHEN od OR dr THEN 'medium'
            WHEN ratio >= 1 THEN 'low' ELSE 'none' END
FROM f
$$;

CREATE FUNCTION churn_tap_close(a float8, b float8) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT (a IS NULL AND b IS NULL)
      OR (a IS NOT NULL AND b IS NOT NULL AND abs(a - b) <= 1e-9 * greatest(abs(a), abs(b), 1e-300))
$$;

-- rows where the aggregate and the oracle disagree on any field
CREATE FUNCTION churn_tap_mismatch(ext_sql text, as_of timestamptz, gf float8, ad float8, r int)
RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format($q$
    WITH e AS (%s), o AS (SELECT * FROM churn_tap_oracle(%L, %s, %s, %s))
    SELECT format('customer %%s: ext %%s oracle %%s', coalesce(o.customer, e.customer), e.s, row(o.*))
    FROM o FULL JOIN e ON e.customer = o.customer
    WHERE e.customer IS NULL OR o.customer IS NULL
       OR (e.s).orders IS DISTINCT FROM o.orders
       OR (e.s).last_order IS DISTINCT FROM o.last_order
       OR NOT churn_tap_close((e.s).days_since_last, o.days_since_last)
       OR NOT churn_tap_close((e.s).mean_gap_days, o.mean_gap_days)
       OR NOT churn_tap_close((e.s).gap_ratio, o.gap_ratio)
       OR NOT churn_tap_close((e.s).aov_history, o.aov_history)
       OR NOT churn_tap_close((e.s).aov_recent, o.aov_recent)
       OR NOT churn_tap_close((e.s).aov_change, o.aov_change)
       OR (e.s).overdue IS DISTINCT FROM o.overdue
       OR (e.s).aov_dropped IS DISTINCT FROM o.aov_dropped
       OR (e.s).churn_risk IS DISTINCT FROM o.churn_risk
    ORDER BY 1 LIMIT 20 $q$, ext_sql, as_of, gf, ad, r);
END $$;

-- ------------------------------------------------------------------ churn_signals vs oracle
SELECT cmp_ok((SELECT count(DISTINCT customer)::int FROM churn_tap_orders), '>=', 1900,
              'about 2,000 generated customers');

SELECT is_empty($$ SELECT * FROM churn_tap_mismatch(
    $x$ SELECT customer, churn_signals(ts, amount, '2024-02-01 00:00+00') AS s
        FROM churn_tap_orders GROUP BY customer $x$, '2024-02-01 00:00+00', 2, 0.3, 3) $$,
  'churn_signals (3-argument form, defaults) equals the window-function oracle on every field');

SELECT is_empty($$ SELECT * FROM churn_tap_mismatch(
    $x$ SELECT customer, churn_signals(ts, amount, '2024-02-01 00:00+00', 1.5, 0.2, 2) AS s
        FROM churn_tap_orders GROUP BY customer $x$, '2024-02-01 00:00+00', 1.5, 0.2, 2) $$,
  'churn_signals (gap_factor 1.5, aov_drop 0.2, recent_orders 2) equals the oracle');

SELECT is_empty($$ SELECT * FROM churn_tap_mismatch(
    $x$ SELECT customer, churn_signals(ts, amount, '2023-09-15 06:30+00', 3, 0.5, 1) AS s
        FROM churn_tap_orders GROUP BY customer $x$, '2023-09-15 06:30+00', 3, 0.5, 1) $$,
  'churn_signals (earlier as_of, gap_factor 3, aov_drop 0.5, recent_orders 1) equals the oracle');

SELECT is_empty($$ SELECT * FROM churn_tap_mismatch(
    $x$ SELECT customer, churn_signals(ts, amount, '2024-02-01 00:00+00', 2.5) AS s
        FROM churn_tap_orders GROUP BY customer $x$, '2024-02-01 00:00+00', 2.5, 0.3, 3) $$,
  'churn_signals (4-argument form) equals the oracle');

SELECT is_empty($$ SELECT * FROM churn_tap_mismatch(
    $x$ SELECT customer, churn_signals(ts, amount, '2024-02-01 00:00+00', 2, 0.25) AS s
        FROM churn_tap_orders GROUP BY customer $x$, '2024-02-01 00:00+00', 2, 0.25, 3) $$,
  'churn_signals (5-argument form) equals the oracle');

-- the generated data really exercises every case
CREATE TABLE churn_tap_res AS
SELECT customer, churn_signals(ts, amount, '2024-02-01 00:00+00') AS s
FROM churn_tap_orders GROUP BY customer;
SELECT ok((SELECT count(*) FROM churn_tap_res WHERE (s).orders = 0) > 0, 'data has customers with every order after as_of');
SELECT ok((SELECT count(*) FROM churn_tap_res WHERE (s).orders = 1) > 0, 'data has one-order customers');
SELECT ok((SELECT count(*) FROM churn_tap_res WHERE (s).mean_gap_days = 0) > 0, 'data has customers whose orders share one instant');
SELECT ok((SELECT count(*) FROM churn_tap_orders a JOIN churn_tap_orders b USING (customer, ts)
           WHERE a.amount < b.amount AND a.customer % 50 <> 7) > 0, 'data has same-time ties');
SELECT results_eq(
  $$ SELECT r FROM unnest(ARRAY['high', 'low', 'medium', 'none']) r
     WHERE r IN (SELECT (s).churn_risk FROM churn_tap_res) ORDER BY r $$,
  $$ VALUES ('high'), ('low'), ('medium'), ('none') $$,
  'every churn_risk level occurs');
SELECT results_eq(
  $$ SELECT (s).gap_ratio, (s).overdue, (s).aov_change, (s).aov_dropped, (s).churn_risk
     FROM (SELECT churn_signals(ts, amount, '2024-01-30 00:00+00', 2, 0.3, 3) AS s
           FROM churn_tap_orders WHERE customer = 3001) q $$,
  $$ VALUES (2::float8, true, -0.3::float8, true, 'high'::text) $$,
  'exact thresholds with decimal prices and tied timestamps: ratio 2 and -30% both flag');
SELECT results_eq(
  $$ SELECT (s).gap_ratio < 2, (s).overdue, (s).aov_change, (s).aov_dropped
     FROM (SELECT churn_signals(ts, amount, '2024-02-10 23:59:59.999999+00', 2, 0.3, 1) AS s
           FROM churn_tap_orders WHERE customer = 3002) q $$,
  $$ VALUES (true, false, -0.3::float8, true) $$,
  'a microsecond before gap ratio 2 is not overdue');

-- order of input rows does not matter
SELECT is_empty($$
  SELECT customer FROM (
    SELECT customer, churn_signals(ts, amount, '2024-02-01 00:00+00')::text AS a
    FROM (SELECT * FROM churn_tap_orders ORDER BY amount DESC, ts DESC) q GROUP BY customer) x
  JOIN churn_tap_res r USING (customer) WHERE x.a <> r.s::text $$,
  'churn_signals does not depend on input order');

-- ------------------------------------------------------------------ parallel plans
\ir include/plan.sql

CREATE TABLE churn_tap_big AS SELECT o.* FROM churn_tap_orders o, generate_series(1, 8) g;
ANALYZE churn_tap_big;
CREATE TABLE churn_tap_serial AS
SELECT customer, churn_signals(ts, amount, '2024-02-01 00:00+00', 2, 0.3, 3)::text AS s
FROM churn_tap_big GROUP BY customer;
CREATE TABLE churn_tap_serial1 AS
SELECT churn_signals(ts, amount, '2024-02-01 00:00+00')::text AS s FROM churn_tap_big;

SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SET LOCAL parallel_leader_participation = off;

SELECT matches(pg_temp.explain_text($$ SELECT customer, churn_signals(ts, amount, '2024-02-01 00:00+00', 2, 0.3, 3)
                                 FROM churn_tap_big GROUP BY customer $$),
               'Partial \w*Aggregate', 'grouped churn_signals gets a partial-aggregate parallel plan');
SELECT is_empty($$
  SELECT customer FROM (SELECT customer, churn_signals(ts, amount, '2024-02-01 00:00+00', 2, 0.3, 3)::text AS s
                        FROM churn_tap_big GROUP BY customer) p
  FULL JOIN churn_tap_serial s USING (customer) WHERE p.s IS DISTINCT FROM s.s $$,
  'parallel grouped churn_signals equals the serial run');
SELECT matches(pg_temp.explain_text($$ SELECT churn_signals(ts, amount, '2024-02-01 00:00+00') FROM churn_tap_big $$),
               'Partial Aggregate', 'one-group churn_signals gets a Partial Aggregate plan');
SELECT is((SELECT churn_signals(ts, amount, '2024-02-01 00:00+00')::text FROM churn_tap_big),
          (SELECT s FROM churn_tap_serial1),
          'parallel one-group churn_signals (combine of large states) equals the serial run');

-- ------------------------------------------------------------------ activity_drop vs FILTER oracle
CREATE TABLE churn_tap_events (uid int, ts timestamptz, v float8);
SELECT setseed(0.1717);
-- half the events on a 6-hour grid (hitting every window boundary exactly), half anywhere;
-- from 20 days before to 2 days after as_of; integer values (exact float sums)
INSERT INTO churn_tap_events
SELECT u,
       CASE WHEN random() < 0.01 THEN NULL
            WHEN random() < 0.5 THEN timestamptz '2024-03-15 00:00+00' - floor(random() * 88 - 8) * interval '6 hours'
            ELSE timestamptz '2024-03-15 00:00+00' - (random() * 22 - 2) * interval '1 day' END,
       CASE WHEN random() < 0.01 THEN NULL ELSE floor(random() * 600) END
FROM generate_series(1, 2000) u, generate_series(1, u % 17) i;
-- and users whose last week is exactly half the week before (not left to random())
INSERT INTO churn_tap_events VALUES
  (2001, '2024-03-02 00:00+00', 10), (2001, '2024-03-10 00:00+00', 5),
  (2002, '2024-03-08 00:00+00', 300), (2002, '2024-03-09 00:00+00', 100), (2002, '2024-03-15 00:00+00', 50);
ANALYZE churn_tap_events;

CREATE FUNCTION churn_tap_act_mismatch(p interval, d float8) RETURNS SETOF text LANGUAGE sql AS $$
  WITH o AS (
    SELECT uid,
           coalesce(sum(v::numeric) FILTER (WHERE ts > '2024-03-15 00:00+00'::timestamptz - 2 * p
                                        AND ts <= '2024-03-15 00:00+00'::timestamptz - p), 0) AS prev,
           coalesce(sum(v::numeric) FILTER (WHERE ts > '2024-03-15 00:00+00'::timestamptz - p
                                        AND ts <= '2024-03-15 00:00+00'), 0) AS rec,
           count(v) FILTER (WHERE ts > '2024-03-15 00:00+00'::timestamptz - 2 * p
                              AND ts <= '2024-03-15 00:00+00'::timestamptz - p) AS prev_n,
           count(v) FILTER (WHERE ts > '2024-03-15 00:00+00'::timestamptz - p
                              AND ts <= '2024-03-15 00:00+00') AS rec_n
    FROM churn_tap_events GROUP BY uid
  ), oc AS (
    SELECT o.*, CASE WHEN prev > 0 THEN (rec - prev) / prev END AS chg FROM o
  ), e AS (
    SELECT uid, activity_drop(ts, v, '2024-03-15 00:00+00', p, d) AS a
    FROM churn_tap_events GROUP BY uid
  )
  SELECT format('uid %s: ext %s oracle %s', coalesce(e.uid, oc.uid), e.a, row(oc.*))
  FROM oc FULL JOIN e USING (uid)
  WHERE e.uid IS NULL OR oc.uid IS NULL
     OR (e.a).previous <> oc.prev OR (e.a).recent <> oc.rec
     OR NOT churn_tap_close((e.a).change, oc.chg::float8)
     OR (e.a).dropped IS DISTINCT FROM coalesce(oc.chg <= -d::numeric, false)
     OR (e.a).previous_events <> oc.prev_n OR (e.a).recent_events <> oc.rec_n
  ORDER BY 1 LIMIT 20
$$;

RESET max_parallel_workers_per_gather;
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT is_empty($$ SELECT * FROM churn_tap_act_mismatch('7 days', 0.5) $$,
                'activity_drop (7 days, 0.5) equals the FILTER oracle');
SELECT is_empty($$ SELECT * FROM churn_tap_act_mismatch('3 days 12:00', 0.3) $$,
                'activity_drop (3.5 days, 0.3) equals the FILTER oracle');
SELECT is_empty($$ SELECT * FROM churn_tap_act_mismatch('1 day', 1) $$,
                'activity_drop (1 day, 1) equals the FILTER oracle');
SELECT ok((SELECT count(*) FROM (SELECT activity_drop(ts, v, '2024-03-15 00:00+00', '7 days') AS a
                                 FROM churn_tap_events GROUP BY uid) q WHERE (a).change = -0.5) > 0,
          'data has exactly halved users');
SELECT ok((SELECT count(*) FROM churn_tap_events
           WHERE ts IN ('2024-03-15 00:00+00', '2024-03-08 00:00+00', '2024-03-01 00:00+00')) > 0,
          'data has events exactly on the window boundaries');
SELECT is((SELECT activity_drop(ts, v, '2024-03-15 00:00+00', '7 days') FROM churn_tap_events
           WHERE ts IS NOT NULL AND uid IS NULL), '(0,0,,f,0,0)'::activity_drop,
          'activity_drop over no rows: zero sums, NULL change, not dropped');

CREATE TABLE churn_tap_events_big AS SELECT e.* FROM churn_tap_events e, generate_series(1, 8) g;
ANALYZE churn_tap_events_big;
CREATE TABLE churn_tap_act_serial AS
SELECT uid, activity_drop(ts, v, '2024-03-15 00:00+00', '7 days')::text AS a FROM churn_tap_events_big GROUP BY uid;
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT matches(pg_temp.explain_text($$ SELECT uid, activity_drop(ts, v, '2024-03-15 00:00+00', '7 days')
                                 FROM churn_tap_events_big GROUP BY uid $$),
               'Partial \w*Aggregate', 'grouped activity_drop gets a partial-aggregate parallel plan');
SELECT is_empty($$
  SELECT uid FROM (SELECT uid, activity_drop(ts, v, '2024-03-15 00:00+00', '7 days')::text AS a
                   FROM churn_tap_events_big GROUP BY uid) p
  FULL JOIN churn_tap_act_serial s USING (uid) WHERE p.a IS DISTINCT FROM s.a $$,
  'parallel grouped activity_drop equals the serial run');
SET LOCAL max_parallel_workers_per_gather = 0;

-- decimal values (prices, fractions of hours): the sums are exact in millionths, so they
-- equal the numeric sums of the values rounded to 6 decimals, converted once to float8, in
-- any row order and plan (a float8 running sum would depend on the order: 0.1 + 0.2 is
-- 0.30000000000000004 in float8)
CREATE TABLE churn_tap_dec AS
SELECT uid, ts, CASE WHEN uid % 3 = 0 THEN round(v::numeric / 7, 6) WHEN uid % 3 = 1 THEN v / 100 ELSE 0.1 END::float8 AS v
FROM churn_tap_events;
SELECT is((SELECT row((a).previous, (a).recent, (a).change)::text
           FROM (SELECT activity_drop(ts, v, '2024-03-15 00:00+00', '7 days') AS a
                 FROM (VALUES ('2024-03-05 00:00+00'::timestamptz, 0.3::float8), ('2024-03-06 00:00+00', 0.3),
                              ('2024-03-10 00:00+00', 0.1), ('2024-03-11 00:00+00', 0.2)) v(ts, v)) q),
          '(0.6,0.3,-0.5)', 'activity_drop: 0.1 + 0.2 sums to 0.3 and 0.3 of 0.6 is a change of exactly -0.5');
SELECT is_empty($$
  WITH o AS (
    SELECT uid,
           coalesce(sum(round(v::numeric, 6)) FILTER (WHERE ts > '2024-03-08 00:00+00' AND ts <= '2024-03-15 00:00+00'), 0) AS rec,
           coalesce(sum(round(v::numeric, 6)) FILTER (WHERE ts > '2024-03-01 00:00+00' AND ts <= '2024-03-08 00:00+00'), 0) AS prev
    FROM churn_tap_dec GROUP BY uid
  ), e AS (
    SELECT uid, activity_drop(ts, v, '2024-03-15 00:00+00', '7 days') AS a FROM churn_tap_dec GROUP BY uid
  )
  SELECT uid FROM o FULL JOIN e USING (uid)
  WHERE (e.a).previous IS DISTINCT FROM o.prev::float8 OR (e.a).recent IS DISTINCT FROM o.rec::float8
     OR NOT churn_tap_close((e.a).change, CASE WHEN o.prev > 0 THEN ((o.rec - o.prev) / o.prev)::float8 END) $$,
  'activity_drop on decimal values: sums equal the exact numeric sums, converted once to float8');
CREATE TABLE churn_tap_dec_big AS SELECT e.* FROM churn_tap_dec e, generate_series(1, 8) g;
CREATE TABLE churn_tap_dec_rev AS SELECT * FROM churn_tap_dec_big ORDER BY ts DESC, v;
ANALYZE churn_tap_dec_big, churn_tap_dec_rev;
CREATE TABLE churn_tap_dec_serial AS
SELECT uid, activity_drop(ts, v, '2024-03-15 00:00+00', '3 days') AS a FROM churn_tap_dec_big GROUP BY uid;
SELECT is_empty($$
  SELECT uid FROM (SELECT uid, activity_drop(ts, v, '2024-03-15 00:00+00', '3 days') AS a
                   FROM churn_tap_dec_rev GROUP BY uid) r
  FULL JOIN churn_tap_dec_serial s USING (uid) WHERE r.a::text IS DISTINCT FROM s.a::text $$,
  'activity_drop on decimal values: rows in another order give the same sums to the last bit');
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT matches(pg_temp.explain_text($$ SELECT uid, activity_drop(ts, v, '2024-03-15 00:00+00', '3 days')
                                 FROM churn_tap_dec_big GROUP BY uid $$),
               'Partial \w*Aggregate', 'decimal activity_drop gets a partial-aggregate parallel plan');
SELECT is_empty($$
  SELECT uid FROM (SELECT uid, activity_drop(ts, v, '2024-03-15 00:00+00', '3 days') AS a
                   FROM churn_tap_dec_big GROUP BY uid) p
  FULL JOIN churn_tap_dec_serial s USING (uid) WHERE p.a::text IS DISTINCT FROM s.a::text $$,
  'parallel activity_drop on decimal values equals the serial run to the last bit');
SET LOCAL max_parallel_workers_per_gather = 0;

-- ------------------------------------------------------------------ churn_flag
SELECT is(churn_flag('2024-03-01 00:00+00', '2024-03-08 00:00+00', '7 days'), true, 'churn_flag: exactly 7 days is inactive (>=)');
SELECT is(churn_flag('2024-03-01 00:00:00.000001+00', '2024-03-08 00:00+00', '7 days'), false, 'churn_flag: 1 microsecond short is active');
SELECT is(churn_flag('2024-03-08 00:00+00', '2024-03-08 00:00+00', '1 microsecond'), false, 'churn_flag: last_seen = as_of is active');
SELECT is(churn_flag(NULL, '2024-03-08 00:00+00', '7 days'), NULL, 'churn_flag: NULL in, NULL out');
SELECT is_empty($$
  WITH p AS (
    SELECT timestamptz '2024-03-01 00:00+00' + floor(random() * 40) * interval '6 hours'
             + CASE WHEN random() < 0.5 THEN interval '0' ELSE random() * interval '1 day' END AS last_seen,
           timestamptz '2024-03-12 00:00+00' AS as_of,
           (1 + floor(random() * 12)) * interval '12 hours' AS inactive
    FROM generate_series(1, 2000))
  SELECT * FROM p WHERE churn_flag(last_seen, as_of, inactive) IS DISTINCT FROM (as_of - last_seen >= inactive) $$,
  'churn_flag equals as_of - last_seen >= inactive on 2,000 generated cases');

-- ------------------------------------------------------------------ errors
SELECT throws_ok($$ SELECT churn_signals(ts, 1, as_of) FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, '2024-03-01 00:00+00'::timestamptz), ('2024-02-02 00:00+00', '2024-03-02 00:00+00')) v(ts, as_of) $$,
                 '22023', 'as_of must be the same in every row of a group', 'churn_signals: as_of differs');
SELECT throws_ok($$ SELECT churn_signals(ts, 1, '2024-03-01 00:00+00', g) FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 2::float8), ('2024-02-02 00:00+00', 3)) v(ts, g) $$,
                 '22023', 'gap_factor must be the same in every row of a group', 'churn_signals: gap_factor differs');
SELECT throws_ok($$ SELECT churn_signals(ts, 1, '2024-03-01 00:00+00', 2, d) FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 0.3::float8), ('2024-02-02 00:00+00', 0.4)) v(ts, d) $$,
                 '22023', 'aov_drop must be the same in every row of a group', 'churn_signals: aov_drop differs');
SELECT throws_ok($$ SELECT churn_signals(ts, 1, '2024-03-01 00:00+00', 2, 0.3, r) FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 3), ('2024-02-02 00:00+00', 4)) v(ts, r) $$,
                 '22023', 'recent_orders must be the same in every row of a group', 'churn_signals: recent_orders differs');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 0) $$,
                 '22023', 'gap_factor must be a finite number greater than 0', 'churn_signals: gap_factor 0');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 'Infinity') $$,
                 '22023', 'gap_factor must be a finite number greater than 0', 'churn_signals: gap_factor infinite');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, 1) $$,
                 '22023', 'aov_drop must be between 0 and 1 exclusive', 'churn_signals: aov_drop 1');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, 0) $$,
                 '22023', 'aov_drop must be between 0 and 1 exclusive', 'churn_signals: aov_drop 0');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, 0.3, 0) $$,
                 '22023', 'recent_orders must be at least 1', 'churn_signals: recent_orders 0');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, NULL) $$,
                 '22004', 'as_of must not be NULL', 'churn_signals: NULL as_of');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', NULL) $$,
                 '22004', 'gap_factor must not be NULL', 'churn_signals: NULL gap_factor');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, NULL) $$,
                 '22004', 'aov_drop must not be NULL', 'churn_signals: NULL aov_drop');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, 0.3, NULL) $$,
                 '22004', 'recent_orders must not be NULL', 'churn_signals: NULL recent_orders');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 'NaN', '2024-03-01 00:00+00') $$,
                 '22023', 'amount must be a finite number', 'churn_signals: NaN amount');
SELECT CASE WHEN current_setting('server_version_num')::int >= 140000
            THEN throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', '-Infinity', '2024-03-01 00:00+00') $$,
                           '22023', 'amount must be a finite number', 'churn_signals: infinite amount')
            ELSE skip('churn_signals: infinite amount (numeric has no infinity before PostgreSQL 14)') END;
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', -0.01, '2024-03-01 00:00+00') $$,
                 '22023', 'amount must not be negative', 'churn_signals: negative amount');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1e13, '2024-03-01 00:00+00') $$,
                 '22003', 'amount is out of range', 'churn_signals: amount too large');
SELECT throws_ok($$ SELECT churn_signals('-infinity', 1, '2024-03-01 00:00+00') $$,
                 '22008', 'order time must be a finite timestamp', 'churn_signals: infinite order time');
SELECT throws_ok($$ SELECT churn_signals('2024-02-01 00:00+00', 1, 'infinity') $$,
                 '22008', 'as_of must be a finite timestamp', 'churn_signals: infinite as_of');

SELECT throws_ok($$ SELECT churn_flag('2024-03-09 00:00+00', '2024-03-08 00:00+00', '7 days') $$,
                 '22023', 'last_seen must not be after as_of', 'churn_flag: last_seen after as_of');
SELECT throws_ok($$ SELECT churn_flag('2024-03-01 00:00+00', '2024-03-08 00:00+00', '1 mon') $$,
                 '22023', 'inactive must not contain months or years', 'churn_flag: month interval');
SELECT throws_ok($$ SELECT churn_flag('2024-03-01 00:00+00', '2024-03-08 00:00+00', '0 s') $$,
                 '22023', 'inactive must be positive', 'churn_flag: zero interval');
SELECT throws_ok($$ SELECT churn_flag('infinity', 'infinity', '7 days') $$,
                 '22008', 'last_seen must be a finite timestamp', 'churn_flag: infinite last_seen');
SELECT throws_ok($$ SELECT churn_flag('2024-03-01 00:00+00', '-infinity', '7 days') $$,
                 '22008', 'as_of must be a finite timestamp', 'churn_flag: infinite as_of');

SELECT throws_ok($$ SELECT activity_drop(ts, 1, as_of, '7 days') FROM (VALUES ('2024-03-12 00:00+00'::timestamptz, '2024-03-15 00:00+00'::timestamptz), ('2024-03-13 00:00+00', '2024-03-16 00:00+00')) v(ts, as_of) $$,
                 '22023', 'as_of must be the same in every row of a group', 'activity_drop: as_of differs');
SELECT throws_ok($$ SELECT activity_drop(ts, 1, '2024-03-15 00:00+00', p) FROM (VALUES ('2024-03-12 00:00+00'::timestamptz, '7 days'::interval), ('2024-03-13 00:00+00', '8 days')) v(ts, p) $$,
                 '22023', 'period must be the same in every row of a group', 'activity_drop: period differs');
SELECT throws_ok($$ SELECT activity_drop(ts, 1, '2024-03-15 00:00+00', '7 days', d) FROM (VALUES ('2024-03-12 00:00+00'::timestamptz, 0.5::float8), ('2024-03-13 00:00+00', 0.4)) v(ts, d) $$,
                 '22023', 'drop must be the same in every row of a group', 'activity_drop: drop differs');
SELECT throws_ok($$ SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '1 year') $$,
                 '22023', 'period must not contain months or years', 'activity_drop: year period');
SELECT throws_ok($$ SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '-1 day') $$,
                 '22023', 'period must be positive', 'activity_drop: negative period');
SELECT throws_ok($$ SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '7 days', 1.01) $$,
                 '22023', 'drop must be greater than 0 and at most 1', 'activity_drop: drop above 1');
SELECT throws_ok($$ SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', NULL) $$,
                 '22004', 'period must not be NULL', 'activity_drop: NULL period');
SELECT throws_ok($$ SELECT activity_drop('2024-03-12 00:00+00', 1, NULL, '7 days') $$,
                 '22004', 'as_of must not be NULL', 'activity_drop: NULL as_of');
SELECT throws_ok($$ SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '7 days', NULL) $$,
                 '22004', 'drop must not be NULL', 'activity_drop: NULL drop');
SELECT throws_ok($$ SELECT activity_drop('2024-03-12 00:00+00', -1, '2024-03-15 00:00+00', '7 days') $$,
                 '22023', 'value must not be negative', 'activity_drop: negative value');
SELECT throws_ok($$ SELECT activity_drop('2024-03-12 00:00+00', 'NaN', '2024-03-15 00:00+00', '7 days') $$,
                 '22023', 'value must be a finite number', 'activity_drop: NaN value');
SELECT throws_ok($$ SELECT activity_drop('-infinity', 1, '2024-03-15 00:00+00', '7 days') $$,
                 '22008', 'event time must be a finite timestamp', 'activity_drop: infinite event time');

SELECT * FROM finish();
ROLLBACK;

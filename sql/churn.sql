-- churn: churn_signals, churn_flag, activity_drop
SET TimeZone = 'UTC';

-- ---------------------------------------------------------------- churn_signals
-- Documented example: orders every 10 days, last one 20 days before as_of,
-- the last three orders average 50 vs 100 before.
SELECT (churn_signals(ts, amount, '2024-03-01 00:00+00')).*
FROM (VALUES ('2024-01-01 00:00+00'::timestamptz, 100::numeric),
             ('2024-01-11 00:00+00', 100),
             ('2024-01-21 00:00+00', 50),
             ('2024-01-31 00:00+00', 60),
             ('2024-02-10 00:00+00', 40)) AS o(ts, amount);

-- one row per customer, every risk level
WITH orders(customer, ts, amount) AS (VALUES
    ('A', '2024-01-01 00:00+00'::timestamptz, 100::numeric), ('A', '2024-01-11 00:00+00', 100),
    ('A', '2024-01-21 00:00+00', 50), ('A', '2024-01-31 00:00+00', 60), ('A', '2024-02-10 00:00+00', 40),
    -- B: overdue only (gap 10 days, 25 days since last)
    ('B', '2024-01-16 00:00+00', 80), ('B', '2024-01-26 00:00+00', 80), ('B', '2024-02-05 00:00+00', 80),
    -- C: aov dropped only (history 200, recent 100; ordered 2 days ago)
    ('C', '2024-02-20 00:00+00', 200), ('C', '2024-02-23 00:00+00', 100), ('C', '2024-02-25 00:00+00', 100),
    ('C', '2024-02-27 00:00+00', 100),
    -- D: later than usual (ratio 1.5) but below 2: low
    ('D', '2024-02-01 00:00+00', 30), ('D', '2024-02-11 00:00+00', 30),
    -- E: on schedule: none
    ('E', '2024-02-20 00:00+00', 30), ('E', '2024-02-25 00:00+00', 30))
SELECT customer, (s).orders, (s).days_since_last, (s).mean_gap_days, (s).gap_ratio,
       (s).aov_history, (s).aov_recent, (s).aov_change, (s).overdue, (s).aov_dropped, (s).churn_risk
FROM (SELECT customer, churn_signals(ts, amount, '2024-03-01 00:00+00') AS s
      FROM orders GROUP BY customer) q
ORDER BY customer;

-- empty input: a row with orders = 0
SELECT (churn_signals(ts, amount, '2024-03-01 00:00+00')).*
FROM (VALUES ('2024-01-01 00:00+00'::timestamptz, 1::numeric)) AS o(ts, amount) WHERE false;

-- only NULL rows: skipped, same as empty
SELECT (churn_signals(ts, amount, '2024-03-01 00:00+00')).*
FROM (VALUES (NULL::timestamptz, 1::numeric), ('2024-01-01 00:00+00', NULL)) AS o(ts, amount);

-- all orders after as_of: excluded, orders = 0
SELECT (churn_signals(ts, amount, '2024-03-01 00:00+00')).*
FROM (VALUES ('2024-03-02 00:00+00'::timestamptz, 10::numeric), ('2024-04-01 00:00+00', 20)) AS o(ts, amount);

-- one order: no gap, no history
SELECT (churn_signals(ts, amount, '2024-03-01 00:00+00')).*
FROM (VALUES ('2024-02-20 00:00+00'::timestamptz, 10::numeric)) AS o(ts, amount);

-- two orders: gap known; with recent_orders = 1 the history is the first order
SELECT (churn_signals(ts, amount, '2024-03-01 00:00+00', 2, 0.3, 1)).*
FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 100::numeric), ('2024-02-11 00:00+00', 70)) AS o(ts, amount);

-- exactly recent_orders orders: aov_history NULL; recent_orders + 1: known
SELECT count(*) AS n, (churn_signals(ts, amount, '2024-03-01 00:00+00')).aov_history
FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 10::numeric), ('2024-02-02 00:00+00', 20),
             ('2024-02-03 00:00+00', 30)) AS o(ts, amount);
SELECT count(*) AS n, (churn_signals(ts, amount, '2024-03-01 00:00+00')).aov_history
FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 10::numeric), ('2024-02-02 00:00+00', 20),
             ('2024-02-03 00:00+00', 30), ('2024-02-04 00:00+00', 40)) AS o(ts, amount);

-- all orders at the same instant: mean gap 0, gap_ratio NULL, not overdue
SELECT (churn_signals(ts, amount, '2024-03-01 00:00+00')).*
FROM (VALUES ('2024-01-01 00:00+00'::timestamptz, 10::numeric), ('2024-01-01 00:00+00', 20)) AS o(ts, amount);

-- ties at the recent/history boundary: ties are ordered by amount, so the
-- split does not depend on row order (history = {5}, recent = {7, 9, 11})
SELECT (s).aov_history, (s).aov_recent FROM (
  SELECT churn_signals(ts, amount, '2024-03-01 00:00+00') AS s
  FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 9::numeric), ('2024-02-01 00:00+00', 5),
               ('2024-02-01 00:00+00', 7), ('2024-02-05 00:00+00', 11)) AS o(ts, amount)) q;
SELECT (s).aov_history, (s).aov_recent FROM (
  SELECT churn_signals(ts, amount, '2024-03-01 00:00+00') AS s
  FROM (VALUES ('2024-02-05 00:00+00'::timestamptz, 11::numeric), ('2024-02-01 00:00+00', 7),
               ('2024-02-01 00:00+00', 5), ('2024-02-01 00:00+00', 9)) AS o(ts, amount)) q;

-- an order exactly at as_of counts (days_since_last 0); one a microsecond later does not
SELECT (churn_signals(ts, amount, '2024-03-01 00:00+00')).*
FROM (VALUES ('2024-02-20 00:00+00'::timestamptz, 10::numeric), ('2024-03-01 00:00+00', 10),
             ('2024-03-01 00:00:00.000001+00', 999)) AS o(ts, amount);

-- thresholds are inclusive: gap_ratio = 2 is overdue, aov_change = -0.3 is a drop
SELECT (s).gap_ratio, (s).overdue, (s).aov_change, (s).aov_dropped FROM (
  SELECT churn_signals(ts, amount, '2024-03-12 00:00+00', 2, 0.3, 1) AS s
  FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 100::numeric), ('2024-02-11 00:00+00', 100),
               ('2024-02-21 00:00+00', 70)) AS o(ts, amount)) q;
-- just inside the thresholds: neither flag
SELECT (s).gap_ratio, (s).overdue, (s).aov_change, (s).aov_dropped FROM (
  SELECT churn_signals(ts, amount, '2024-03-11 23:59+00', 2, 0.3, 1) AS s
  FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 100::numeric), ('2024-02-11 00:00+00', 100),
               ('2024-02-21 00:00+00', 70.01)) AS o(ts, amount)) q;

-- decimal prices: amounts are exact to 1e-6, so exactly -30% is a drop
SELECT (s).aov_history, (s).aov_recent, (s).aov_change, (s).aov_dropped FROM (
  SELECT churn_signals(ts, amount, '2024-03-01 00:00+00') AS s
  FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 99.90::numeric), ('2024-02-02 00:00+00', 99.91),
               ('2024-02-03 00:00+00', 99.89), ('2024-02-04 00:00+00', 69.92),
               ('2024-02-05 00:00+00', 69.94), ('2024-02-06 00:00+00', 69.93)) AS o(ts, amount)) q;

-- the 4- and 5-argument forms
SELECT (s).overdue, (s).aov_dropped, (s).churn_risk FROM (
  SELECT churn_signals(ts, amount, '2024-03-01 00:00+00', 3) AS s
  FROM (VALUES ('2024-01-01 00:00+00'::timestamptz, 100::numeric), ('2024-01-11 00:00+00', 100),
               ('2024-01-21 00:00+00', 50), ('2024-01-31 00:00+00', 60), ('2024-02-10 00:00+00', 40)) AS o(ts, amount)) q;
SELECT (s).overdue, (s).aov_dropped, (s).churn_risk FROM (
  SELECT churn_signals(ts, amount, '2024-03-01 00:00+00', 2, 0.6) AS s
  FROM (VALUES ('2024-01-01 00:00+00'::timestamptz, 100::numeric), ('2024-01-11 00:00+00', 100),
               ('2024-01-21 00:00+00', 50), ('2024-01-31 00:00+00', 60), ('2024-02-10 00:00+00', 40)) AS o(ts, amount)) q;

-- zero-amount history: aov_change NULL, no drop
SELECT (s).aov_history, (s).aov_recent, (s).aov_change, (s).aov_dropped FROM (
  SELECT churn_signals(ts, amount, '2024-03-01 00:00+00', 2, 0.3, 1) AS s
  FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 0::numeric), ('2024-02-11 00:00+00', 10)) AS o(ts, amount)) q;

-- as a window aggregate (the final function runs more than once on one state)
SELECT ts, (churn_signals(ts, amount, '2024-03-01 00:00+00') OVER (ORDER BY ts)).orders,
       (churn_signals(ts, amount, '2024-03-01 00:00+00') OVER (ORDER BY ts)).mean_gap_days
FROM (VALUES ('2024-02-11 00:00+00'::timestamptz, 1::numeric), ('2024-02-01 00:00+00', 1),
             ('2024-02-21 00:00+00', 1)) AS o(ts, amount)
ORDER BY ts;

-- errors
SELECT churn_signals(ts, amount, as_of)
FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 1::numeric, '2024-03-01 00:00+00'::timestamptz),
             ('2024-02-02 00:00+00', 1, '2024-03-02 00:00+00')) AS o(ts, amount, as_of);
SELECT churn_signals(ts, 1, '2024-03-01 00:00+00', g)
FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 2::float8), ('2024-02-02 00:00+00', 3)) AS o(ts, g);
SELECT churn_signals(ts, 1, '2024-03-01 00:00+00', 2, d)
FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 0.3::float8), ('2024-02-02 00:00+00', 0.4)) AS o(ts, d);
SELECT churn_signals(ts, 1, '2024-03-01 00:00+00', 2, 0.3, r)
FROM (VALUES ('2024-02-01 00:00+00'::timestamptz, 3), ('2024-02-02 00:00+00', 4)) AS o(ts, r);
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 0);
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', -1);
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 'NaN');
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 'Infinity');
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, 0);
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, 1);
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, 'NaN');
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, 0.3, 0);
SELECT churn_signals('2024-02-01 00:00+00', 1, NULL);
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', NULL);
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, NULL);
SELECT churn_signals('2024-02-01 00:00+00', 1, '2024-03-01 00:00+00', 2, 0.3, NULL);
SELECT churn_signals('2024-02-01 00:00+00', 'NaN', '2024-03-01 00:00+00');
SELECT churn_signals('2024-02-01 00:00+00', -5, '2024-03-01 00:00+00');
SELECT churn_signals('2024-02-01 00:00+00', 2e12, '2024-03-01 00:00+00');
SELECT churn_signals('infinity', 1, '2024-03-01 00:00+00');
SELECT churn_signals('-infinity', 1, '2024-03-01 00:00+00');
SELECT churn_signals('2024-02-01 00:00+00', 1, 'infinity');

-- ---------------------------------------------------------------- churn_flag
SELECT last_seen, churn_flag(last_seen, '2024-03-08 00:00+00', '7 days') AS no_login_7d
FROM (VALUES ('2024-02-29 23:59:59.999999+00'::timestamptz), ('2024-03-01 00:00+00'),
             ('2024-03-01 00:00:00.000001+00'), ('2024-03-08 00:00+00')) AS v(last_seen);
SELECT churn_flag(NULL, '2024-03-08 00:00+00', '7 days') AS null_last_seen,
       churn_flag('2024-03-01 00:00+00', NULL, '7 days') AS null_as_of,
       churn_flag('2024-03-01 00:00+00', '2024-03-08 00:00+00', NULL) AS null_inactive;
SELECT churn_flag('2024-03-01 00:00+00', '2024-03-01 12:00+00', '12 hours') AS half_day;
SELECT churn_flag('4000-01-01 00:00 BC', '294000-01-01 00:00+00', '1 day') AS very_long;
-- errors
SELECT churn_flag('2024-03-09 00:00+00', '2024-03-08 00:00+00', '7 days');
SELECT churn_flag('2024-03-01 00:00+00', '2024-03-08 00:00+00', '1 month');
SELECT churn_flag('2024-03-01 00:00+00', '2024-03-08 00:00+00', '0 days');
SELECT churn_flag('2024-03-01 00:00+00', '2024-03-08 00:00+00', '-7 days');
SELECT churn_flag('-infinity', '2024-03-08 00:00+00', '7 days');
SELECT churn_flag('2024-03-01 00:00+00', 'infinity', '7 days');

-- ---------------------------------------------------------------- activity_drop
-- browse seconds: 600 in the previous week, 240 in the last week: -60%, dropped
SELECT (activity_drop(ts, seconds, '2024-03-15 00:00+00', '7 days')).*
FROM (VALUES ('2024-03-02 10:00+00'::timestamptz, 300::float8), ('2024-03-05 10:00+00', 300),
             ('2024-03-10 10:00+00', 120), ('2024-03-14 10:00+00', 120)) AS b(ts, seconds);

-- window boundaries: (as_of - 2p, as_of - p] and (as_of - p, as_of]
SELECT (activity_drop(ts, v, '2024-03-15 00:00+00', '7 days')).*
FROM (VALUES ('2024-03-01 00:00+00'::timestamptz, 1000::float8),  -- = as_of - 2p: outside
             ('2024-03-01 00:00:00.000001+00', 1),                 -- previous
             ('2024-03-08 00:00+00', 2),                           -- = as_of - p: previous
             ('2024-03-08 00:00:00.000001+00', 4),                 -- recent
             ('2024-03-15 00:00+00', 8),                           -- = as_of: recent
             ('2024-03-15 00:00:00.000001+00', 1000)) AS b(ts, v); -- after as_of: outside

-- exactly halved is a drop (inclusive); a custom threshold
SELECT (activity_drop(ts, v, '2024-03-15 00:00+00', '7 days')).dropped AS halved,
       (activity_drop(ts, v, '2024-03-15 00:00+00', '7 days', 0.6)).dropped AS minus_60
FROM (VALUES ('2024-03-05 00:00+00'::timestamptz, 100::float8), ('2024-03-12 00:00+00', 50)) AS b(ts, v);

-- no previous activity: change NULL, not dropped; activity stopped: -1
SELECT (activity_drop(ts, v, '2024-03-15 00:00+00', '7 days')).*
FROM (VALUES ('2024-03-12 00:00+00'::timestamptz, 50::float8)) AS b(ts, v);
SELECT (activity_drop(ts, v, '2024-03-15 00:00+00', '7 days', 1)).*
FROM (VALUES ('2024-03-05 00:00+00'::timestamptz, 50::float8)) AS b(ts, v);

-- empty input and NULL rows
SELECT (activity_drop(ts, v, '2024-03-15 00:00+00', '7 days')).*
FROM (VALUES ('2024-03-12 00:00+00'::timestamptz, 50::float8)) AS b(ts, v) WHERE false;
SELECT (activity_drop(ts, v, '2024-03-15 00:00+00', '7 days')).*
FROM (VALUES (NULL::timestamptz, 50::float8), ('2024-03-12 00:00+00', NULL),
             ('2024-03-13 00:00+00', 7)) AS b(ts, v);

-- errors
SELECT activity_drop(ts, 1, as_of, '7 days')
FROM (VALUES ('2024-03-12 00:00+00'::timestamptz, '2024-03-15 00:00+00'::timestamptz),
             ('2024-03-13 00:00+00', '2024-03-16 00:00+00')) AS b(ts, as_of);
SELECT activity_drop(ts, 1, '2024-03-15 00:00+00', p)
FROM (VALUES ('2024-03-12 00:00+00'::timestamptz, '7 days'::interval), ('2024-03-13 00:00+00', '8 days')) AS b(ts, p);
SELECT activity_drop(ts, 1, '2024-03-15 00:00+00', '7 days', d)
FROM (VALUES ('2024-03-12 00:00+00'::timestamptz, 0.5::float8), ('2024-03-13 00:00+00', 0.4)) AS b(ts, d);
SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '1 mon');
SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '0 s');
SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '-1 day');
SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '7 days', 0);
SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '7 days', 1.5);
SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '7 days', 'NaN');
SELECT activity_drop('2024-03-12 00:00+00', 1, NULL, '7 days');
SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', NULL);
SELECT activity_drop('2024-03-12 00:00+00', 1, '2024-03-15 00:00+00', '7 days', NULL);
SELECT activity_drop('2024-03-12 00:00+00', -1, '2024-03-15 00:00+00', '7 days');
SELECT activity_drop('2024-03-12 00:00+00', 'NaN', '2024-03-15 00:00+00', '7 days');
SELECT activity_drop('2024-03-12 00:00+00', 'Infinity', '2024-03-15 00:00+00', '7 days');
SELECT activity_drop('infinity', 1, '2024-03-15 00:00+00', '7 days');
SELECT activity_drop('2024-03-12 00:00+00', 1, '-infinity', '7 days');

-- funnel: window_funnel, funnel_detail, funnel_counts, funnel_report.
-- The examples of docs/reference/funnel.md, then NULLs, empty input and every error.
SET TimeZone = 'UTC';
-- docs example 1
SELECT window_funnel('1 hour', ts, event = 'view', event = 'cart', event = 'pay') AS within_1h,
       window_funnel('2 hours', ts, event = 'view', event = 'cart', event = 'pay') AS within_2h
FROM (VALUES (timestamptz '2024-05-01 10:00+00', 'view'),
             ('2024-05-01 10:20+00', 'cart'),
             ('2024-05-01 11:30+00', 'pay')) AS ev(ts, event);

-- docs example 2
SELECT user_id, window_funnel('1 hour', ts, event, ARRAY['view', 'cart', 'pay']) AS level
FROM (VALUES (1, timestamp '2024-05-01 10:20', 'cart'), (1, '2024-05-01 10:00', 'view'),
             (2, '2024-05-01 10:00', 'view'), (2, '2024-05-01 10:30', 'cart'), (2, '2024-05-01 11:00', 'pay'),
             (3, '2024-05-01 09:00', 'view'), (3, '2024-05-01 10:50', 'view'),
             (3, '2024-05-01 11:10', 'cart'), (3, '2024-05-01 11:40', 'pay'),
             (4, '2024-05-01 12:00', 'pay')) AS ev(user_id, ts, event)
GROUP BY user_id ORDER BY user_id;

-- docs example 3
SELECT k,
       window_funnel('1 hour', ts, event = 'view', event = 'cart') AS two_steps,
       window_funnel('1 hour', ts, event = 'view', event IN ('view', 'cart')) AS overlapping,
       window_funnel('1 hour', ts, event, ARRAY['view', 'cart', 'view']) AS repeated
FROM (VALUES ('a', timestamp '2024-05-01 10:00', 'cart'), ('a', '2024-05-01 10:00', 'view'),
             ('b', '2024-05-01 10:00', 'view'),
             ('c', '2024-05-01 10:00', 'view'), ('c', '2024-05-01 10:05', 'cart'),
             ('d', '2024-05-01 10:00', 'view'), ('d', '2024-05-01 10:05', 'cart'),
             ('d', '2024-05-01 10:07', 'view')) AS ev(k, ts, event)
GROUP BY k ORDER BY k;

-- docs example 4
SELECT (SELECT window_funnel('0 seconds', ts, event = 'view', event = 'cart')
        FROM (VALUES (timestamp '2024-05-01 10:00', 'view'), ('2024-05-01 10:00', 'cart')) AS ev(ts, event)) AS zero_window,
       (SELECT window_funnel('1 hour', ts, event = 'view', event = 'cart')
        FROM (VALUES (timestamp '2024-05-01 10:00', 'home')) AS ev(ts, event)) AS no_match,
       (SELECT window_funnel('1 hour', ts, true)
        FROM (SELECT timestamp '2024-05-01' WHERE false) AS ev(ts)) AS no_rows;

-- docs example 5
SELECT seq,
       window_funnel('1 hour', t, e, ARRAY['A', 'B', 'C', 'D']) AS "default",
       window_funnel('1 hour', t, e, ARRAY['A', 'B', 'C', 'D'], 'strict_order') AS strict_order,
       window_funnel('1 hour', t, e, ARRAY['A', 'B', 'C', 'D'], 'strict_deduplication') AS strict_dedup,
       window_funnel('1 hour', t, e, ARRAY['A', 'B', 'C', 'D'], 'strict_increase') AS strict_increase,
       window_funnel('1 hour', t, e, ARRAY['A', 'B', 'C', 'D'], 'strict_order, allow_reentry') AS reentry
FROM (VALUES ('A B C D'), ('A B X C D'), ('A C B D'), ('A B C B D'), ('A A B C'),
             ('AB C D'), ('A AB C'), ('X A B')) AS s(seq)
CROSS JOIN LATERAL unnest(string_to_array(seq, ' ')) WITH ORDINALITY AS tok(tok, i)
CROSS JOIN LATERAL regexp_split_to_table(tok, '') AS e
CROSS JOIN LATERAL (SELECT timestamp '2024-05-01 10:00' + i * interval '1 minute') AS x(t)
GROUP BY seq ORDER BY seq;

-- docs example 6
SELECT seq,
       window_funnel('1 hour', t, e, ARRAY['A', 'B', 'C'], 'strict_order,strict_deduplication') AS order_dedup,
       window_funnel('1 hour', t, e, ARRAY['A', 'B', 'C'], 'strict_order, strict_increase') AS order_increase
FROM (VALUES ('A B B C'), ('A B C'), ('AB C'), ('A B X C')) AS s(seq)
CROSS JOIN LATERAL unnest(string_to_array(seq, ' ')) WITH ORDINALITY AS tok(tok, i)
CROSS JOIN LATERAL regexp_split_to_table(tok, '') AS e
CROSS JOIN LATERAL (SELECT timestamp '2024-05-01 10:00' + i * interval '1 minute') AS x(t)
GROUP BY seq ORDER BY seq;

-- docs example 7
SELECT user_id, (d).level, (d).step_times,
       (d).step_times[(d).level] - (d).step_times[1] AS time_to_convert
FROM (SELECT user_id, funnel_detail('1 hour', ts, event, ARRAY['view', 'cart', 'pay']) AS d
      FROM (VALUES (1, timestamp '2024-05-01 10:00', 'view'), (1, '2024-05-01 10:10', 'view'),
                   (1, '2024-05-01 10:20', 'cart'), (1, '2024-05-01 10:25', 'cart'),
                   (1, '2024-05-01 10:40', 'pay'), (1, '2024-05-01 10:45', 'pay'),
                   (2, '2024-05-01 09:00', 'view'), (2, '2024-05-01 09:30', 'cart'),
                   (3, '2024-05-01 08:00', 'home')) AS ev(user_id, ts, event)
      GROUP BY user_id) AS x
ORDER BY user_id;

-- docs example 8
SELECT * FROM funnel_report(ARRAY[1000, 640, 352, 97]::bigint[], ARRAY['浏览 view', '加购 cart', '下单 order', '支付 pay']);

-- docs example 9
WITH ev(user_id, ts, event) AS (
  SELECT u, timestamp '2024-05-01 10:00' + (u % 7) * interval '1 minute' + s * interval '10 minutes',
         (ARRAY['home', 'item', 'cart', 'pay'])[s]
  FROM generate_series(1, 200) u
  CROSS JOIN generate_series(1, 4) s
  WHERE s <= 1 + (u % 4) + (u % 3 = 0)::int)
SELECT step, label, users, conversion_from_previous, drop_off, bar
FROM funnel_report((SELECT funnel_counts(level, 4)
                    FROM (SELECT user_id, window_funnel('1 hour', ts, event, ARRAY['home', 'item', 'cart', 'pay']) AS level
                          FROM ev GROUP BY user_id) AS per_user),
                   ARRAY['home', 'item', 'cart', 'pay']);

-- docs example 10
WITH ev(user_id, ts, event) AS (VALUES
  (1, timestamp '2024-06-01 10:00', 'view'), (1, '2024-06-01 10:05', 'cart'), (1, '2024-06-03 09:00', 'pay'),
  (2, '2024-06-02 20:00', 'view'), (2, '2024-06-02 20:10', 'cart'), (2, '2024-06-12 08:00', 'pay'),
  (3, '2024-06-05 12:00', 'view'), (3, '2024-06-05 12:01', 'cart'),
  (4, '2024-06-06 12:00', 'view'),
  (5, '2024-06-28 18:00', 'cart'))
SELECT user_id,
       window_funnel('7 days', ts, event, ARRAY['view', 'cart', 'pay']) AS funnel_level,
       window_funnel('7 days', ts, event, ARRAY['cart', 'pay'])
         FILTER (WHERE event = 'pay' OR ts <= timestamp '2024-06-30' - interval '7 days') AS cart_pay
FROM ev
GROUP BY user_id
ORDER BY user_id;

-- NULL handling: NULL step values are false, NULL times are skipped, NULL events match nothing
SELECT window_funnel('1 hour', ts, s1, s2) AS lvl, funnel_detail('1 hour', ts, s1, s2) AS d
FROM (VALUES (timestamp '2024-05-01 10:00', NULL::bool, true), ('2024-05-01 10:01', true, NULL),
             (NULL, true, true), ('2024-05-01 10:02', NULL, true)) AS v(ts, s1, s2);
SELECT window_funnel('1 hour', ts, e, ARRAY['a', NULL, 'b']) AS null_step_name,
       window_funnel('1 hour', ts, e, ARRAY['a', 'b'], 'strict_order') AS null_event_breaks_strict_order
FROM (VALUES (timestamp '2024-05-01 10:00', 'a'), ('2024-05-01 10:01', NULL), ('2024-05-01 10:02', 'b')) AS v(ts, e);
-- only NULL times, and empty input: level 0, empty chain
SELECT window_funnel('1 hour', ts, true), funnel_detail('1 hour', ts, true)
FROM (VALUES (NULL::timestamptz)) AS v(ts);
SELECT window_funnel('1 hour', ts, true), funnel_detail('1 hour', ts, 'strict_order', true)
FROM (SELECT now() WHERE false) AS v(ts);
-- funnel_counts over no rows, and NULL rows skipped
SELECT funnel_counts(l, 3) FROM (SELECT 1 WHERE false) AS v(l);
SELECT funnel_counts(l, 3) FROM (VALUES (0), (NULL), (3), (1), (2), (3)) AS v(l);
SELECT * FROM funnel_report(NULL);
SELECT * FROM funnel_report(ARRAY[5, 0, 0]::bigint[]);
SELECT * FROM funnel_report(ARRAY[0, 0]::bigint[], ARRAY['a', NULL]);
-- 32 steps are allowed; a mode list with spaces; the empty mode is the default
SELECT window_funnel('1 hour', now(), VARIADIC array_fill(true, ARRAY[32]));
SELECT window_funnel('1 hour', t, ' strict_order ,strict_increase ', e = 'a', e = 'b'),
       window_funnel('1 hour', t, '', e = 'a', e = 'b')
FROM (VALUES (timestamp '2024-05-01 10:00', 'a'), ('2024-05-01 10:00', 'b')) AS v(t, e);
-- as a window aggregate the final function runs again after more rows
SELECT t, window_funnel('10 minutes', t, e = 'a', e = 'b', e = 'c') OVER (ORDER BY t)
FROM (VALUES (timestamp '2024-05-01 10:03', 'b'), ('2024-05-01 10:00', 'a'), ('2024-05-01 10:01', 'c'),
             ('2024-05-01 10:05', 'c')) AS v(t, e)
ORDER BY t;

-- errors
SELECT window_funnel('1 hour', now(), VARIADIC array_fill(true, ARRAY[33]));
SELECT window_funnel('1 hour', now(), VARIADIC ARRAY[]::bool[]);
SELECT window_funnel('1 hour', now(), VARIADIC ARRAY[[true, false]]);
SELECT window_funnel('1 month', now(), true);
SELECT window_funnel('-1 hour', now(), true);
SELECT window_funnel(NULL, now(), true);
SELECT window_funnel('1 hour', now(), 'strict_ordr', true);
SELECT window_funnel('1 hour', now(), 'strict_order,,strict_increase', true);
SELECT window_funnel('1 hour', now(), 'allow_reentry', true);
SELECT window_funnel('1 hour', now(), 'strict', true);
SELECT window_funnel('1 hour', now(), NULL::text, true);
SELECT window_funnel('1 hour', now(), 'view', NULL::text[]);
SELECT window_funnel('1 hour', now(), 'view', '{}'::text[]);
SELECT window_funnel('1 hour', now(), 'view', array_fill('x'::text, ARRAY[33]));
SELECT window_funnel('1 hour', 'infinity'::timestamptz, true);
SELECT window_funnel('1 hour', t, VARIADIC s) FROM (VALUES (now(), ARRAY[true]), (now(), ARRAY[true, false])) AS v(t, s);
SELECT window_funnel(w, now(), true) FROM (VALUES (interval '1 hour'), (interval '2 hours')) AS v(w);
SELECT window_funnel('1 hour', now(), m, true) FROM (VALUES ('strict_order'), ('')) AS v(m);
SELECT funnel_counts(4, 3);
SELECT funnel_counts(-1, 3);
SELECT funnel_counts(0, 0);
SELECT funnel_counts(0, 33);
SELECT funnel_counts(1, n) FROM (VALUES (2), (3)) AS v(n);
SELECT * FROM funnel_report(ARRAY[1, NULL]::bigint[]);
SELECT * FROM funnel_report(ARRAY[1, -1]::bigint[]);
SELECT * FROM funnel_report(ARRAY[1, 1]::bigint[], ARRAY['a']);
SELECT * FROM funnel_report(ARRAY[[1, 1]]::bigint[]);
-- a hashed GROUP BY with constant arguments keeps one event log (docs: Performance);
-- it gives what the sorted plan gives, also with 16 steps decades apart
-- (pseudo-random from hashint4, the same on every PostgreSQL version, unlike random())
CREATE TEMP TABLE hashed_ev AS
SELECT g % 300 AS u, timestamptz '2024-05-01 00:00+00' + (hashint4(g) & 65535) % 5000 * interval '1 minute' AS ts,
       (ARRAY['view', 'cart', 'pay', 'other'])[1 + (hashint4(-g) & 65535) % 4] AS event
FROM generate_series(1, 3000) AS g;
CREATE TEMP TABLE years_ev AS
SELECT u, k, timestamptz '1990-01-01 00:00+00' + make_interval(years => 3 * k, mins => u) AS ts
FROM generate_series(1, 40) AS u CROSS JOIN generate_series(1, 16) AS k WHERE k <> u % 17;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT u, window_funnel('1 day', ts, event = 'view', event = 'cart', event = 'pay') FROM hashed_ev GROUP BY u;
CREATE TEMP TABLE by_hash AS
SELECT u, window_funnel('1 day', ts, event = 'view', event = 'cart', event = 'pay') AS l,
       funnel_detail('1 day', ts, event, ARRAY['view', 'cart', 'pay'], 'strict_order')::text AS d
FROM hashed_ev GROUP BY u;
CREATE TEMP TABLE years_by_hash AS
SELECT u, funnel_detail('36500 days', ts, VARIADIC ARRAY[k = 1, k = 2, k = 3, k = 4, k = 5, k = 6, k = 7, k = 8,
                        k = 9, k = 10, k = 11, k = 12, k = 13, k = 14, k = 15, k = 16])::text AS d
FROM years_ev GROUP BY u;
RESET enable_sort;
SET enable_hashagg = off;
CREATE TEMP TABLE by_sort AS
SELECT u, window_funnel('1 day', ts, event = 'view', event = 'cart', event = 'pay') AS l,
       funnel_detail('1 day', ts, event, ARRAY['view', 'cart', 'pay'], 'strict_order')::text AS d
FROM hashed_ev GROUP BY u;
CREATE TEMP TABLE years_by_sort AS
SELECT u, funnel_detail('36500 days', ts, VARIADIC ARRAY[k = 1, k = 2, k = 3, k = 4, k = 5, k = 6, k = 7, k = 8,
                        k = 9, k = 10, k = 11, k = 12, k = 13, k = 14, k = 15, k = 16])::text AS d
FROM years_ev GROUP BY u;
RESET enable_hashagg;
SELECT count(*) AS users, count(*) FILTER (WHERE h.l = 3) AS reached_pay,
       count(*) FILTER (WHERE h IS DISTINCT FROM s) AS differ
FROM by_hash h FULL JOIN by_sort s USING (u);
SELECT count(*) AS users, count(*) FILTER (WHERE h.d IS DISTINCT FROM s.d) AS differ,
       sum(split_part(trim(h.d, '()'), ',', 1)::int) AS sum_of_levels
FROM years_by_hash h FULL JOIN years_by_sort s USING (u);
